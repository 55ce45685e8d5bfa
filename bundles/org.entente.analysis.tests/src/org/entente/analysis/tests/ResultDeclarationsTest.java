package org.entente.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.entente.analysis.AnalysisDescriptor;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.AnalysisResultReader;
import org.entente.analysis.AnalysisResultWriter;
import org.entente.analysis.AnalysisRunner;
import org.entente.analysis.AnalysisRunner.Request;
import org.entente.analysis.ColumnDescriptor;
import org.entente.analysis.ElementRef;
import org.entente.analysis.MetricDescriptor;
import org.entente.analysis.MetricDescriptor.ChartRole;
import org.entente.analysis.ParameterDescriptor;
import org.entente.analysis.Partition;
import org.entente.analysis.ResultSchema;
import org.entente.analysis.ScenarioAnalysis;
import org.entente.analysis.TableDescriptor;
import org.entente.analysis.ValueKind;
import org.entente.model.Scenario;
import org.entente.model.world.Years;
import org.entente.testing.ExampleScenarios;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonParser;

/**
 * Results describe themselves: declared metrics and tables travel with the result, values are checked against them,
 * the JSON carries them and reads back typed, and results of plug-ins that declare nothing are described from their
 * values.
 */
class ResultDeclarationsTest {

	private static final MetricDescriptor SHARE = new MetricDescriptor("share", "A share", ValueKind.SHARE, "", null,
			null, true, ChartRole.PRIMARY, List.of(), "", "");
	private static final MetricDescriptor CAMPS = new MetricDescriptor("camps", null, ValueKind.PARTITION, null, null,
			null, true, null, null, "State", null);
	private static final MetricDescriptor KIND = new MetricDescriptor("kind", null, ValueKind.CATEGORY, null, null,
			null, true, null, List.of("a", "b"), null, null);
	private static final MetricDescriptor TOTAL = new MetricDescriptor("total", null, ValueKind.COUNT, "states", null,
			null, false, null, null, null, null);
	private static final TableDescriptor ROWS = new TableDescriptor("rows", "Rows", "", List.of(
			new ColumnDescriptor("year", null, ValueKind.YEAR, null, false, null, null),
			new ColumnDescriptor("state", null, ValueKind.ELEMENT, null, false, "State", null),
			new ColumnDescriptor("value", null, ValueKind.NUMBER, null, true, null, null)), TableDescriptor.Chart.BARS,
			null);

	private static AnalysisResult run(Function<AnalysisResult.Builder, AnalysisResult.Builder> body,
			List<MetricDescriptor> metrics, List<TableDescriptor> tables) {
		ScenarioAnalysis analysis = (context, monitor) -> body.apply(AnalysisResult.builder(context)).build();
		AnalysisDescriptor descriptor = new AnalysisDescriptor("test.inline", "Inline", "Tests", "", "1.0", List.of(),
				() -> analysis, metrics, tables);
		Scenario scenario = ExampleScenarios.scenario("europe-1914.entente");
		return new AnalysisRunner().run(List.of(new Request(descriptor, Map.of())), scenario, List.of(1900, 1901),
				new NullProgressMonitor()).get(0);
	}

	private static final ElementRef GMY = ElementRef.named("GMY", "State");
	private static final ElementRef FRN = ElementRef.named("FRN", "State");

	private static AnalysisResult declared() {
		return run(b -> b.year(1900).put("share", 0.25).put("camps", Partition.of(List.of(GMY), List.of(FRN)))
				.put("kind", "a").done().year(1901).put("share", 0.5).done().metric("total", 6, 1901)
				.table("rows", List.of(List.of(1900, GMY, 1.5), List.of(1901, FRN, 2.5))),
				List.of(SHARE, CAMPS, KIND, TOTAL), List.of(ROWS));
	}

	@Test
	void aResultCarriesItsDeclarationsAndTheJsonReadsBackTyped() {
		AnalysisResult result = declared();
		assertEquals(AnalysisResult.Status.OK, result.status(), result::message);
		String json = AnalysisResultWriter.toJson(List.of(result));
		var declarations = JsonParser.parseString(json).getAsJsonArray().get(0).getAsJsonObject()
				.getAsJsonObject("declarations");
		assertEquals("partition", declarations.getAsJsonArray("metrics").get(1).getAsJsonObject().get("kind").getAsString());
		assertEquals("[[\"GMY\"],[\"FRN\"]]", JsonParser.parseString(json).getAsJsonArray().get(0).getAsJsonObject()
				.getAsJsonArray("series").get(0).getAsJsonObject().getAsJsonObject("metrics").get("camps").toString());

		AnalysisResult read = AnalysisResultReader.fromJson(json).get(0);
		assertEquals(result.declaredMetrics(), read.declaredMetrics());
		assertEquals(result.declaredTables(), read.declaredTables());
		assertEquals(result.year(1900).metrics(), read.year(1900).metrics(), "values typed again: partition, element");
		assertEquals(result.tables(), read.tables());
		assertEquals(result.metrics(), read.metrics());
		assertEquals(json, AnalysisResultWriter.toJson(List.of(read)), "what is read writes back the same");
	}

