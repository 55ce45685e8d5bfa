package org.entente.data.ui.tests;

import static org.entente.testing.ui.UiWait.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.entente.data.ui.internal.HistoryImportPage;
import org.entente.data.ui.internal.HistoryImportWizard;
import org.entente.dsl.load.LoadedScenario;
import org.entente.dsl.load.ScenarioLoader;
import org.entente.model.Alliance;
import org.entente.testing.ui.Screenshots;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * File > Import > Entente > Historical World, as an analyst uses it: the data folder fills in the four files, the
 * import runs with progress, and the scenario it writes is the history; a broken file is named with its line and an
 * existing scenario is left as it was.
 */
class HistoryImportWizardTest {

	private static IProject project;

	@BeforeAll
	static void project() throws Exception {
		project = ImportWizards.openProject("history-imports");
	}

	private static Path data() {
		return Path.of(System.getProperty("entente.data", "../../../shared/data")).toAbsolutePath().normalize();
	}

	@Test
	void importsTheHistoricalWorldWithProgress() throws Exception {
		ImportWizards.Opened<HistoryImportWizard> opened =
				ImportWizards.open("org.entente.data.ui.historyImport", HistoryImportWizard.class, project);
		HistoryImportWizard wizard = opened.wizard();
		WizardDialog dialog = opened.dialog();
		AtomicReference<String> progressShown = new AtomicReference<>();
		try {
			HistoryImportPage page = wizard.page();
			assertFalse(page.isPageComplete(), "no data chosen yet");
			page.fill(data().toString(), 7, "/history-imports", "history-v7.entente");
			page.validate();
			assertNull(page.getErrorMessage(), page.getErrorMessage());
			assertTrue(page.isPageComplete());
			Screenshots.capture(dialog.getShell(), "history-import-wizard");
			// While the import runs, the dialog shows its progress: captured from inside the modal run.
			Display display = dialog.getShell().getDisplay();
			display.timerExec(150, () -> {
				try {
					Screenshots.capture(dialog.getShell(), "history-import-wizard-progress");
					progressShown.set("captured");
				} catch (Exception e) {
					progressShown.set(e.toString());
				}
			});
			assertTrue(wizard.performFinish(), page.getErrorMessage());
		} finally {
			dialog.close();
		}
		IFile file = project.getFile("history-v7.entente");
		assertTrue(file.exists(), "the scenario is in the workspace");
		assertEquals("captured", progressShown.get(), "the import ran long enough to show its progress");
		LoadedScenario loaded = ScenarioLoader.shared().load(file.getLocation().toPath());
		assertTrue(loaded.isAnalysable(), loaded::problem);
		assertEquals("history_v7", loaded.scenario().getName());
		assertTrue(loaded.scenario().getStates().size() > 200, loaded.scenario().getStates().size() + " states");
		Alliance nato = loaded.scenario().getAlliances().stream().filter(a -> Integer.valueOf(3180).equals(a.getAtopId()))
				.findFirst().orElseThrow(() -> new AssertionError("NATO (ATOP 3180) is imported"));
		assertTrue(nato.getMemberships().size() >= 29, nato.getMemberships().size() + " NATO memberships");
		assertTrue(Files.readString(file.getLocation().toPath()).contains("NMC-70-abridged.csv"),
				"the v7 capabilities were read");
	}

	@Test
	void aBrokenFileIsNamedWithItsLineAndTheExistingScenarioIsKept() throws Exception {
		IFile existing = project.getFile("kept.entente");
		String before = "scenario kept period 2000..2001\n";
		if (!existing.exists()) {
			existing.create(new ByteArrayInputStream(before.getBytes(StandardCharsets.UTF_8)), true, null);
		}
		Path broken = Files.createTempFile("nmc", ".csv");
		Files.writeString(broken, "stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version\n"
				+ "USA,2,1816,1,1,1,1,1,1,0.1,6\nUSA,2,18x7,1,1,1,1,1,1,0.1,6\n");
		ImportWizards.Opened<HistoryImportWizard> opened =
				ImportWizards.open("org.entente.data.ui.historyImport", HistoryImportWizard.class, project);
		HistoryImportWizard wizard = opened.wizard();
		WizardDialog dialog = opened.dialog();
		try {
			HistoryImportPage page = wizard.page();
			page.fill(data().toString(), 6, "/history-imports", "kept.entente");
			page.replaceCapabilities(broken.toString());
			page.validate();
			assertTrue(page.isPageComplete(), page.getErrorMessage());
			assertFalse(wizard.performFinish());
			assertTrue(page.getErrorMessage().contains(broken.getFileName() + ":3: year '18x7' is not a whole number"),
					page.getErrorMessage());
			spin(200);
			Screenshots.capture(dialog.getShell(), "history-import-wizard-error");
			page.fill(data().resolve("no-such-folder").toString(), 6, "/history-imports", "kept.entente");
			page.validate();
			assertFalse(page.isPageComplete());
			assertTrue(page.getErrorMessage().startsWith("There is no folder "), page.getErrorMessage());
		} finally {
			dialog.close();
		}
		assertEquals(before, new String(existing.getContents().readAllBytes(), StandardCharsets.UTF_8),
				"the existing scenario is as it was");
	}
}
