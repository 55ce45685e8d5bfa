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

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The command line as a user calls it: output, error messages and exit codes. */
class EntenteCliTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new EntenteCli(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private static String example(String name) {
		return Path.of(System.getProperty("entente.examples", "../../examples/scenarios"), name).toString();
	}

	@Test
	void validatesTheExamples() {
		assertEquals(EntenteCli.OK, run("validate", example("europe-1914.entente"), example("us-exits-nato-2027.entente")),
				err());
		assertTrue(err().contains("0 errors"), err());
	}

	@Test
	void reportsErrorsAsFileLineColumn() throws Exception {
		Path bad = Files.writeString(folder.resolve("bad.entente"),
				"scenario s\nstate USA\ntie partnership USA -- CHN strength 0.5\n");
		assertEquals(EntenteCli.FAILED, run("validate", bad.toString()));
		assertTrue(out().contains(bad + ":3:24: error: No state named 'CHN'"), out());
	}

	@Test
	void listsTheInstalledAnalyses() {
		assertEquals(EntenteCli.OK, run("analyses"));
		assertTrue(out().contains("polarity  Polarity"), out());
		assertTrue(out().contains("--param rule=wayman|threshold  (default wayman)"), out());
	}

	@Test
	void analyzesAsJsonFollowingTheContract() throws Exception {
		Path report = folder.resolve("report.json");
		assertEquals(EntenteCli.OK, run("analyze", example("europe-1914.entente"), "--analysis", "polarity", "--years",
				"1900-1914", "--param", "rule=threshold", "--format", "json", "--out", report.toString()), err());
		JsonArray json = JsonParser.parseString(Files.readString(report)).getAsJsonArray();
		JsonObject polarity = json.get(0).getAsJsonObject();
		assertEquals("polarity", polarity.get("analysis").getAsString());
		assertEquals("threshold", polarity.getAsJsonObject("parameters").get("rule").getAsString());
		assertEquals(15, polarity.getAsJsonArray("series").size());
		JsonObject metrics = polarity.getAsJsonArray("series").get(0).getAsJsonObject().getAsJsonObject("metrics");
		for (String name : new String[] { "hhi", "neff", "con", "poles", "classification" }) {
			assertTrue(metrics.has(name), name);
		}
		try (var files = Files.list(folder)) {
			assertEquals(1, files.count(), "no temporary file is left behind");
		}
	}

	@Test
	void analyzesAsTextAndCsv() {
		assertEquals(EntenteCli.OK, run("analyze", example("us-exits-nato-2027.entente"), "-a", "polarity", "--years",
				"2026,2028"));
		assertTrue(out().contains("== Polarity (polarity"), out());
		assertTrue(out().contains("2028"), out());
		out.reset();
		assertEquals(EntenteCli.OK, run("analyze", example("cold-war-1985.entente"), "-a", "polarity", "-f", "csv"));
		assertTrue(out().startsWith("analysis,scenario,year,"), out());
	}

	@Test
	void writesASelfContainedHtmlReportWithCharts() throws Exception {
		Path report = folder.resolve("report.html");
		assertEquals(EntenteCli.OK, run("analyze", example("multipolar-2025.entente"), "--analysis", "polarity,stability",
				"--format", "html", "--out", report.toString()), err());
		String html = Files.readString(report);
		assertTrue(html.startsWith("<!DOCTYPE html>"));
		assertTrue(html.contains("<svg") && html.contains("aria-label=\"hhi over the years\""), "a polarity chart");
		assertTrue(html.contains("aria-label=\"balanced_triad_share over the years\""), "a stability chart");
		assertTrue(html.contains("class=\"camp\""), "the camps");
		assertFalse(html.contains("<script") || html.contains("src=\"http"), "self-contained");
	}

	@Test
	void badArgumentsGiveClearMessagesAndExitCode2() {
		assertEquals(EntenteCli.USAGE, run("analyze", example("europe-1914.entente"), "--analysis", "astrology"));
		assertTrue(err().contains("no analysis 'astrology' is installed"), err());
		assertEquals(EntenteCli.USAGE, run("analyze", example("europe-1914.entente"), "-a", "polarity", "--param",
				"rule=coin-toss"));
		assertTrue(err().contains("must be one of wayman, threshold"), err());
		assertEquals(EntenteCli.USAGE, run("analyze", "missing.entente", "-a", "polarity"));
		assertTrue(err().contains("missing.entente: no such file"), err());
		assertEquals(EntenteCli.USAGE, run("frobnicate"));
		assertEquals(EntenteCli.USAGE, run("analyze", example("europe-1914.entente"), "-a", "polarity", "--years", "1914-1900"));
		assertTrue(err().contains("the years 1914-1900 end before they start"), err());
		assertEquals(EntenteCli.USAGE, run("analyze", example("europe-1914.entente"), "-a", "polarity", "--years",
				"1-2000000000"));
		assertTrue(err().contains("more than the 10000 an analysis takes"), err());
	}

	@Test
	void aScenarioWithErrorsIsNotAnalyzedAndNothingIsWritten() throws Exception {
		Path bad = Files.writeString(folder.resolve("bad.entente"), "scenario s period 2000..2001\nstate USA\nstate USA\n");
		Path report = folder.resolve("report.json");
		assertEquals(EntenteCli.FAILED, run("analyze", bad.toString(), "-a", "polarity", "-f", "json", "-o", report.toString()));
		assertFalse(Files.exists(report));
		assertTrue(err().contains("has errors"), err());
	}

	@Test
	void everyCommandHasHelp() {
		for (String command : new String[] { "validate", "analyses", "analyze", "compare", "import", "diagram" }) {
			out.reset();
			assertEquals(EntenteCli.OK, run(command, "--help"));
			assertTrue(out().startsWith("Usage: entente " + command), out());
		}
	}

	@Test
	void theDiagramCommandRefusesBadArgumentsBeforeServingAnything() {
		assertEquals(EntenteCli.USAGE, run("diagram"));
		assertTrue(err().contains("Missing required parameter: 'FILE'"), err());
		assertTrue(err().contains("Run 'entente diagram --help' for usage."), err());
		err.reset();
		assertEquals(EntenteCli.USAGE, run("diagram", folder.resolve("missing.entente").toString()));
		assertTrue(err().contains("missing.entente: no such file"), err());
		err.reset();
		assertEquals(EntenteCli.USAGE, run("diagram", "a.entente", "--port", "80"));
	}

	@Test
	void theDiagramCommandRefusesAFileOfAnotherFormat() throws Exception {
		Path xmi = Files.writeString(folder.resolve("world.xmi"), "<?xml version=\"1.0\"?>\n<entente:Scenario/>\n");
		assertEquals(EntenteCli.USAGE, run("diagram", "--no-browser", xmi.toString()));
		assertTrue(err().contains("world.xmi: is not an Entente scenario"), err());
		assertTrue(err().contains("holds XML"), err());
	}

	@Test
	void whatAFileSaysReachesTheTerminalWithItsControlCharactersEscaped() throws Exception {
		Path hostile = Files.writeString(folder.resolve("hostile.entente"),
				"scenario s period 2000..2001\nstate A \"\u001b]0;owned\u0007\"\n\u001b[2J\n");
		assertEquals(EntenteCli.FAILED, run("validate", hostile.toString()));
		assertTrue(out().contains("'\\x1b'"), out());
		Path named = folder.resolve("\u001b[31mred.entente");
		assertEquals(EntenteCli.USAGE, run("validate", named.toString()));
		assertTrue(err().contains("\\x1b[31mred.entente: no such file"), err());
		assertFalse((out() + err()).contains("\u001b"), "no raw escape character is printed");

		Path labelled = Files.writeString(folder.resolve("labelled.entente"), "scenario s period 2000..2001\n"
				+ "state A \"\u001b[2JA\" { capabilities { 2000 score 0.6 } }\n"
				+ "state B \"B\" { capabilities { 2000 score 0.4 } }\n");
		out.reset();
		assertEquals(EntenteCli.OK, run("analyze", labelled.toString(), "--analysis", "polarity"), err());
		assertFalse(out().contains("\u001b"), out());
	}
}
