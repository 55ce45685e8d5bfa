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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code entente fit durability} and {@code entente backtest durability} on the imported history. */
class DurabilityCommandsTest {

	@TempDir
	static Path folder;

	private static Path history;

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new EntenteCli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
	}

	@BeforeAll
	static void importHistory() {
		history = folder.resolve("history.entente");
		Path data = data();
		ByteArrayOutputStream errors = new ByteArrayOutputStream();
		int status = new EntenteCli(new PrintStream(new ByteArrayOutputStream()), new PrintStream(errors))
				.run(new String[] { "import", "history", data.toString(), "--out", history.toString() });
		assertEquals(EntenteCli.OK, status, errors::toString);
	}

	private static Path data() {
		return Path.of(System.getProperty("entente.data", "../../../shared/data"));
	}

	@Test
	void aBrokenCasesFileIsNamedWithItsLine() throws Exception {
		Path cases = folder.resolve("cases.csv");
		Files.writeString(cases, "sample,warid,atopid,warname,honorLLM,violateLLM\n1,4,1020,Crimean1853,1,1\n");
		assertEquals(EntenteCli.FAILED, run("backtest", "durability", history.toString(), "--origins", "1930-1930",
				"--no-heuristic", "--reliability", cases.toString()));
		assertTrue(err.toString().contains(cases + ":2: the case is coded both honored and violated"),
				err.toString());
	}

	@Test
	void aModelFittedUpTo1944IsWhatTheAnalysisReads() throws Exception {
		Path model = folder.resolve("until-1944.json");
		assertEquals(EntenteCli.OK, run("fit", "durability", history.toString(), "--until", "1944", "--out",
				model.toString()), err::toString);
		assertTrue(err.toString().contains("fitted on history 1815-1944"), err.toString());
		JsonObject json = JsonParser.parseString(Files.readString(model)).getAsJsonObject();
		assertEquals(1944, json.getAsJsonObject("fittedOn").get("lastYear").getAsInt());
		Path report = folder.resolve("risk.csv");
		Path example = Path.of(System.getProperty("entente.examples", "../../examples/scenarios"),
				"multipolar-2025.entente");
		assertEquals(EntenteCli.OK, run("analyze", example.toString(), "--analysis", "durability", "--param",
				"model=" + model, "--years", "2026", "--format", "csv", "--out", report.toString()), err::toString);
		assertTrue(Files.readString(report).contains("within_10y"), Files.readString(report));
	}

	@Test
	void theBacktestWritesItsScoresAsAReport() throws Exception {
		Path report = folder.resolve("backtest.json");
		Path cases = data().resolve("reliability/berkemeier_fuhrmann_2018.csv");
		assertEquals(EntenteCli.OK, run("backtest", "durability", history.toString(), "--origins", "1930-1950",
				"--step", "10", "--no-heuristic", "--reliability", cases.toString(), "--format", "json", "--out",
				report.toString()), err::toString);
		var results = JsonParser.parseString(Files.readString(report)).getAsJsonArray();
		JsonObject result = results.get(0).getAsJsonObject();
		JsonObject reliability = results.get(1).getAsJsonObject();
		assertEquals("durability-reliability", reliability.get("analysis").getAsString());
		assertTrue(reliability.toString().contains("auc_cox_out_of_sample"), reliability.toString());
		assertEquals("durability-backtest", result.get("analysis").getAsString());
		assertEquals(3, result.getAsJsonArray("series").size());
		assertTrue(Files.readString(report).contains("pooled_c_cox"));
		JsonObject metrics = result.getAsJsonArray("series").get(0).getAsJsonObject().getAsJsonObject("metrics");
		assertTrue(metrics.has("c_cox") && !metrics.has("c_heuristic"), metrics.toString());
	}

	@Test
	void aFitBeforeTheHistoryBeginsIsAUsageErrorAndWritesNothing() {
		Path model = folder.resolve("never.json");
		assertEquals(EntenteCli.USAGE, run("fit", "durability", history.toString(), "--until", "1700", "--out",
				model.toString()));
		assertTrue(err.toString().contains("--until 1700 is before the scenario begins (1815)"), err.toString());
		assertFalse(Files.exists(model));
		assertEquals(EntenteCli.USAGE, run("fit", "durability", history.toString(), "--events", "lost-war", "--out",
				model.toString()));
		assertTrue(err.toString().contains("'lost-war' is not a way a membership ends"), err.toString());
	}
}
