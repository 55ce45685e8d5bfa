package org.entente.data.ui.tests;

import static org.entente.testing.ui.UiWait.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;

/** Opens an Entente import wizard as File > Import does, on a project, in a dialog that does not block. */
final class ImportWizards {

	/** The wizard and its open dialog. */
	record Opened<W extends IImportWizard>(W wizard, WizardDialog dialog) {
	}

	private ImportWizards() {
	}

	/** The workspace project of that name, created if needed, open. */
	static IProject openProject(String name) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (!project.exists()) {
			project.create(new NullProgressMonitor());
		}
		project.open(new NullProgressMonitor());
		return project;
	}

	static <W extends IImportWizard> Opened<W> open(String id, Class<W> type, IProject project) throws Exception {
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getImportWizardRegistry().findWizard(id);
		assertNotNull(descriptor, "the wizard is under File > Import");
		assertEquals("org.entente.data.ui.imports", descriptor.getCategory().getId(), "in the Entente category");
		W wizard = type.cast(descriptor.createWizard());
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
				wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		spin(300);
		return new Opened<>(wizard, dialog);
	}
}
