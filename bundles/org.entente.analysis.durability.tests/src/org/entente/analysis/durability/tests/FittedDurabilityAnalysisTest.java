package org.entente.analysis.durability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.entente.analysis.AnalysisRegistry;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.AnalysisRunner;
import org.entente.analysis.AnalysisRunner.Request;
import org.entente.analysis.durability.DurabilityFitter;
import org.entente.analysis.durability.DurabilityModel;
import org.entente.analysis.durability.TerminationEvents;
import org.entente.model.Scenario;
import org.entente.testing.ExampleScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fitted durability analysis through the runner, on the 2025 example and with a model fitted up to 1944. */
class FittedDurabilityAnalysisTest {

	private final AnalysisRegistry registry = AnalysisRegistry.fromExtensions();

	@TempDir
	Path folder;

	private AnalysisResult run(Scenario scenario, List<Integer> years, Map<String, String> parameters) {
		Request request = new Request(registry.find("durability").orElseThrow(), parameters);
		return new AnalysisRunner(Duration.ofMinutes(5)).run(List.of(request), scenario, years,
				new NullProgressMonitor()).get(0);
	}

	@Test
	void everyMembershipOfThe2025WorldGetsProbabilitiesAndTheirReasons() {
		Scenario scenario = ExampleScenarios.scenario("multipolar-2025.entente");
		AnalysisResult result = run(scenario, IntStream.rangeClosed(2025, 2026).boxed().toList(), Map.of());
		assertEquals(AnalysisResult.Status.OK, result.status(), result::message);
		AnalysisResult.Table table = result.table("membership_risk");
		List<String> columns = table.columns();
		assertTrue(table.rows().size() > 10, table.rows().size() + " rows");
		for (List<Object> row : table.rows()) {
			double ratio = ((Number) row.get(columns.indexOf("hazard_ratio"))).doubleValue();
			double five = ((Number) row.get(columns.indexOf("within_5y"))).doubleValue();
			double ten = ((Number) row.get(columns.indexOf("within_10y"))).doubleValue();
			assertTrue(0 <= five && five <= ten && ten <= 1, row.toString());
			// The contributions are the log hazard ratio, split by covariate.
			double sum = 0;
			for (int c = columns.indexOf("within_10y") + 1; c < columns.size(); c++) {
				if (row.get(c) instanceof Number n) {
					sum += n.doubleValue();
				}
			}
			assertEquals(Math.log(ratio), sum, 1e-9, row.toString());
			assertNull(row.get(columns.indexOf("c_threat")), "threat is not in the model fitted on history");
		}
		AnalysisResult.Finding about = result.findings().stream()
				.filter(f -> f.severity() == AnalysisResult.Severity.INFO).findFirst().orElseThrow();
		assertTrue(about.drivers().stream().anyMatch(d -> d.startsWith("threat not used: the model has none")),
				about.drivers().toString());
		long warnings = result.findings().stream().filter(f -> f.severity() == AnalysisResult.Severity.WARNING)
				.count();
		assertEquals(5, warnings, "the five riskiest memberships of 2026");
	}

	@Test
	void aModelFittedUpTo1944GivesOtherAnswersThanTheShippedOne() throws Exception {
		DurabilityModel early = DurabilityFitter.fit(History.design().until(1944), TerminationEvents.termination(),
				DurabilityFitter.standardVariants(), "history", "up to 1944");
		Path file = folder.resolve("until-1944.json");
		StringWriter text = new StringWriter();
		early.write(text);
		Files.writeString(file, text.toString());
		Scenario scenario = ExampleScenarios.scenario("multipolar-2025.entente");
		List<Integer> years = List.of(2026);
		AnalysisResult shipped = run(scenario, years, Map.of());
		AnalysisResult fromFile = run(scenario, years, Map.of("model", file.toString()));
		assertEquals(AnalysisResult.Status.OK, fromFile.status(), fromFile::message);
		assertNotEquals(shipped.table("membership_risk").rows(), fromFile.table("membership_risk").rows());
		assertTrue(fromFile.findings().get(0).drivers().get(0).contains("1815-1944"),
				fromFile.findings().get(0).drivers().toString());
	}

	@Test
	void aBrokenModelFileIsNamedInTheError() throws Exception {
		Path file = folder.resolve("broken.json");
		Files.writeString(file, "{\"format\": \"something else\"}");
		AnalysisResult result = run(ExampleScenarios.scenario("multipolar-2025.entente"), List.of(2026),
				Map.of("model", file.toString()));
		assertEquals(AnalysisResult.Status.FAILED, result.status());
		assertTrue(result.message().contains(file.toString()) && result.message().contains("not a durability model"),
				result.message());
	}
}
