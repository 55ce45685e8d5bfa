package org.entente.analysis.polarity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.entente.analysis.AnalysisRegistry;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.AnalysisResultWriter;
import org.entente.analysis.AnalysisRunner;
import org.entente.analysis.AnalysisRunner.Request;
import org.entente.analysis.polarity.PolarityMeasures;
import org.entente.model.Scenario;
import org.entente.testing.ExampleScenarios;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Polarity on the example scenarios, and the JSON contract of results. */
class PolarityAnalysisTest {

	private final AnalysisRegistry registry = AnalysisRegistry.fromExtensions();

	private AnalysisResult polarity(Scenario scenario, int from, int to, Map<String, String> parameters) {
		List<AnalysisResult> results = new AnalysisRunner(Duration.ofMinutes(1)).run(
				List.of(new Request(registry.find("polarity").orElseThrow(), parameters)), scenario,
				IntStream.rangeClosed(from, to).boxed().toList(), new NullProgressMonitor());
		assertEquals(AnalysisResult.Status.OK, results.get(0).status(), () -> results.get(0).message());
		return results.get(0);
	}

	/** Wayman's rule, computed here from the shares the result reports. */
	private static String wayman(double[] sortedShares, double hegemonRatio) {
		double first = sortedShares[0];
		double second = sortedShares.length > 1 ? sortedShares[1] : 0;
		if (first >= 0.5 && first >= hegemonRatio * second) {
			return "unipolar";
		}
		return first + second >= 0.5 ? "bipolar" : "multipolar";
	}

	private static double[] shares(AnalysisResult result) {
		return result.tables().get(0).rows().stream().mapToDouble(row -> (Double) row.get(3)).toArray();
	}

	@Test
	void theGreatPowersOf1913() {
		AnalysisResult result = polarity(ExampleScenarios.scenario("europe-1914.entente"), 1913, 1913, Map.of());
		Map<String, Object> year = result.year(1913).metrics();
		assertEquals(6, year.get("states"));
		assertEquals(wayman(shares(result), 2.0), year.get("classification"));
		double hhi = (Double) year.get("hhi");
		assertEquals(1 / hhi, (Double) year.get("neff"), 1e-4);
		assertTrue(hhi > 1.0 / 6 && hhi < 0.5, "six powers, none dominant: " + hhi);
		assertEquals(3, year.get("blocs"),
				"Triple Alliance, Franco-Russian alliance, and Britain alone: the ententes are not defense pacts");
	}

	@Test
	void theIndicesMatchTheSharesOfTheTable() {
		AnalysisResult result = polarity(ExampleScenarios.scenario("europe-1914.entente"), 1900, 1900, Map.of("blocs", "false"));
		double[] shares = shares(result);
		assertEquals(PolarityMeasures.hhi(shares), (Double) result.year(1900).metrics().get("hhi"), 1e-5);
		assertEquals(PolarityMeasures.concentration(shares), (Double) result.year(1900).metrics().get("con"), 1e-5);
	}

	@Test
	void theThresholdRuleCountsPolesAboveTheThreshold() {
		Scenario europe = ExampleScenarios.scenario("europe-1914.entente");
		AnalysisResult low = polarity(europe, 1913, 1913, Map.of("rule", "threshold", "threshold", "0.05"));
		assertEquals(6, low.year(1913).metrics().get("poles"));
		AnalysisResult high = polarity(europe, 1913, 1913, Map.of("rule", "threshold", "threshold", "0.3"));
		assertTrue((Integer) high.year(1913).metrics().get("poles") <= 2);
	}

	@Test
	void aChosenSetOfStates() {
		AnalysisResult result = polarity(ExampleScenarios.scenario("europe-1914.entente"), 1913, 1913,
				Map.of("set", "GMY,RUS", "blocs", "false"));
		assertEquals(2, result.year(1913).metrics().get("states"));
		assertEquals(wayman(shares(result), 2.0), result.year(1913).metrics().get("classification"));
	}

	@Test
	void theJsonFollowsTheContract() {
		AnalysisResult result = polarity(ExampleScenarios.scenario("cold-war-1985.entente"), 1960, 1991, Map.of());
		JsonArray json = JsonParser.parseString(AnalysisResultWriter.toJson(List.of(result))).getAsJsonArray();
		JsonObject polarity = json.get(0).getAsJsonObject();
		assertEquals("polarity", polarity.get("analysis").getAsString());
		assertEquals("wayman", polarity.getAsJsonObject("parameters").get("rule").getAsString());
		JsonArray series = polarity.getAsJsonArray("series");
		assertEquals(32, series.size());
		for (JsonElement entry : series) {
			JsonObject year = entry.getAsJsonObject();
			assertNotNull(year.get("year"));
			JsonObject metrics = year.getAsJsonObject("metrics");
			for (String name : List.of("hhi", "neff", "con", "poles", "classification")) {
				assertTrue(metrics.has(name), () -> name + " in " + year);
			}
		}
		assertNotNull(polarity.getAsJsonArray("findings"));
		String csv = AnalysisResultWriter.toCsv(List.of(result));
		assertTrue(csv.startsWith("analysis,scenario,year,states,hhi,neff,con"), csv.substring(0, 80));
		assertEquals(33, csv.split("\r\n").length);
	}
}
