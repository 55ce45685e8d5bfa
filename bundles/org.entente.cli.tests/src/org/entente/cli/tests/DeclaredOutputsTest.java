package org.entente.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.entente.cli.EntenteCli;
import org.entente.testing.ExampleScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * An analysis known only by its declarations (org.entente.testing's test.declared) is reported in full by every
 * format: its series charted, its tables shown and charted, its findings listed, its typed values written as such.
 */
class DeclaredOutputsTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new EntenteCli(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
	}

	private Path analyze(String format) {
		Path report = folder.resolve("report." + format);
		assertEquals(EntenteCli.OK, run("analyze", ExampleScenarios.file("europe-1914.entente").toString(), "-a",
				"test.declared", "--years", "1890-1914", "-f", format, "-o", report.toString()), err.toString());
		return report;
	}

	@Test
	void theHtmlReportChartsTheDeclaredSeriesAndTablesAndListsTheFindings() throws Exception {
		String html = Files.readString(analyze("html"));
		assertTrue(html.contains("aria-label=\"aligned_share over the years\"><svg"), "the share is charted");
		assertTrue(html.contains("aria-label=\"alliances over the years\"><svg"), "the count is charted");
		assertTrue(!html.contains("aria-label=\"states over the years\""), "a metric declared chart=none is not");
		assertTrue(html.contains("<h3>Capability ranking</h3>"), "the table, by its label");
		assertTrue(html.contains("aria-label=\"ranking chart\"><svg"), "the table's chart");
		assertTrue(html.contains("capability in alliances"), "the stacked column's label, in the chart and the table");
		assertTrue(html.contains("<div class=\"camp\">"), "the partition of the last year");
		assertTrue(html.contains("leads in 1914"), "the finding");
		assertTrue(html.contains("Last year analysed"), "the single metric, by its label");
	}

	@Test
	void theCsvHasTheDeclaredColumnsInTheirOrderAndTheJsonTheDeclarations() throws Exception {
		List<String> csv = Files.readAllLines(analyze("csv"));
		assertEquals("analysis,scenario,year,aligned_share,alliances,states,leader,alignment", csv.get(0));
		assertEquals(1 + 25, csv.size(), "a row per year");
		assertTrue(csv.get(25).startsWith("test.declared,europe1914,1914,"), csv.get(25));

		JsonObject result = JsonParser.parseString(Files.readString(analyze("json"))).getAsJsonArray().get(0)
				.getAsJsonObject();
		JsonObject declarations = result.getAsJsonObject("declarations");
		JsonObject share = declarations.getAsJsonArray("metrics").get(0).getAsJsonObject();
		assertEquals("aligned_share", share.get("id").getAsString());
		assertEquals("share", share.get("kind").getAsString());
		assertEquals("primary", share.get("chart").getAsString());
		assertEquals("stacked", declarations.getAsJsonArray("tables").get(0).getAsJsonObject().get("chart").getAsString());
		JsonObject y1914 = result.getAsJsonArray("series").get(24).getAsJsonObject().getAsJsonObject("metrics");
		JsonArray alignment = y1914.getAsJsonArray("alignment");
		assertEquals(2, alignment.size(), "a partition is an array of sides");
		assertTrue(alignment.get(0).getAsJsonArray().contains(new com.google.gson.JsonPrimitive("GMY")),
				"Germany is in an alliance in 1914: " + alignment);
		assertTrue(y1914.get("leader").isJsonPrimitive(), "an element is its name");
	}

	@Test
	void theTextReportHasTheTablesAndTheFindings() {
		assertEquals(EntenteCli.OK, run("analyze", ExampleScenarios.file("europe-1914.entente").toString(), "-a",
				"test.declared", "--years", "1913-1914"), err.toString());
		String text = out.toString(StandardCharsets.UTF_8);
		assertTrue(text.contains("-- Capability ranking (6 rows)"), text);
		assertTrue(text.contains("* info: ") && text.contains("leads in 1914"), text);
	}
}
