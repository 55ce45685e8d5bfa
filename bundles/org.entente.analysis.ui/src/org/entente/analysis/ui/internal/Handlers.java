package org.entente.analysis.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** The command handlers of the bundle. */
public final class Handlers {

	private Handlers() {
	}

	/**
	 * Run Analyses...: on the scenario selected in the Project Explorer, else on the active editor's, else on the
	 * last run's.
	 */
	public static class RunAnalyses extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			IWorkbenchPart part = HandlerUtil.getActivePart(event);
			Path file = part instanceof org.eclipse.ui.IEditorPart editor ? AnalysisCommands.scenarioOf(editor)
					: AnalysisCommands.scenarioOf(HandlerUtil.getCurrentSelection(event));
			if (file == null) {
				file = AnalysisCommands.scenarioOf(HandlerUtil.getActiveEditor(event));
			}
			if (file == null && AnalysisSession.get().last() != null) {
				file = AnalysisSession.get().last().launch().file();
			}
			if (file == null) {
				MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Run Analyses",
						"Select a scenario (.entente file) in the Project Explorer, or open one in the editor.");
				return null;
			}
			AnalysisCommands.run(HandlerUtil.getActiveShell(event), file);
			return null;
		}
	}

	/** Re-run Analyses: the last launch again, with the same parameters. */
	public static class Rerun extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			AnalysisCommands.rerun();
			return null;
		}
	}
}
