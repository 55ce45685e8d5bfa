package org.entente.analysis.report;

import java.util.List;
import java.util.Locale;

import org.entente.analysis.AnalysisResult;
import org.entente.analysis.ColumnDescriptor;
import org.entente.analysis.MetricDescriptor;
import org.entente.analysis.Partition;
import org.entente.analysis.ResultSchema;
import org.entente.analysis.TableDescriptor;
import org.entente.analysis.ValueKind;
import org.jfree.chart.JFreeChart;

/**
 * Analysis results as one self-contained HTML file (no scripts, no external resources): for each analysis its
 * parameters, a chart of each chartable metric over the years, the last year's partitions (the camps), the metrics
 * by year, its single metrics, each table with its chart, and the findings with their drivers. The charts are the
 * workbench's ({@link ResultCharts}) written as inline SVG.
 */
public final class HtmlReport {

	private static final int CHART_WIDTH = 420;
	private static final int CHART_HEIGHT = 260;

	private HtmlReport() {
	}

	/** The report of {@code results}. */
	public static String of(List<AnalysisResult> results) {
		StringBuilder html = new StringBuilder();
		String scenario = results.isEmpty() ? "" : results.get(0).scenario();
		page(html, "Entente analysis of " + scenario);
		for (AnalysisResult result : results) {
			html.append("<h2>").append(escape(result.analysisName())).append(" <small>(").append(escape(result.analysisId()))
					.append(' ').append(escape(result.version())).append(")</small></h2>\n");
			html.append("<p>Parameters: ").append(escape(result.parameters().toString())).append("</p>\n");
			if (result.status() != AnalysisResult.Status.OK) {
				html.append("<p class=\"error\">").append(escape(result.status().name().toLowerCase(Locale.ROOT)))
						.append(": ").append(escape(result.message())).append("</p>\n");
				continue;
			}
			ResultSchema schema = result.schema();
			if (result.series().size() > 1) {
				html.append("<div class=\"charts\">\n");
				for (MetricDescriptor metric : schema.chartable()) {
					JFreeChart chart = ResultCharts.seriesChart(result, List.of(metric), metric.label());
					chart.removeLegend();
					figure(html, metric.id() + " over the years", chart, metric.description());
				}
				html.append("</div>\n");
			}
			partitions(html, result, schema);
			seriesTable(html, result, schema);
			scalars(html, result, schema);
			for (AnalysisResult.Table table : result.tables()) {
				table(html, result, table, schema.table(table.name()).orElseThrow());
			}
			findings(html, result);
		}
		html.append("</body></html>\n");
		return html.toString();
	}

	static void page(StringBuilder html, String title) {
		html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
				.append("</title>\n<style>")
				.append("body{font-family:sans-serif;margin:2em;color:#222}h1{font-size:1.5em}h2{border-bottom:1px solid #ccc}")
				.append("table{border-collapse:collapse;font-size:.85em;margin:.5em 0}td,th{border:1px solid #ddd;padding:2px 6px;text-align:right}")
				.append("th{background:#f3f3f3}td.text{text-align:left}.charts{display:flex;flex-wrap:wrap;gap:1em}figure{margin:0}")
				.append("figcaption{font-size:.8em;color:#555;max-width:420px}.camp{display:inline-block;vertical-align:top;")
				.append("margin-right:2em;padding:.5em 1em;border-radius:6px;background:#eef3f8}.finding{margin:.3em 0}")
				.append(".differs{background:#ffecb3}.warning{color:#a15c00}.error{color:#b00}</style></head><body>\n");
		html.append("<h1>").append(escape(title)).append("</h1>\n");
	}

	private static void figure(StringBuilder html, String label, JFreeChart chart, String caption) {
		html.append("<figure class=\"chart\" aria-label=\"").append(escape(label)).append("\">")
				.append(ResultCharts.svgElement(chart, CHART_WIDTH, CHART_HEIGHT));
		if (caption != null && !caption.isEmpty()) {
			html.append("<figcaption>").append(escape(caption)).append("</figcaption>");
		}
		html.append("</figure>\n");
	}

