package org.entente.dsl.ui.internal.outline;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.eclipse.ui.navigator.ICommonMenuConstants;
import org.entente.dsl.ui.internal.EditorOpener;

/** Opening (double-click, Enter, context menu) a scenario element in the Project Explorer opens its text. */
public class OpenScenarioElementAction extends CommonActionProvider {

	private final Action open = new Action("Open") {
		@Override
		public void run() {
			if (getContext().getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof ScenarioElement element) {
				EditorOpener.open(element.file(), element.symbol().getSelectionRange());
			}
		}
	};

	@Override
	public void fillActionBars(IActionBars actionBars) {
		if (selectsElement()) {
			actionBars.setGlobalActionHandler(ICommonActionConstants.OPEN, open);
		}
	}

	@Override
	public void fillContextMenu(IMenuManager menu) {
		if (selectsElement()) {
			menu.appendToGroup(ICommonMenuConstants.GROUP_OPEN, open);
		}
	}

	private boolean selectsElement() {
		return getContext() != null && getContext().getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof ScenarioElement;
	}
}
