package org.entente.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.entente.analysis.AnalysisResult;

/** Analysis results as a plain-text report for the terminal: a table of the metrics per year, then the findings. */
final class TextReport {

	private TextReport() {
	}

	static String of(List<AnalysisResult> results) {
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
			Set<String> names = new LinkedHashSet<>();
			result.series().forEach(year -> names.addAll(year.metrics().keySet()));
			List<String> header = new ArrayList<>(List.of("year"));
			header.addAll(names);
			List<List<String>> rows = new ArrayList<>();
			for (AnalysisResult.YearMetrics year : result.series()) {
				List<String> row = new ArrayList<>(List.of(Integer.toString(year.year())));
				for (String name : names) {
					row.add(cell(year.metrics().get(name)));
				}
				rows.add(row);
			}
			appendTable(text, header, rows);
			for (AnalysisResult.Finding finding : result.findings()) {
				text.append("* ").append(finding.severity().name().toLowerCase(Locale.ROOT)).append(": ")
						.append(finding.message()).append('\n');
				finding.drivers().forEach(driver -> text.append("    - ").append(driver).append('\n'));
			}
			text.append('\n');
		}
		return text.toString();
	}

	private static String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double number) {
			return String.format(Locale.ROOT, "%.4f", number);
		}
		return String.valueOf(value);
	}

	private static void appendTable(StringBuilder text, List<String> header, List<List<String>> rows) {
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
			text.append(String.format(Locale.ROOT, c == 0 ? "%-" + widths[c] + "s" : "  %" + widths[c] + "s",
					cells.get(c)));
		}
		text.append('\n');
	}
}
