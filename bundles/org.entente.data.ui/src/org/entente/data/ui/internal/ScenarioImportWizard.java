package org.entente.data.ui.internal;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.entente.data.ImportException;
import org.entente.dsl.io.ScenarioWriter;
import org.entente.dsl.io.ScenarioWriter.InvalidScenarioException;
import org.entente.model.Scenario;

/**
 * An import wizard over a headless importer: its page says what to read and where the scenario goes; the import
 * runs with a progress monitor that can cancel, and the scenario is written only when it is valid, in one workspace
 * operation. A problem is shown on the page with its file and line, and nothing is written.
 *
 * @param <P> the page
 */
public abstract class ScenarioImportWizard<P extends ScenarioImportPage> extends Wizard implements IImportWizard {

	private P page;
	private IContainer initialFolder;
	private IFile written;

	ScenarioImportWizard(String title) {
		setWindowTitle(title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		Object first = selection == null ? null : selection.getFirstElement();
		if (first instanceof IResource resource) {
			initialFolder = resource instanceof IContainer container ? container : resource.getParent();
		}
	}

	@Override
	public void addPages() {
		page = createPage(initialFolder);
		addPage(page);
	}

	/** The page, starting in {@code initialFolder} (may be {@code null}). */
	abstract P createPage(IContainer initialFolder);

	/** What the progress dialog says while the importer reads. */
	abstract String taskName(P page);

	/**
	 * The import the page describes, taken from its fields on the UI thread and run in a worker thread.
	 */
	abstract Importer prepare(P page);

	/** Reads a scenario; the monitor reports progress and cancellation. */
	@FunctionalInterface
	interface Importer {
		Scenario read(SubMonitor monitor) throws ImportException;
	}

	@Override
	public boolean performFinish() {
		IFile target = page.folder().getFile(IPath.fromOSString(page.fileName()));
		String task = taskName(page);
		Importer importer = prepare(page);
		try {
			getContainer().run(true, true, monitor -> {
				SubMonitor progress = SubMonitor.convert(monitor, task, 10);
				try {
					Scenario scenario = importer.read(progress.split(6));
					progress.subTask("Writing and checking the scenario");
					String text = new ScenarioWriter().toText(scenario,
							URI.createPlatformResourceURI(target.getFullPath().toString(), true));
					progress.worked(3);
					write(target, text, progress.split(1));
				} catch (ImportException | InvalidScenarioException | CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException failed) {
			Throwable cause = failed.getCause() == null ? failed : failed.getCause();
			page.setErrorMessage("Nothing was imported: " + cause.getMessage());
			return false;
		} catch (InterruptedException | OperationCanceledException cancelled) {
			page.setErrorMessage("The import was cancelled; nothing was written.");
			return false;
		}
		written = target;
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window != null && window.getActivePage() != null) {
			try {
				IDE.openEditor(window.getActivePage(), target);
			} catch (PartInitException noEditor) {
				// the scenario is written; opening it is a convenience
			}
		}
		return true;
	}

	/** The new file's content, created or replacing the old one in one workspace operation (undoable by history). */
	private static void write(IFile target, String text, SubMonitor monitor) throws CoreException {
		IWorkspaceRunnable write = progress -> {
			ByteArrayInputStream content = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
			if (target.exists()) {
				target.setContents(content, IResource.KEEP_HISTORY, progress);
			} else {
				target.create(content, IResource.NONE, progress);
			}
		};
		ResourcesPlugin.getWorkspace().run(write, target.getParent(), IResource.NONE, monitor);
	}

	/** For tests: the page. */
	public P page() {
		return page;
	}

	/** The file the last finished import wrote, or {@code null}. */
	public IFile written() {
		return written;
	}
}
