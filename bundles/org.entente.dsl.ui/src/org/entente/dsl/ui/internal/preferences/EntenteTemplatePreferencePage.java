package org.entente.dsl.ui.internal.preferences;

import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.texteditor.templates.TemplatePreferencePage;
import org.entente.dsl.ui.internal.EntentePreferences;
import org.entente.dsl.ui.internal.EntenteTemplates;

/** Window &gt; Preferences &gt; Entente &gt; Templates: edit, add and reset the scenario templates. */
public class EntenteTemplatePreferencePage extends TemplatePreferencePage implements IWorkbenchPreferencePage {

	public EntenteTemplatePreferencePage() {
		setPreferenceStore(EntentePreferences.store());
		setTemplateStore(EntenteTemplates.store());
		setContextTypeRegistry(EntenteTemplates.contextTypes());
	}

	@Override
	protected boolean isShowFormatterSetting() {
		return false;
	}
}
