package org.entente.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.cli.EntenteCli;
import org.entente.dsl.load.ScenarioLoader;
import org.entente.model.Scenario;
import org.entente.model.State;
import org.entente.model.world.CapabilityIndex;
import org.entente.model.world.WorldProjector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Importing the COW capabilities data, and analyzing the import. */
class CowImportTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new EntenteCli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
	}

	private static Path cow(String file) {
		return Path.of(System.getProperty("entente.cow", "../../../shared/data/cow"), file);
	}

	@Test
	void importsTheWholeDataSetAndAnalyzesIt() throws Exception {
		Path scenario = folder.resolve("cow.entente");
		assertEquals(EntenteCli.OK, run("import", "cow-nmc", cow("NMC-60-abridged.csv").toString(), "--majors",
				cow("majors2016.csv").toString(), "--out", scenario.toString()), err.toString());
		String text = Files.readString(scenario);
		assertTrue(text.contains("state USA ccode 2 {"), text.substring(0, 400));
		assertTrue(text.contains("major power 1898..2016"));
		assertFalse(java.util.regex.Pattern.compile(" -9(\\s|$)", java.util.regex.Pattern.MULTILINE).matcher(text).find(),
				"missing values are left out");

		Path report = folder.resolve("polarity.json");
		assertEquals(EntenteCli.OK, run("analyze", scenario.toString(), "--analysis", "polarity", "--format", "json",
				"--out", report.toString()), err.toString());
		JsonObject polarity = JsonParser.parseString(Files.readString(report)).getAsJsonArray().get(0)
				.getAsJsonObject();
		assertEquals(201, polarity.getAsJsonArray("series").size(), "1816-2016");
		JsonObject y1950 = polarity.getAsJsonArray("series").get(1950 - 1816).getAsJsonObject().getAsJsonObject("metrics");
		assertEquals("bipolar", y1950.get("classification").getAsString(), "the majors of 1950 by Wayman's rule");
	}

	@Test
	void theImportedModelComputesThePublishedCincOnEveryRow() throws Exception {
		Path scenarioFile = folder.resolve("cow.entente");
		assertEquals(EntenteCli.OK, run("import", "cow-nmc", cow("NMC-60-abridged.csv").toString(), "--out",
				scenarioFile.toString()), err.toString());
		Scenario scenario = ScenarioLoader.shared().load(scenarioFile).scenario();
		Map<String, Double> published = new HashMap<>();
		List<String> lines = Files.readAllLines(cow("NMC-60-abridged.csv"));
		List<String> header = List.of(lines.get(0).split(","));
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",");
			published.put(cells[header.indexOf("stateabb")] + "/" + cells[header.indexOf("year")],
					Double.parseDouble(cells[header.indexOf("cinc")]));
		}
		WorldProjector projector = new WorldProjector(scenario);
		int compared = 0;
		for (int year = 1816; year <= 2016; year++) {
			for (Map.Entry<State, Double> entry : CapabilityIndex.of(projector.at(year)).entrySet()) {
				String key = entry.getKey().getName() + "/" + year;
				Double expected = published.get(key);
				assertTrue(expected != null, key + " is projected although COW has no row for it");
				assertEquals(expected, entry.getValue(), 1e-6, key);
				compared++;
			}
		}
		assertEquals(published.size(), compared, "every published row was compared");
	}

	@Test
	void importsASelection() throws Exception {
		Path scenario = folder.resolve("pair.entente");
		assertEquals(EntenteCli.OK, run("import", "cow-nmc", cow("NMC-60-abridged.csv").toString(), "--years",
				"1900-1910", "--states", "UKG,GMY", "--out", scenario.toString()), err.toString());
		String text = Files.readString(scenario);
		assertTrue(text.contains("state UKG") && text.contains("state GMY") && !text.contains("state USA"));
		assertTrue(text.contains("period 1900..1910"));
	}

	@Test
	void badInputIsReportedWithFileAndLine() throws Exception {
		Path broken = Files.writeString(folder.resolve("broken.csv"),
				"stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version\nUSA,2,18x6,1,1,1,1,1,1,0.1,2021\n");
		assertEquals(EntenteCli.USAGE, run("import", "cow-nmc", broken.toString(), "--out",
				folder.resolve("out.entente").toString()));
		assertTrue(err.toString().contains("broken.csv:2: year '18x6' is not a whole number"), err.toString());
		assertFalse(Files.exists(folder.resolve("out.entente")), "nothing is written");
	}

	@Test
	void aFailedImportKeepsTheScenarioItWouldReplace() throws Exception {
		Path scenario = Files.writeString(folder.resolve("kept.entente"), "scenario kept\n");
		Path broken = Files.writeString(folder.resolve("broken.csv"),
				"stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version\nUSA,2,1816,-3,1,1,1,1,1,0.1,2021\n");
		assertEquals(EntenteCli.USAGE, run("import", "cow-nmc", broken.toString(), "--out", scenario.toString()));
		assertTrue(err.toString().contains("broken.csv:2: milex -3 is negative"), err.toString());
		assertEquals("scenario kept\n", Files.readString(scenario), "the old file is untouched");
		try (var files = Files.list(folder)) {
			assertEquals(2, files.count(), "no temporary file is left behind");
		}
	}

	@Test
	void importsNmcV7WithTheMembershipListsCodes() throws Exception {
		Path scenario = folder.resolve("v7.entente");
		assertEquals(EntenteCli.OK, run("import", "cow-nmc", cow("NMC-70-abridged.csv").toString(), "--system",
				cow("states2016.csv").toString(), "--years", "2020-2022", "--states", "USA,CHN", "--out",
				scenario.toString()), err.toString());
		String text = Files.readString(scenario);
		assertTrue(text.contains("state USA \"United States of America\" ccode 2 {"), text.substring(0, 600));
		assertTrue(text.contains("period 2020..2022"), text);
		assertEquals(EntenteCli.USAGE, run("import", "cow-nmc", cow("NMC-70-abridged.csv").toString(), "--out",
				folder.resolve("none.entente").toString()));
		assertTrue(err.toString().contains("has no stateabb column (NMC v7)"), err.toString());
	}
}
