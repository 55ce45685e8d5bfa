package org.entente.dsl.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;
import org.entente.dsl.ui.EntenteEditorPlugin;

/** File &gt; New &gt; Entente Project: a project with the Entente builder, optionally seeded with the examples. */
public class NewEntenteProjectWizard extends Wizard implements INewWizard {

	private WizardNewProjectCreationPage page;
	private boolean withExamples = true;
	private IProject created;

	public NewEntenteProjectWizard() {
		setWindowTitle("New Entente Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		// the project goes to the workspace root; the selection does not matter
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("entente.project") {
			@Override
			public void createControl(Composite parent) {
				super.createControl(parent);
				Composite control = (Composite) getControl();
				Button examples = new Button(control, SWT.CHECK);
				examples.setText("&Add the example scenarios (Europe 1914, Cold War 1985, multipolar 2025 and a variant)");
				examples.setSelection(withExamples);
				examples.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
				examples.addListener(SWT.Selection, event -> withExamples = examples.getSelection());
			}
		};
		page.setTitle("Entente Project");
		page.setDescription("Create a project for alliance scenarios (.entente files).");
		addPage(page);
	}

	/** Whether the examples will be copied (for tests). */
	public void setWithExamples(boolean withExamples) {
		this.withExamples = withExamples;
	}

	/** The project created by {@link #performFinish()}, or {@code null}. */
	public IProject created() {
		return created;
	}

	@Override
	public boolean performFinish() {
		String name = page.getProjectName();
		boolean examples = withExamples;
		try {
			getContainer().run(true, false,
					monitor -> {
						try {
							created = ExampleScenarios.createProject(name, examples, monitor);
						} catch (CoreException e) {
							throw new InvocationTargetException(e);
						}
					});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			ErrorDialog.openError(getShell(), "New Entente Project", "The project was not created.",
					cause instanceof CoreException core ? core.getStatus()
							: org.eclipse.core.runtime.Status.error(String.valueOf(cause.getMessage()), cause));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		if (examples) {
			IFile featured = created.getFile(ExampleScenarios.FEATURED);
			if (featured.exists()) {
				try {
					IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), featured);
				} catch (PartInitException e) {
					EntenteEditorPlugin.log("Could not open " + featured, e);
				}
			}
		}
		return true;
	}
}
