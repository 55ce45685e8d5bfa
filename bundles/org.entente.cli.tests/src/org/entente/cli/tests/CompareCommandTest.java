package org.entente.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.cli.EntenteCli;
import org.entente.testing.ExampleScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code entente compare}: results read back from JSON, scenarios analyzed side by side, one year beside another. */
class CompareCommandTest {

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

	@Test
	void twoRunsWithOtherParametersDifferWhereTheRulesDisagree() throws Exception {
		String europe = ExampleScenarios.file("europe-1914.entente").toString();
		Path wayman = folder.resolve("wayman.json");
		Path threshold = folder.resolve("threshold.json");
		assertEquals(EntenteCli.OK, run("analyze", europe, "-a", "polarity", "-f", "json", "-o", wayman.toString()));
		assertEquals(EntenteCli.OK, run("analyze", europe, "-a", "polarity", "-p", "rule=threshold", "-f", "json", "-o",
				threshold.toString()));
		Path report = folder.resolve("comparison.json");
		assertEquals(EntenteCli.OK, run("compare", wayman.toString(), threshold.toString(), "-f", "json", "-o",
				report.toString()), err.toString());
		JsonObject comparison = JsonParser.parseString(Files.readString(report)).getAsJsonObject();
		assertTrue(comparison.get("differences").getAsInt() > 0, "the rules classify some years differently");
		boolean poles = false;
		for (var row : comparison.getAsJsonArray("rows")) {
			JsonObject r = row.getAsJsonObject();
			assertEquals("polarity", r.get("analysis").getAsString());
			if (r.get("metric").getAsString().equals("hhi")) {
				assertTrue(!r.get("differs").getAsBoolean(), "the same shares under both rules: " + r);
			}
			poles |= r.get("metric").getAsString().equals("poles") && r.get("differs").getAsBoolean();
		}
		assertTrue(poles, "the number of poles differs in some year");
	}

	@Test
	void aVariantIsAnalyzedBesideItsBaseAndOneYearBesideAnother() {
		String base = ExampleScenarios.file("multipolar-2025.entente").toString();
		String variant = ExampleScenarios.file("us-exits-nato-2027.entente").toString();
		assertEquals(EntenteCli.OK, run("compare", base, variant, "-a", "polarity"), err.toString());
		assertTrue(out().contains("(no such year)"), "the variant's years after the base's period: " + out());
		assertTrue(out().contains(" values differ"), out());
		out.reset();
		assertEquals(EntenteCli.OK, run("compare", base, variant, "-a", "polarity", "--at", "2026:2028", "-f", "csv"),
				err.toString());
		assertTrue(out().startsWith("analysis,year_a,year_b,metric,value_a,value_b,difference,differs"), out());
		assertTrue(out().contains("polarity,2026,2028,bloc_neff,"), out());
	}

	@Test
	void badInputSaysWhatAndWhere() throws Exception {
		Path broken = Files.writeString(folder.resolve("broken.json"), "[{\"analysis\": \"polarity\",\n  \"series\": [}");
		assertEquals(EntenteCli.USAGE, run("compare", broken.toString(), broken.toString()));
		assertTrue(err.toString().contains("broken.json: not JSON") && err.toString().contains("line 2"), err.toString());
		err.reset();
		Path results = folder.resolve("results.json");
		Files.writeString(results, "[]");
		assertEquals(EntenteCli.USAGE, run("compare", results.toString(), results.toString(), "-a", "polarity"));
		assertTrue(err.toString().contains("are for comparing scenarios"), err.toString());
		err.reset();
		assertEquals(EntenteCli.USAGE, run("compare", results.toString(), results.toString()));
		assertTrue(err.toString().contains("nothing to compare"), err.toString());
	}
}
