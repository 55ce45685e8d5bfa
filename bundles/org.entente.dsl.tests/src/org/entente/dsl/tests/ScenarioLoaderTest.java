package org.entente.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.validation.Issue;
import org.entente.dsl.io.InputFiles.UnreadableFileException;
import org.entente.dsl.load.LoadedScenario;
import org.entente.dsl.load.ScenarioLoader;
import org.entente.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one loader of scenarios: files, unsaved texts, imports, issues in text order, and files it must refuse. */
class ScenarioLoaderTest {

	@TempDir
	Path folder;

	private final ScenarioLoader loader = ScenarioLoader.shared();

	@Test
	void loadsAFileWithWhatItImportsAndValidatesOnDemand() throws Exception {
		Files.writeString(folder.resolve("base.entente"), "scenario base period 2000..2010\nstate A\nstate B\n");
		Path variant = Files.writeString(folder.resolve("variant.entente"),
				"import \"base.entente\"\nscenario variant extends base\ntie AB partnership A -- B strength 0.5\n");
		LoadedScenario loaded = loader.load(variant);
		assertEquals("variant", loaded.scenario().getName());
		assertEquals(variant.toAbsolutePath().normalize(), loaded.file());
		assertTrue(loaded.isAnalysable(), loaded::problem);
		assertNull(loaded.problem());
		assertEquals("A", loaded.scenario().getTies().get(0).getSource().getName(), "resolved in the imported file");
	}

	@Test
	void anUnsavedTextIsParsedAsTheFileItBelongsTo() throws Exception {
		Files.writeString(folder.resolve("base.entente"), "scenario base\nstate A\n");
		Path file = folder.resolve("draft.entente");
		LoadedScenario loaded = loader.load(file, "import \"base.entente\"\nscenario draft\nstate B\n"
				+ "tie AB rivalry A -- B strength -0.5\n");
		assertTrue(loaded.isAnalysable(), loaded::problem);
		assertFalse(Files.exists(file), "nothing is written");
	}

	@Test
	void issuesComeInTextOrderAndTheProblemNamesTheFirstError() {
		LoadedScenario loaded = loader.parse(org.eclipse.emf.common.util.URI.createFileURI(
				folder.resolve("broken.entente").toString()), "scenario s\nstate A\ntie X partnership A -- Nowhere strength 0.5\n"
						+ "threat T: Nobody fears A level 0.5\n");
		List<Issue> issues = loaded.issues();
		assertTrue(issues.size() >= 2, issues::toString);
		for (int i = 1; i < issues.size(); i++) {
			assertTrue(issues.get(i - 1).getLineNumber() <= issues.get(i).getLineNumber(), issues::toString);
		}
		assertFalse(loaded.isAnalysable());
		assertTrue(loaded.problem().startsWith("broken.entente has 2 errors; fix them first. The first, line 3, column"),
				loaded.problem());
		assertEquals("broken.entente:3:", LoadedScenario.describe("broken.entente", issues.get(0)).substring(0, 17));
	}

	@Test
	void aSyntaxErrorIsFoundWithoutValidating() {
		LoadedScenario loaded = loader.parse(org.eclipse.emf.common.util.URI.createFileURI(
				folder.resolve("s.entente").toString()), "scenario s\nstate A {\n  exists 1900..\n");
		LoadedScenario.SyntaxError error = loaded.firstSyntaxError().orElseThrow();
		assertEquals(3, error.line(), error.toString());
		assertTrue(error.message().contains("expected '}'"), error.toString());
	}

	@Test
	void locatesAnElementOfItsOwnTextOnly() {
		LoadedScenario loaded = loader.parse(org.eclipse.emf.common.util.URI.createFileURI(
				folder.resolve("s.entente").toString()), "scenario s\n\nstate A\nstate B \"Bee\"\n");
		Scenario scenario = loaded.scenario();
		LoadedScenario.TextRegion region = loaded.locate(EcoreUtil.getURI(scenario.getStates().get(1)).toString())
				.orElseThrow();
		assertEquals(4, region.line());
		assertEquals("state B \"Bee\"", "scenario s\n\nstate A\nstate B \"Bee\"\n".substring(region.offset(),
				region.offset() + region.length()));
		assertTrue(loaded.locate("file:/elsewhere.entente#//@states.0").isEmpty());
		assertTrue(loaded.locate("not a uri at all %%").isEmpty());
		assertTrue(loaded.locate(null).isEmpty());
	}

