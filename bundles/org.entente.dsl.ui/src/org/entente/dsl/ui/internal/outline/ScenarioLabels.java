package org.entente.dsl.ui.internal.outline;

import java.net.URL;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.entente.model.edit.ScenarioItems;

/**
 * Labels and icons of scenario elements in the Outline and the Project Explorer: the icon of the element's kind
 * (the symbol's detail) from {@link ScenarioItems}, the platform's folder icon for containers without one.
 */
public class ScenarioLabels extends LabelProvider {

	private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());

	@Override
	public String getText(Object element) {
		return element instanceof ScenarioElement scenarioElement ? scenarioElement.label() : super.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		if (!(element instanceof ScenarioElement scenarioElement)) {
			return null;
		}
		String kind = scenarioElement.symbol().getDetail();
		URL icon = kind == null || kind.isBlank() ? null : ScenarioItems.icon(kind);
		if (icon != null) {
			return images.create(ImageDescriptor.createFromURL(icon));
		}
		ISharedImages shared = PlatformUI.getWorkbench().getSharedImages();
		SymbolKind symbolKind = scenarioElement.symbol().getKind();
		if (symbolKind == SymbolKind.Module || symbolKind == SymbolKind.Namespace || symbolKind == SymbolKind.Package) {
			return shared.getImage(ISharedImages.IMG_OBJ_FOLDER);
		}
		return shared.getImage(scenarioElement.children().isEmpty() ? ISharedImages.IMG_OBJ_ELEMENT
				: ISharedImages.IMG_OBJ_FOLDER);
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}
}