	@Test
	void theSchemaListsDeclaredMetricsInOrderAndChartsThePrimaryOnes() {
		ResultSchema schema = declared().schema();
		assertEquals(List.of("share", "camps", "kind"), schema.series().stream().map(MetricDescriptor::id).toList());
		assertEquals(List.of("total"), schema.scalars().stream().map(MetricDescriptor::id).toList());
		assertEquals(List.of(SHARE), schema.charted());
		assertEquals(ROWS, schema.table("rows").orElseThrow());
	}

	@Test
	void undeclaredResultsAreDescribedFromTheirValues() {
		AnalysisResult result = run(b -> b.year(1900, Map.of("GMY", 0.5, "FRN", 0.25, "count", 3, "label", "x"))
				.table("t", List.of("year", "state", "value"), List.of(List.of(1900, "GMY", 0.5))), List.of(), List.of());
		ResultSchema schema = result.schema();
		assertEquals(ValueKind.COUNT, schema.metric("count").orElseThrow().kind());
		assertEquals(ValueKind.TEXT, schema.metric("label").orElseThrow().kind());
		assertEquals(3, schema.charted().size(), "every number, up to four, when none is primary");
		TableDescriptor table = schema.table("t").orElseThrow();
		assertEquals(ValueKind.YEAR, table.columns().get(0).kind());
		assertEquals(List.of("value"), table.chartedColumns().stream().map(ColumnDescriptor::id).toList());
	}

	@Test
	void valuesTheDeclarationsDoNotAllowFailTheRunWithTheReason() {
		assertFailsWith(b -> b.year(1900).put("unknown", 1.0).done(), "reports the per-year metric 'unknown', which it"
				+ " does not declare");
		assertFailsWith(b -> b.year(1900).put("share", 1.5).done(), "reports for 'share' in 1900: 1.5 is outside the "
				+ "declared range [0, 1]");
		assertFailsWith(b -> b.year(1900).put("share", Double.NaN).done(), "NaN is not a finite number");
		assertFailsWith(b -> b.year(1900).put("share", "half").done(), "is not a value of kind share");
		assertFailsWith(b -> b.year(1900).put("kind", "c").done(), "'c' is not one of the declared categories a, b");
		assertFailsWith(b -> b.table("rows", List.of(List.of(1900, "GMY", 1.0))), "column 'state': a String (GMY) is "
				+ "not a value of kind element");
		assertFailsWith(b -> b.metric("share", 0.5, null), "reports the single metric 'share', which it does not "
				+ "declare with perYear=\"false\"");
	}

	private static void assertFailsWith(Function<AnalysisResult.Builder, AnalysisResult.Builder> body, String reason) {
		AnalysisResult result = run(body, List.of(SHARE, CAMPS, KIND, TOTAL), List.of(ROWS));
		assertEquals(AnalysisResult.Status.FAILED, result.status());
		assertTrue(result.message().contains("the analysis 'test.inline' " ) && result.message().contains(reason),
				result.message());
	}

	@Test
	void noNonFiniteNumberReachesTheJson() {
		AnalysisResult result = run(b -> b.year(1900, Map.of("x", Double.NaN, "y", Double.POSITIVE_INFINITY)), List.of(),
				List.of());
		String json = AnalysisResultWriter.toJson(List.of(result));
		assertFalse(json.contains("NaN") || json.contains("Infinity"), json);
		assertTrue(JsonParser.parseString(json).getAsJsonArray().get(0).getAsJsonObject().getAsJsonArray("series").get(0)
				.getAsJsonObject().getAsJsonObject("metrics").get("x").isJsonNull());
		assertTrue(AnalysisResultWriter.toCsv(List.of(result)).contains("test.inline,europe1914,1900,,"));
	}

	@Test
	void parametersAreCheckedAgainstTheirDeclaredRange() {
		ParameterDescriptor limit = new ParameterDescriptor("limit", ParameterDescriptor.Type.INTEGER, "25", List.of(),
				"", 1.0, 30.0, false);
		assertNull(limit.problem("30"));
		assertEquals("parameter 'limit' must be a number from 1 to 30, not 31", limit.problem("31"));
		assertTrue(limit.problem("3000000000").contains("must be a whole number from -2147483648 to 2147483647"),
				limit.problem("3000000000"));
		ParameterDescriptor weight = new ParameterDescriptor("w", ParameterDescriptor.Type.DECIMAL, "1", List.of(), "");
		assertEquals("parameter 'w' must be a finite number, not 'NaN'", weight.problem("NaN"));
		assertEquals("parameter 'w' must be a finite number, not '1e999'", weight.problem("1e999"));
		ParameterDescriptor kinds = new ParameterDescriptor("kinds", ParameterDescriptor.Type.CHOICE, "a,b",
				List.of("a", "b", "c"), "", null, null, true);
		assertNull(kinds.problem("a, c"));
		assertTrue(kinds.problem("a,d").contains("a comma-separated set of a, b, c"), kinds.problem("a,d"));
	}

	@Test
	void yearSelectionsAreBounded() {
		assertEquals(List.of(1900, 1901, 1902, 1914), Years.parse("1900-1902,1914"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> Years.parse("1-2000000000")).getMessage()
				.contains("more than the 10000"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> Years.parse("1914-1900")).getMessage()
				.contains("end before they start"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> Years.parse("nineteen")).getMessage()
				.contains("is not a selection of years"));
	}
}
