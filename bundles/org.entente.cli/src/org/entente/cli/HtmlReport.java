package org.entente.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.entente.analysis.AnalysisResult;

/**
 * Analysis results as one self-contained HTML file (no scripts, no external resources): for each analysis its
 * parameters, a line chart (inline SVG) of each numeric metric over the years, the camps of the last year when the
 * analysis reports them, the metrics table and the findings with their drivers.
 */
final class HtmlReport {

	private static final String[] COLORS = { "#1f4e79", "#c0504d", "#2e8b57", "#d4a017", "#6a3d9a", "#ff7f0e" };

	private HtmlReport() {
	}

	static String of(List<AnalysisResult> results) {
		StringBuilder html = new StringBuilder();
		String scenario = results.isEmpty() ? "" : results.get(0).scenario();
		html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Entente analysis of ")
				.append(escape(scenario)).append("</title>\n<style>")
				.append("body{font-family:sans-serif;margin:2em;color:#222}h1{font-size:1.5em}h2{border-bottom:1px solid #ccc}")
				.append("table{border-collapse:collapse;font-size:.85em}td,th{border:1px solid #ddd;padding:2px 6px;text-align:right}")
				.append("th{background:#f3f3f3}.charts{display:flex;flex-wrap:wrap;gap:1em}.camp{display:inline-block;vertical-align:top;")
				.append("margin-right:2em;padding:.5em 1em;border-radius:6px;background:#eef3f8}.finding{margin:.3em 0}")
				.append(".warning{color:#a15c00}.error{color:#b00}</style></head><body>\n");
		html.append("<h1>Entente analysis of ").append(escape(scenario)).append("</h1>\n");
		for (AnalysisResult result : results) {
			html.append("<h2>").append(escape(result.analysisName())).append(" <small>(").append(escape(result.analysisId()))
					.append(' ').append(escape(result.version())).append(")</small></h2>\n");
			html.append("<p>Parameters: ").append(escape(result.parameters().toString())).append("</p>\n");
			if (result.status() != AnalysisResult.Status.OK) {
				html.append("<p class=\"error\">").append(escape(result.status().name().toLowerCase(Locale.ROOT)))
						.append(": ").append(escape(result.message())).append("</p>\n");
				continue;
			}
			Set<String> names = new LinkedHashSet<>();
			result.series().forEach(year -> names.addAll(year.metrics().keySet()));
			html.append("<div class=\"charts\">\n");
			int color = 0;
			for (String name : names) {
				if (isNumeric(result, name) && result.series().size() > 1) {
					html.append(chart(result, name, COLORS[color++ % COLORS.length]));
				}
			}
			html.append("</div>\n");
			camps(html, result);
			table(html, result, names);
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
		html.append("</body></html>\n");
		return html.toString();
	}

	private static boolean isNumeric(AnalysisResult result, String name) {
		return result.series().stream().map(y -> y.metrics().get(name))
				.allMatch(v -> v == null || v instanceof Number) && !"states".equals(name);
	}

	/** A line chart of one metric over the years, 360 x 200, with its range on the axes. */
	static String chart(AnalysisResult result, String name, String color) {
		List<double[]> points = new ArrayList<>();
		for (AnalysisResult.YearMetrics year : result.series()) {
			Object value = year.metrics().get(name);
			if (value instanceof Number number) {
				points.add(new double[] { year.year(), number.doubleValue() });
			}
		}
		if (points.size() < 2) {
			return "";
		}
		double minX = points.get(0)[0];
		double maxX = points.get(points.size() - 1)[0];
		double minY = points.stream().mapToDouble(p -> p[1]).min().orElse(0);
		double maxY = points.stream().mapToDouble(p -> p[1]).max().orElse(1);
		if (maxY - minY < 1e-9) {
			maxY = minY + 1;
		}
		double left = 50;
		double top = 20;
		double width = 290;
		double height = 150;
		StringBuilder path = new StringBuilder();
		for (double[] p : points) {
			double x = left + (p[0] - minX) / Math.max(1, maxX - minX) * width;
			double y = top + height - (p[1] - minY) / (maxY - minY) * height;
			path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
		}
		return String.format(Locale.ROOT, """
				<svg xmlns="http://www.w3.org/2000/svg" width="360" height="200" role="img" aria-label="%1$s over the years">
				<text x="180" y="14" text-anchor="middle" font-size="12">%1$s</text>
				<line x1="%2$.0f" y1="%3$.0f" x2="%2$.0f" y2="%4$.0f" stroke="#999"/>
				<line x1="%2$.0f" y1="%4$.0f" x2="%5$.0f" y2="%4$.0f" stroke="#999"/>
				<text x="%6$.0f" y="%3$.0f" text-anchor="end" font-size="10">%7$s</text>
				<text x="%6$.0f" y="%4$.0f" text-anchor="end" font-size="10">%8$s</text>
				<text x="%2$.0f" y="%9$.0f" font-size="10">%10$d</text>
				<text x="%5$.0f" y="%9$.0f" text-anchor="end" font-size="10">%11$d</text>
				<path d="%12$s" fill="none" stroke="%13$s" stroke-width="2"/>
				</svg>
				""", escape(name), left, top, top + height, left + width, left - 4, number(maxY), number(minY),
				top + height + 14, (int) minX, (int) maxX, path, color);
	}

	private static void camps(StringBuilder html, AnalysisResult result) {
		AnalysisResult.YearMetrics last = result.series().isEmpty() ? null
				: result.series().get(result.series().size() - 1);
		if (last == null || !(last.metrics().get("camps") instanceof String camps) || !camps.contains("|")) {
			return;
		}
		String[] sides = camps.split("\\|");
		html.append("<p>Camps in ").append(last.year()).append(":</p>\n");
		for (String side : sides) {
			html.append("<div class=\"camp\">").append(escape(side.trim().replace(",", ", "))).append("</div>");
		}
		html.append('\n');
	}

	private static void table(StringBuilder html, AnalysisResult result, Set<String> names) {
		html.append("<table><tr><th>year</th>");
		names.forEach(name -> html.append("<th>").append(escape(name)).append("</th>"));
		html.append("</tr>\n");
		for (AnalysisResult.YearMetrics year : result.series()) {
			html.append("<tr><td>").append(year.year()).append("</td>");
			Map<String, Object> metrics = year.metrics();
			for (String name : names) {
				Object value = metrics.get(name);
				html.append("<td>").append(escape(value instanceof Double d ? number(d) : value == null ? "" : value.toString()))
						.append("</td>");
			}
			html.append("</tr>\n");
		}
		html.append("</table>\n");
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.4g", value);
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
