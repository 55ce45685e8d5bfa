package org.entente.data.ui.tests;

import static org.entente.testing.ui.UiWait.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.wizard.WizardDialog;
import org.entente.data.ui.internal.CowImportPage;
import org.entente.data.ui.internal.CowImportWizard;
import org.entente.dsl.load.LoadedScenario;
import org.entente.dsl.load.ScenarioLoader;
import org.entente.model.State;
import org.entente.testing.ui.Screenshots;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** File > Import > Entente > Correlates of War Capabilities, as a modeler uses it (UI harness under Xvfb). */
class CowImportWizardTest {

	private static IProject project;

	@BeforeAll
	static void project() throws Exception {
		project = ImportWizards.openProject("imports");
	}

	private static Path cow(String file) {
		return Path.of(System.getProperty("entente.cow", "../../../shared/data/cow"), file).toAbsolutePath();
	}

	@Test
	void importsASelectionIntoTheProjectAsAValidScenario() throws Exception {
		ImportWizards.Opened<CowImportWizard> opened =
				ImportWizards.open("org.entente.data.ui.cowImport", CowImportWizard.class, project);
		CowImportWizard wizard = opened.wizard();
		WizardDialog dialog = opened.dialog();
		try {
			CowImportPage page = wizard.page();
			assertFalse(page.isPageComplete(), "no file chosen yet");
			page.fill(cow("NMC-60-abridged.csv").toString(), cow("majors2016.csv").toString(),
					cow("states2016.csv").toString(), 1900, 1910, "UKG, FRN, GMY", "/imports", "europe-1900.entente");
			page.validate();
			assertNull(page.getErrorMessage(), page.getErrorMessage());
			assertTrue(page.isPageComplete());
			Screenshots.capture(dialog.getShell(), "cow-import-wizard");
			assertTrue(wizard.performFinish(), page.getErrorMessage());
		} finally {
			dialog.close();
		}
		IFile file = project.getFile("europe-1900.entente");
		assertTrue(file.exists(), "the scenario is in the workspace");
		LoadedScenario loaded = ScenarioLoader.shared().load(file.getLocation().toPath());
		assertTrue(loaded.isAnalysable(), loaded::problem);
		assertEquals(3, loaded.scenario().getStates().size());
		State ukg = loaded.scenario().getStates().stream().filter(s -> s.getName().equals("UKG")).findFirst()
				.orElseThrow();
		assertEquals("United Kingdom", ukg.getLabel());
		assertEquals(1, ukg.getMajorPowerSpells().size());
	}

	@Test
	void badInputIsShownWithFileAndLineAndNothingIsWritten() throws Exception {
		Path broken = Files.createTempFile("broken", ".csv");
		Files.writeString(broken, "stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version\n"
				+ "USA,2,18x6,1,1,1,1,1,1,0.1,6\n");
		ImportWizards.Opened<CowImportWizard> opened =
				ImportWizards.open("org.entente.data.ui.cowImport", CowImportWizard.class, project);
		CowImportWizard wizard = opened.wizard();
		WizardDialog dialog = opened.dialog();
		try {
			CowImportPage page = wizard.page();
			page.fill(broken.toString(), null, null, 1816, 2016, "", "/imports", "broken.entente");
			page.validate();
			assertTrue(page.isPageComplete(), page.getErrorMessage());
			assertFalse(wizard.performFinish());
			assertTrue(page.getErrorMessage().contains(broken.getFileName() + ":2: year '18x6' is not a whole number"),
					page.getErrorMessage());
			spin(200);
			Screenshots.capture(dialog.getShell(), "cow-import-wizard-error");
			page.fill(broken.toString(), null, null, 1816, 2016, "", "/no-such-project", "broken.entente");
			page.validate();
			assertFalse(page.isPageComplete());
			assertTrue(page.getErrorMessage().contains("There is no open folder /no-such-project"));
		} finally {
			dialog.close();
		}
		assertFalse(project.getFile("broken.entente").exists(), "nothing was written");
	}
}
