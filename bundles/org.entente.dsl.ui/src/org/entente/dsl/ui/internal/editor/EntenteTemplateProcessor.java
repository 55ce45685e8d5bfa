package org.entente.dsl.ui.internal.editor;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.TemplateCompletionProcessor;
import org.eclipse.jface.text.templates.TemplateContextType;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.entente.dsl.ui.internal.EntenteTemplates;

/**
 * Templates for the common blocks (a state with capabilities, an alliance, a tie, a threat, a variant), offered in
 * content assist. They are contributed through {@code org.eclipse.ui.editors.templates}, so users can edit them in
 * the preferences.
 */
public class EntenteTemplateProcessor extends TemplateCompletionProcessor {

	@Override
	protected Template[] getTemplates(String contextTypeId) {
		return EntenteTemplates.store().getTemplates(contextTypeId);
	}

	@Override
	protected TemplateContextType getContextType(ITextViewer viewer, IRegion region) {
		return EntenteTemplates.contextTypes().getContextType(EntenteTemplates.CONTEXT_TYPE);
	}

	@Override
	protected Image getImage(Template template) {
		return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_ADD);
	}
}
