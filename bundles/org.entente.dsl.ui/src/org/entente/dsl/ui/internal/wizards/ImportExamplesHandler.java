package org.entente.dsl.ui.internal.wizards;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

/**
 * Help &gt; Import Example Scenarios: one click creates (or completes) the {@code entente-examples} project and
 * opens the 2025 example.
 */
public class ImportExamplesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		try {
			IFile featured = importExamples();
			IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
			IDE.openEditor(page, featured);
		} catch (CoreException e) {
			ErrorDialog.openError(HandlerUtil.getActiveShell(event), "Import Example Scenarios",
					"The examples were not imported.", e.getStatus());
		} catch (org.eclipse.core.commands.ExecutionException e) {
			throw new IllegalStateException(e);
		}
		return null;
	}

	/** Creates or completes the examples project; returns the featured example. */
	public static IFile importExamples() throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleScenarios.PROJECT_NAME);
		if (!project.exists()) {
			project = ExampleScenarios.createProject(ExampleScenarios.PROJECT_NAME, true, new NullProgressMonitor());
		} else {
			if (!project.isOpen()) {
				project.open(null);
			}
			ExampleScenarios.copyExamples(project, new NullProgressMonitor());
		}
		return project.getFile(ExampleScenarios.FEATURED);
	}
}
