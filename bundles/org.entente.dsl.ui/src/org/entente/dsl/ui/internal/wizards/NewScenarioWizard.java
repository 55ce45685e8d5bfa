package org.entente.dsl.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.entente.dsl.ui.EntenteEditorPlugin;
import org.entente.dsl.ui.internal.EntenteLanguageService;

/** File &gt; New &gt; Entente Scenario: a {@code .entente} file with a valid skeleton to start from. */
public class NewScenarioWizard extends Wizard implements INewWizard {

	private IStructuredSelection selection;
	private IWorkbench workbench;
	private WizardNewFileCreationPage page;

	public NewScenarioWizard() {
		setWindowTitle("New Entente Scenario");
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
	}

	@Override
	public void addPages() {
		page = new WizardNewFileCreationPage("entente.scenario", selection) {
			@Override
			protected InputStream getInitialContents() {
				return new ByteArrayInputStream(skeleton(getFileName()).getBytes(StandardCharsets.UTF_8));
			}
		};
		page.setTitle("Entente Scenario");
		page.setDescription("Create a scenario: states, alliances, ties and threats over a period.");
		page.setFileExtension(EntenteLanguageService.FILE_EXTENSION);
		page.setFileName("scenario." + EntenteLanguageService.FILE_EXTENSION);
		addPage(page);
	}

	/** A small valid scenario named after the file, for a first look at the language. */
	public static String skeleton(String fileName) {
		String base = fileName == null ? "scenario" : fileName.replaceFirst("\\.entente$", "");
		String id = base.replaceAll("[^A-Za-z0-9_]", "_");
		if (id.isEmpty() || !Character.isLetter(id.charAt(0)) && id.charAt(0) != '_') {
			id = "s_" + id;
		}
		return """
				// A new scenario. Content assist (Ctrl+Space) offers keywords, names and templates.
				scenario %s "%s" period 2025..2030

				state AAA "State A"
				state BBB "State B"

				threat A_fears_B: AAA fears BBB level 0.5

				alliance Pact defense interest 2025.. {
					targets A_fears_B
					member AAA
					member BBB
				}
				""".formatted(id, base);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
		} catch (PartInitException e) {
			EntenteEditorPlugin.log("Could not open " + file, e);
		}
		return true;
	}
}
