package org.entente.analysis.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.entente.analysis.AnalysisResult;
import org.entente.analysis.AnalysisResultReader;
import org.entente.analysis.ElementRef;
import org.entente.analysis.Partition;
import org.entente.analysis.ValueKind;
import org.entente.analysis.report.HtmlReport;
import org.entente.analysis.report.ResultComparison;
import org.entente.analysis.report.ResultFormat;
import org.entente.analysis.report.TextReport;
import org.junit.jupiter.api.Test;

/** The report engine on results read from JSON: the number format, comparisons, and reports of typed values. */
class ReportEngineTest {

	/** A result of a declared analysis, as JSON: two years, a partition, a single metric for the last year. */
	private static List<AnalysisResult> result(String scenario, double share1914, int lastYear, double energy) {
		return AnalysisResultReader.fromJson("""
				[{"analysis": "t", "name": "T", "version": "1", "scenario": "%s", "status": "ok", "parameters": {},
				  "series": [{"year": 1913, "metrics": {"share": 0.25, "camps": [["A"], ["B", "C"]]}},
				             {"year": %d, "metrics": {"share": %s, "camps": [["A", "B"], ["C"]]}}],
				  "metrics": [{"name": "energy", "value": %s, "unit": "", "year": %d}],
				  "tables": [{"name": "rows", "columns": ["year", "state", "value"], "rows": [[1913, "A", 0.5], [1913, "B", 0.25]]}],
				  "findings": [{"severity": "warning", "message": "A <b>leads</b>", "drivers": ["x & y"]}],
				  "declarations": {"metrics": [
				     {"id": "share", "label": "A share", "kind": "share", "chart": "primary"},
				     {"id": "camps", "kind": "partition", "elementType": "State"},
				     {"id": "energy", "kind": "number", "perYear": false}],
				   "tables": [{"id": "rows", "label": "Rows", "chart": "bars", "columns": [
				     {"id": "year", "kind": "year"}, {"id": "state", "kind": "element", "elementType": "State"},
				     {"id": "value", "kind": "number", "charted": true}]}]}}]
				""".formatted(scenario, lastYear, share1914, energy, lastYear));
	}

	@Test
	void numbersHaveOneFormat() {
		assertEquals("0.2857", ResultFormat.number(2.0 / 7));
		assertEquals("4.612", ResultFormat.number(4.6123));
		assertEquals("1235", ResultFormat.number(1234.6));
		assertEquals("1.235e-05", ResultFormat.number(0.0000123456));
		assertEquals("3", ResultFormat.number(3.0));
		assertEquals("0", ResultFormat.number(0));
		assertEquals("n/a", ResultFormat.number(Double.NaN));
		assertEquals("1914", ResultFormat.value(1914, ValueKind.YEAR));
		assertEquals("yes", ResultFormat.value(true, ValueKind.BOOLEAN));
		assertEquals("A, B | C", ResultFormat.value(Partition.of(List.of(ElementRef.named("A", "State"),
				ElementRef.named("B", "State")), List.of(ElementRef.named("C", "State"))), ValueKind.PARTITION));
	}

	@Test
	void comparisonsFindWhatDiffersYearByYearAndOneYearBesideAnother() {
		List<AnalysisResult> base = result("base", 0.5, 1914, 1.0);
		List<AnalysisResult> variant = result("variant", 0.6, 1915, 1.0);
		ResultComparison byYear = ResultComparison.byYear(base, variant);
		ResultComparison.Row share1913 = byYear.rows().stream()
				.filter(r -> r.metric().id().equals("share") && r.yearA() == 1913).findFirst().orElseThrow();
		assertFalse(share1913.differs());
		assertEquals(0.0, share1913.difference());
		assertTrue(byYear.rows().stream().anyMatch(r -> r.yearA() == 1914 && r.inA() && !r.inB()),
				"a year only one side has is listed, not counted as a difference");
		// single metrics are matched by their year: energy of 1914 and of 1915 are not the same value compared
		assertTrue(byYear.rows().stream().filter(r -> r.metric().id().equals("energy")).noneMatch(ResultComparison.Row::differs));
		assertEquals(0, byYear.differences());

		ResultComparison years = ResultComparison.years(base, 1914, variant, 1915);
		ResultComparison.Row share = years.rows().stream().filter(r -> r.metric().id().equals("share")).findFirst()
				.orElseThrow();
		assertTrue(share.differs());
		assertEquals(0.1, share.difference(), 1e-12);
		assertNull(years.rows().stream().filter(r -> r.metric().id().equals("camps")).findFirst().orElseThrow()
				.difference(), "partitions have no difference, only differ or not");
		assertEquals(1, years.differences(), "the camps are the same in both years");
	}

	@Test
	void reportsShowTablesTypedValuesAndEscapeText() {
		List<AnalysisResult> results = result("s", 0.5, 1914, 2.5);
		String text = TextReport.of(results);
		assertTrue(text.contains("-- Rows (2 rows)"), text);
		assertTrue(text.contains("A, B | C"), text);
		assertTrue(text.contains("energy: 2.5 in 1914"), text);
		String html = HtmlReport.of(results);
		assertTrue(html.contains("aria-label=\"share over the years\"><svg"), "the declared share is charted");
		assertTrue(html.contains("aria-label=\"rows chart\"><svg"), "the table is charted");
		assertTrue(html.contains("A &lt;b&gt;leads&lt;/b&gt;") && html.contains("x &amp; y"), "texts are escaped");
		assertTrue(html.contains("<div class=\"camp\">A, B</div><div class=\"camp\">C</div>"), "the last year's camps");
	}
}