	@Test
	void aFileWithoutAScenarioSaysSo() throws Exception {
		LoadedScenario loaded = loader.load(Files.writeString(folder.resolve("empty.entente"), ""));
		assertNull(loaded.scenario());
		assertNotNull(loaded.problem());
	}

	@Test
	void refusesWhatIsNotARegularFileAndSaysWhatItIs() throws Exception {
		Path directory = Files.createDirectory(folder.resolve("dir.entente"));
		assertEquals(directory + ": is a directory, not a file",
				assertThrows(UnreadableFileException.class, () -> loader.load(directory)).getMessage());
		Path missing = folder.resolve("missing.entente");
		assertEquals(missing + ": no such file",
				assertThrows(UnreadableFileException.class, () -> loader.load(missing)).getMessage());
		Path loop = folder.resolve("loop.entente");
		Files.createSymbolicLink(loop, folder.resolve("loop2.entente"));
		Files.createSymbolicLink(folder.resolve("loop2.entente"), loop);
		assertEquals(loop + ": is a loop of symbolic links",
				assertThrows(UnreadableFileException.class, () -> loader.load(loop)).getMessage());
		Path device = Path.of("/dev/zero");
		assertEquals("/dev/zero: is a character device, not a regular file",
				assertThrows(UnreadableFileException.class, () -> loader.load(device)).getMessage());
		Path fifo = folder.resolve("pipe.entente");
		Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
		assertEquals(0, mkfifo.waitFor());
		// Without the check the load would block forever: no one writes to the pipe.
		assertEquals(fifo + ": is a named pipe (FIFO), not a regular file",
				assertThrows(UnreadableFileException.class, () -> loader.load(fifo)).getMessage());
	}

	@Test
	void refusesFilesOfOtherFormatsAndImportsOfThem() throws Exception {
		Path text = Files.writeString(folder.resolve("world.entente"), "scenario world period 2000..2010\nstate A\n");
		Path xmi = folder.resolve("world.xmi");
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		Resource model = set.createResource(URI.createFileURI(xmi.toString()));
		model.getContents().add(EcoreUtil.copy(loader.load(text).scenario()));
		model.save(null);
		String refused = assertThrows(UnreadableFileException.class, () -> loader.load(xmi)).getMessage();
		assertEquals(xmi + ": is not an Entente scenario: scenario files end in .entente and are written in the "
				+ "Entente language; this file holds XML (an XMI model?)", refused);
		assertThrows(UnreadableFileException.class, () -> loader.load(xmi, "scenario world\n"));
		assertThrows(IllegalArgumentException.class, () -> loader.parse(URI.createFileURI(xmi.toString()), "scenario w"));
		Path renamed = Files.copy(text, folder.resolve("world.txt"));
		assertEquals(renamed + ": is not an Entente scenario: scenario files end in .entente; rename it if it is one",
				assertThrows(UnreadableFileException.class, () -> loader.load(renamed)).getMessage());

		Path importer = Files.writeString(folder.resolve("importer.entente"),
				"import \"world.xmi\"\nimport \"world.txt\"\nscenario importer\n");
		List<Issue> issues = loader.load(importer).issues();
		assertEquals(2, issues.size(), issues::toString);
		assertEquals(1, issues.get(0).getLineNumber());
		assertTrue(issues.get(0).getMessage().contains("'world.xmi' does not end in .entente"), issues::toString);
		assertEquals(2, issues.get(1).getLineNumber());
		assertTrue(issues.get(1).getMessage().contains("'world.txt' does not end in .entente"), issues::toString);
	}
}
