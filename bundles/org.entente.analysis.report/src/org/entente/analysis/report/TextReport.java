package org.entente.analysis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.entente.analysis.AnalysisResult;
import org.entente.analysis.ColumnDescriptor;
import org.entente.analysis.MetricDescriptor;
import org.entente.analysis.ResultSchema;
import org.entente.analysis.TableDescriptor;

/**
 * Analysis results as a plain-text report for the terminal: for each analysis its parameters, a table of the
 * metrics per year, its single metrics, each of its tables, and its findings with their drivers. Values are written
 * by {@link ResultFormat}.
 */
public final class TextReport {

	private TextReport() {
	}

	/** The report of {@code results}. */
	public static String of(List<AnalysisResult> results) {
		StringBuilder text = new StringBuilder();
		for (AnalysisResult result : results) {
			text.append("== ").append(result.analysisName()).append(" (").append(result.analysisId()).append(' ')
					.append(result.version()).append(") on ").append(result.scenario()).append('\n');
			text.append("parameters: ").append(result.parameters()).append('\n');
			if (result.status() != AnalysisResult.Status.OK) {
				text.append(result.status().name().toLowerCase(Locale.ROOT)).append(": ").append(result.message())
						.append("\n\n");
				continue;
			}
			ResultSchema schema = result.schema();
			List<MetricDescriptor> series = schema.reportedSeries();
			if (!series.isEmpty()) {
				List<String> header = new ArrayList<>(List.of("year"));
				series.forEach(metric -> header.add(metric.id()));
				List<List<String>> rows = new ArrayList<>();
				for (AnalysisResult.YearMetrics year : result.series()) {
					List<String> row = new ArrayList<>(List.of(Integer.toString(year.year())));
					series.forEach(metric -> row.add(ResultFormat.value(year.metrics().get(metric.id()), metric.kind())));
					rows.add(row);
				}
				appendTable(text, header, rows);
			}
			for (MetricDescriptor metric : schema.scalars()) {
				for (AnalysisResult.Metric value : result.metrics()) {
					if (value.name().equals(metric.id())) {
						text.append(ResultFormat.label(metric)).append(": ")
								.append(ResultFormat.value(value.value(), metric.kind()))
								.append(value.year() == null ? "" : " in " + value.year()).append('\n');
					}
				}
			}
			for (AnalysisResult.Table table : result.tables()) {
				TableDescriptor description = schema.table(table.name()).orElseThrow();
				text.append("\n-- ").append(description.label()).append(" (").append(table.rows().size())
						.append(table.rows().size() == 1 ? " row" : " rows").append(")\n");
				List<List<String>> rows = new ArrayList<>();
				for (List<Object> row : table.rows()) {
					List<String> cells = new ArrayList<>();
					for (int c = 0; c < table.columns().size(); c++) {
						ColumnDescriptor column = description.columns().get(c);
						cells.add(ResultFormat.value(c < row.size() ? row.get(c) : null, column.kind()));
					}
					rows.add(cells);
				}
				appendTable(text, description.columnIds(), rows);
			}
			if (!result.findings().isEmpty()) {
				text.append('\n');
			}
			for (AnalysisResult.Finding finding : result.findings()) {
				text.append("* ").append(finding.severity().name().toLowerCase(Locale.ROOT)).append(": ")
						.append(finding.message()).append('\n');
				finding.drivers().forEach(driver -> text.append("    - ").append(driver).append('\n'));
			}
			text.append('\n');
		}
		return text.toString();
	}

	/** Columns padded to their widest cell: the first left-aligned, the others right-aligned. */
	static void appendTable(StringBuilder text, List<String> header, List<List<String>> rows) {
		int[] widths = new int[header.size()];
		for (int c = 0; c < header.size(); c++) {
			widths[c] = header.get(c).length();
			for (List<String> row : rows) {
				widths[c] = Math.max(widths[c], row.get(c).length());
			}
		}
		appendRow(text, header, widths);
		for (List<String> row : rows) {
			appendRow(text, row, widths);
		}
	}

	private static void appendRow(StringBuilder text, List<String> cells, int[] widths) {
		for (int c = 0; c < cells.size(); c++) {
			String cell = cells.get(c);
			String padding = " ".repeat(widths[c] - cell.length());
			text.append(c == 0 ? cell + padding : "  " + padding + cell);
		}
		text.append('\n');
	}
}
