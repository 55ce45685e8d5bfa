package org.entente.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.entente.data.ImportException;
import org.entente.data.cow.CowNmcImport;
import org.entente.data.cow.CowNmcImporter;
import org.entente.dsl.io.ScenarioWriter;
import org.entente.dsl.load.LoadedScenario;
import org.entente.dsl.load.ScenarioLoader;
import org.entente.model.CapabilityPoint;
import org.entente.model.Scenario;
import org.entente.model.State;
import org.entente.model.world.CapabilityIndex;
import org.entente.model.world.WorldProjector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The COW importer builds the model, the writer writes it through the language's serializer: the text reads back as
 * the same scenario, whose capability index equals the published CINC; bad input is refused with file and line.
 */
class CowNmcImporterTest {

	@TempDir
	Path folder;

	private static Path cow(String file) {
		return Path.of(System.getProperty("entente.cow", "../../../shared/data/cow"), file);
	}

	private static final String HEADER = "stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version\n";

	private Scenario read(CowNmcImport request) throws ImportException {
		return new CowNmcImporter().read(request, new NullProgressMonitor());
	}

	private LoadedScenario writeAndLoad(Scenario scenario, String name) throws Exception {
		Path file = folder.resolve(name);
		String text = new ScenarioWriter().toText(scenario, URI.createFileURI(file.toString()));
		Files.writeString(file, text);
		LoadedScenario loaded = ScenarioLoader.shared().load(file);
		assertTrue(loaded.isAnalysable(), loaded::problem);
		return loaded;
	}

	@Test
	void theWholeV6DataReadsBackAndGivesThePublishedCincOnEveryRow() throws Exception {
		Scenario imported = read(CowNmcImport.of(cow("NMC-60-abridged.csv"), cow("majors2016.csv")));
		assertEquals(217, imported.getStates().size());
		LoadedScenario loaded = writeAndLoad(imported, "cow.entente");
		Scenario scenario = loaded.scenario();
		State usa = scenario.getStates().stream().filter(s -> s.getName().equals("USA")).findFirst().orElseThrow();
		assertEquals(2, usa.getCcode());
		assertEquals("1898..2016", org.entente.model.world.Years.format(usa.getMajorPowerSpells().get(0)));
		Map<String, Double> published = new HashMap<>();
		try (BufferedReader reader = Files.newBufferedReader(cow("NMC-60-abridged.csv"))) {
			List<String> header = List.of(reader.readLine().split(","));
			for (String line; (line = reader.readLine()) != null;) {
				String[] cells = line.split(",");
				published.put(cells[header.indexOf("stateabb")] + " " + cells[header.indexOf("year")],
						Double.valueOf(cells[header.indexOf("cinc")]));
			}
		}
		WorldProjector projector = new WorldProjector(scenario);
		int compared = 0;
		for (int year = 1816; year <= 2016; year++) {
			for (Map.Entry<State, Double> entry : CapabilityIndex.of(projector.at(year)).entrySet()) {
				String key = entry.getKey().getName() + " " + year;
				assertTrue(published.containsKey(key), key + " is projected although COW has no row for it");
				assertEquals(published.get(key), entry.getValue(), 1e-6, key);
				compared++;
			}
		}
		assertEquals(published.size(), compared, "every published row was compared");
	}

	@Test
	void v7IsReadWithTheStateCodesOfTheMembershipListAndEmptyCellsMissing() throws Exception {
		Scenario scenario = read(new CowNmcImport(cow("NMC-70-abridged.csv"), null, cow("states2016.csv"), 2016, 2022,
				Set.of("USA", "CHN"), null));
		State usa = scenario.getStates().stream().filter(s -> s.getName().equals("USA")).findFirst().orElseThrow();
		assertEquals("United States of America", usa.getLabel());
		assertEquals(7, usa.getCapabilities().getPoints().size(), "2016-2022");
		writeAndLoad(scenario, "v7.entente");
		ImportException noCodes = assertThrows(ImportException.class,
				() -> read(new CowNmcImport(cow("NMC-70-abridged.csv"), null, null, 2016, 2022, Set.of(), null)));
		assertTrue(noCodes.getMessage().contains("NMC-70-abridged.csv:2: the file has no stateabb column (NMC v7): "
				+ "give the State System Membership list"), noCodes.getMessage());
	}

	@Test
	void missingValuesAreLeftOut() throws Exception {
		Path nmc = Files.writeString(folder.resolve("nmc.csv"), HEADER + "AAA,1,1900,-9,5,,1,1,1,0.5,6\n");
		CapabilityPoint point = read(new CowNmcImport(nmc, null, null, 1900, 1900, Set.of(), "s")).getStates().get(0)
				.getCapabilities().getPoints().get(0);
		assertNull(point.getMilex(), "-9 is missing");
		assertNull(point.getIrst(), "an empty cell is missing");
		assertEquals(5.0, point.getMilper());
	}

	@Test
	void badInputIsRefusedWithFileLineAndWhat() throws Exception {
		assertProblem(HEADER + "USA,2,18x6,1,1,1,1,1,1,0.1,6\n", "nmc.csv:2: year '18x6' is not a whole number");
		assertProblem(HEADER + "USA,2,1816,1,1,1,1,1,1,0.1,6\nUSA,2,1817,1,NaN,1,1,1,1,0.1,6\n",
				"nmc.csv:3: milper 'NaN' is not a number");
		assertProblem(HEADER + "USA,2,1816,-5,1,1,1,1,1,0.1,6\n", "nmc.csv:2: milex -5 is negative");
		assertProblem(HEADER + "USA,2,1817,1,1,1,1,1,1,0.1,6\nUSA,2,1816,1,1,1,1,1,1,0.1,6\n",
				"nmc.csv:3: USA 1816 comes after USA 1817");
		assertProblem(HEADER + "USA,2,1816,1,1,1\n", "nmc.csv:2: the row has 6 cells, the header 11");
		assertProblem("stateabb,ccode,year\nUSA,2,1816\n", "nmc.csv:1: the column 'milex' is missing");
		// A crafted cell cannot write into the language: the code is checked, texts are quoted by the serializer.
		assertProblem(HEADER + "\"USA {}\ntie X rivalry USA -- RUS strength -1 //\",2,1816,1,1,1,1,1,1,0.1,6\n",
				"nmc.csv:2: stateabb 'USA {}\ntie X rivalry USA -- RUS strength -1 //' is not a state code");
		assertProblem(HEADER + "USA,2,1816,1,1,1,1,1,1,0.1,6\n", Set.of("USA", "ZZZ"),
				"nmc.csv: no row of ZZZ in 1816-2016 (are the codes COW's?)");
		assertProblem(HEADER + "USA,2,1816,1,1,1,1,1,1,0.1,6\n\"unclosed,2,1817\n", "nmc.csv:3: cannot be read as CSV");
	}

	private void assertProblem(String csv, String expected) throws Exception {
		assertProblem(csv, Set.of(), expected);
	}

	private void assertProblem(String csv, Set<String> states, String expected) throws Exception {
		Path nmc = Files.writeString(folder.resolve("nmc.csv"), csv);
		ImportException problem = assertThrows(ImportException.class,
				() -> read(new CowNmcImport(nmc, null, null, 1816, 2016, states, null)));
		assertTrue(problem.getMessage().startsWith(nmc.toString().replace("nmc.csv", "") + expected.split(" ")[0])
				&& problem.getMessage().contains(expected.substring(expected.indexOf(' ') + 1)), problem.getMessage());
	}
}
