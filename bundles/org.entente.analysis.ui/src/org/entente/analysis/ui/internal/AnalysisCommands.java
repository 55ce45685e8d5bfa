package org.entente.analysis.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.ide.ResourceUtil;
import org.entente.analysis.AnalysisDescriptor;
import org.entente.analysis.AnalysisRegistry;
import org.entente.dsl.EntenteFiles;

/** What the commands do: run analyses on a scenario, run the last launch again, compare with another scenario. */
public final class AnalysisCommands {

	private AnalysisCommands() {
	}

	/** The scenario file of a selection or an editor, or {@code null}. */
	public static Path scenarioOf(Object selectionOrEditor) {
		IFile file = null;
		if (selectionOrEditor instanceof IStructuredSelection selection && !selection.isEmpty()) {
			file = ResourceUtil.getFile(selection.getFirstElement());
			if (file == null && selection.getFirstElement() instanceof IAdaptable adaptable) {
				file = adaptable.getAdapter(IFile.class);
			}
		} else if (selectionOrEditor instanceof IEditorPart editor) {
			IEditorInput input = editor.getEditorInput();
			file = ResourceUtil.getFile(input);
		}
		if (file == null || !EntenteFiles.EXTENSION.equals(file.getFileExtension()) || file.getLocation() == null) {
			return null;
		}
		return file.getLocation().toPath();
	}

	/** Asks for analyses and parameters, then runs them on the file in the background. */
	public static AnalysisJob run(Shell shell, Path file) {
		AnalysisRegistry registry = AnalysisRegistry.fromExtensions();
		List<AnalysisDescriptor> analyses = registry.analyses();
		if (analyses.isEmpty()) {
			MessageDialog.openInformation(shell, "Run Analyses", "No analysis is installed."
					+ (registry.problems().isEmpty() ? "" : " Problems: " + String.join("; ", registry.problems())));
			return null;
		}
		AnalysisRun last = AnalysisSession.get().last();
		RunAnalysesDialog dialog = new RunAnalysesDialog(shell, file, analyses, last == null ? null : last.launch());
		if (dialog.open() != Window.OK) {
			return null;
		}
		return start(dialog.launch(), false);
	}

	/** Runs a launch in the background and shows the results view when it is done. */
	public static AnalysisJob start(AnalysisLaunch launch, boolean comparison) {
		// An analysis that called System.exit would close the workbench and lose unsaved work.
		org.entente.analysis.AnalysisRunner.refuseExitsFromAnalyses();
		AnalysisJob job = new AnalysisJob(launch, comparison);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				Display.getDefault().asyncExec(AnalysisCommands::showResults);
			}
		});
		job.schedule();
		return job;
	}

	/** Runs the last launch again, or says there is none. */
	public static AnalysisJob rerun() {
		AnalysisRun last = AnalysisSession.get().last();
		if (last == null) {
			MessageDialog.openInformation(null, "Re-run Analyses", "No analysis has run yet.");
			return null;
		}
		return start(last.launch(), false);
	}

	/** Asks for another scenario of the workspace and runs the last launch on it for a comparison. */
	public static AnalysisJob compare(Shell shell) {
		AnalysisRun last = AnalysisSession.get().last();
		if (last == null) {
			MessageDialog.openInformation(shell, "Compare", "Run analyses on a scenario first.");
			return null;
		}
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((IFile) element).getFullPath().makeRelative().toString();
			}
		});
		dialog.setTitle("Compare With");
		dialog.setMessage("Run the same analyses on (a variant, another scenario):");
		dialog.setElements(scenarios().stream()
				.filter(file -> !file.getLocation().toPath().equals(last.launch().file())).toArray());
		if (dialog.open() != Window.OK || dialog.getFirstResult() == null) {
			return null;
		}
		return start(last.launch().on(((IFile) dialog.getFirstResult()).getLocation().toPath()), true);
	}

	/** Asks for two years and shows them side by side (of the last run, or of it and the comparison run). */
	public static void compareYears(Shell shell) {
		AnalysisRun last = AnalysisSession.get().last();
		if (last == null || last.results().isEmpty()) {
			MessageDialog.openInformation(shell, "Compare Years", "Run analyses on a scenario first.");
			return;
		}
		AnalysisRun other = AnalysisSession.get().comparison();
		String second = other == null ? last.scenarioName() : other.scenarioName();
		org.eclipse.jface.dialogs.InputDialog dialog = new org.eclipse.jface.dialogs.InputDialog(shell,
				"Compare Years", "A year of " + last.scenarioName() + " and a year of " + second
						+ ", for example: 2026 2028", "", text -> parseYears(text) == null ? "Two years, such as 2026 2028" : null);
		if (dialog.open() == Window.OK) {
			int[] years = parseYears(dialog.getValue());
			AnalysisSession.get().compareYears(years[0], years[1]);
		}
	}

	static int[] parseYears(String text) {
		String[] parts = text.trim().split("[\\s,/]+");
		if (parts.length != 2) {
			return null;
		}
		try {
			return new int[] { Integer.parseInt(parts[0]), Integer.parseInt(parts[1]) };
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** The scenario files of the open projects. */
	public static List<IFile> scenarios() {
		List<IFile> files = new ArrayList<>();
		try {
			ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
				if (resource.getType() == IResource.FILE && EntenteFiles.EXTENSION.equals(resource.getFileExtension())
						&& resource.getLocation() != null) {
					files.add((IFile) resource);
				}
				return resource.getType() != IResource.PROJECT || ((org.eclipse.core.resources.IProject) resource).isOpen();
			});
		} catch (CoreException e) {
			// a project closed meanwhile: list what was found
		}
		files.sort(Comparator.comparing(file -> file.getFullPath().toString()));
		return files;
	}

	/** Shows (and brings forward) the results view. */
	public static AnalysisResultsView showResults() {
		if (!PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null) {
			return null;
		}
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			return page == null ? null
					: (AnalysisResultsView) page.showView(AnalysisResultsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			return null;
		}
	}
}
