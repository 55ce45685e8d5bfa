package org.entente.dsl.ui.internal.outline;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** Labels and icons of scenario elements in the Outline and the Project Explorer. */
public class ScenarioLabels extends LabelProvider {

	@Override
	public String getText(Object element) {
		return element instanceof ScenarioElement scenarioElement ? scenarioElement.label() : super.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		if (!(element instanceof ScenarioElement scenarioElement)) {
			return null;
		}
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		SymbolKind kind = scenarioElement.symbol().getKind();
		if (kind == SymbolKind.Module || kind == SymbolKind.Namespace || kind == SymbolKind.Package) {
			return images.getImage(ISharedImages.IMG_OBJ_FOLDER);
		}
		return images.getImage(scenarioElement.children().isEmpty() ? ISharedImages.IMG_OBJ_ELEMENT
				: ISharedImages.IMG_OBJ_FOLDER);
	}
}
