package org.entente.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.cli.EntenteCli;
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
}