	/** The last year's value of each partition metric, one box per side. */
	private static void partitions(StringBuilder html, AnalysisResult result, ResultSchema schema) {
		for (MetricDescriptor metric : schema.reportedSeries()) {
			if (metric.kind() != ValueKind.PARTITION) {
				continue;
			}
			for (int i = result.series().size() - 1; i >= 0; i--) {
				AnalysisResult.YearMetrics year = result.series().get(i);
				if (year.metrics().get(metric.id()) instanceof Partition partition) {
					html.append("<p>").append(escape(metric.label())).append(" in ").append(year.year()).append(":</p>\n");
					for (var side : partition.sides()) {
						html.append("<div class=\"camp\">").append(escape(ResultFormat.value(side, ValueKind.ELEMENTS)))
								.append("</div>");
					}
					html.append('\n');
					break;
				}
			}
		}
	}

	private static void seriesTable(StringBuilder html, AnalysisResult result, ResultSchema schema) {
		List<MetricDescriptor> series = schema.reportedSeries();
		if (series.isEmpty()) {
			return;
		}
		html.append("<table><tr><th>year</th>");
		series.forEach(metric -> html.append("<th title=\"").append(escape(metric.description())).append("\">")
				.append(escape(metric.id())).append("</th>"));
		html.append("</tr>\n");
		for (AnalysisResult.YearMetrics year : result.series()) {
			html.append("<tr><td>").append(year.year()).append("</td>");
			for (MetricDescriptor metric : series) {
				cell(html, year.metrics().get(metric.id()), metric.kind());
			}
			html.append("</tr>\n");
		}
		html.append("</table>\n");
	}

	private static void scalars(StringBuilder html, AnalysisResult result, ResultSchema schema) {
		List<MetricDescriptor> scalars = schema.scalars();
		if (scalars.isEmpty()) {
			return;
		}
		html.append("<table><tr><th>metric</th><th>value</th><th>year</th></tr>\n");
		for (MetricDescriptor metric : scalars) {
			for (AnalysisResult.Metric value : result.metrics()) {
				if (value.name().equals(metric.id())) {
					html.append("<tr><td class=\"text\" title=\"").append(escape(metric.description())).append("\">")
							.append(escape(ResultFormat.label(metric))).append("</td>");
					cell(html, value.value(), metric.kind());
					html.append("<td>").append(value.year() == null ? "" : value.year()).append("</td></tr>\n");
				}
			}
		}
		html.append("</table>\n");
	}

	private static void table(StringBuilder html, AnalysisResult result, AnalysisResult.Table table,
			TableDescriptor description) {
		html.append("<h3>").append(escape(description.label())).append("</h3>\n");
		if (!description.description().isEmpty()) {
			html.append("<p>").append(escape(description.description())).append("</p>\n");
		}
		JFreeChart chart = ResultCharts.tableChart(table, description, result.scenario());
		if (chart != null) {
			figure(html, description.id() + " chart", chart, null);
		}
		html.append("<table><tr>");
		description.columns().forEach(column -> html.append("<th title=\"").append(escape(column.description()))
				.append("\">").append(escape(column.label())).append("</th>"));
		html.append("</tr>\n");
		for (List<Object> row : table.rows()) {
			html.append("<tr>");
			for (int c = 0; c < description.columns().size(); c++) {
				ColumnDescriptor column = description.columns().get(c);
				cell(html, c < row.size() ? row.get(c) : null, column.kind());
			}
			html.append("</tr>\n");
		}
		html.append("</table>\n");
	}

	private static void findings(StringBuilder html, AnalysisResult result) {
		for (AnalysisResult.Finding finding : result.findings()) {
			String severity = finding.severity().name().toLowerCase(Locale.ROOT);
			html.append("<div class=\"finding ").append(severity).append("\"><b>").append(severity).append("</b>: ")
					.append(escape(finding.message()));
			if (!finding.drivers().isEmpty()) {
				html.append("<ul>");
				finding.drivers().forEach(d -> html.append("<li>").append(escape(d)).append("</li>"));
				html.append("</ul>");
			}
			html.append("</div>\n");
		}
	}

	static void cell(StringBuilder html, Object value, ValueKind kind) {
		html.append(kind.isNumeric() ? "<td>" : "<td class=\"text\">").append(escape(ResultFormat.value(value, kind)))
				.append("</td>");
	}

	/** {@code text} with the HTML metacharacters escaped. */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
