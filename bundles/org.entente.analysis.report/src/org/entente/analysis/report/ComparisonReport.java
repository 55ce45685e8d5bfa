package org.entente.analysis.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.entente.analysis.ValueKind;
import org.entente.analysis.report.ResultComparison.Row;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** A {@link ResultComparison} written as text, CSV, JSON or HTML. */
public final class ComparisonReport {

	private ComparisonReport() {
	}

	/** The comparison as a table for the terminal, with the number of differing rows. */
	public static String text(ResultComparison comparison) {
		List<List<String>> rows = new ArrayList<>();
		for (Row row : comparison.rows()) {
			rows.add(cells(row, true));
		}
		StringBuilder text = new StringBuilder();
		TextReport.appendTable(text, header(comparison), rows);
		text.append(comparison.differences()).append(" of ").append(comparison.rows().size())
				.append(" values differ (marked *)\n");
		return text.toString();
	}

	/** The comparison as CSV: full precision, a column saying whether the row differs. */
	public static String csv(ResultComparison comparison) {
		StringWriter csv = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
			printer.printRecord(List.of("analysis", "year_a", "year_b", "metric", "value_a", "value_b", "difference",
					"differs"));
			for (Row row : comparison.rows()) {
				printer.printRecord(row.analysisId(), row.yearA() == null ? "" : row.yearA(),
						row.yearB() == null ? "" : row.yearB(), row.metric().id(), data(row.a()), data(row.b()),
						row.difference() == null ? "" : row.difference(), row.differs());
			}
		} catch (IOException cannotHappen) {
			throw new UncheckedIOException(cannotHappen);
		}
		return csv.toString();
	}

	/** The comparison as JSON: {@code {"a": name, "b": name, "differences": n, "rows": [...]}}. */
	public static String json(ResultComparison comparison) {
		JsonObject json = new JsonObject();
		json.addProperty("a", comparison.nameA());
		json.addProperty("b", comparison.nameB());
		json.addProperty("differences", comparison.differences());
		JsonArray rows = new JsonArray();
		for (Row row : comparison.rows()) {
			JsonObject entry = new JsonObject();
			entry.addProperty("analysis", row.analysisId());
			if (row.yearA() != null) {
				entry.addProperty("year_a", row.yearA());
			}
			if (row.yearB() != null) {
				entry.addProperty("year_b", row.yearB());
			}
			entry.addProperty("metric", row.metric().id());
			entry.addProperty("kind", row.metric().kind().id());
			entry.addProperty("value_a", data(row.a()));
			entry.addProperty("value_b", data(row.b()));
			if (row.difference() != null && Double.isFinite(row.difference())) {
				entry.addProperty("difference", row.difference());
			}
			entry.addProperty("differs", row.differs());
			rows.add(entry);
		}
		json.add("rows", rows);
		return new GsonBuilder().setPrettyPrinting().create().toJson(json) + "\n";
	}

	/** The comparison as a self-contained HTML page, differing rows highlighted. */
	public static String html(ResultComparison comparison) {
		StringBuilder html = new StringBuilder();
		HtmlReport.page(html, "Entente comparison of " + comparison.nameA() + " and " + comparison.nameB());
		html.append("<p>").append(comparison.differences()).append(" of ").append(comparison.rows().size())
				.append(" values differ.</p>\n<table><tr>");
		header(comparison).forEach(h -> html.append("<th>").append(HtmlReport.escape(h)).append("</th>"));
		html.append("</tr>\n");
		for (Row row : comparison.rows()) {
			html.append(row.differs() ? "<tr class=\"differs\">" : "<tr>");
			List<String> cells = cells(row, false);
			for (int c = 0; c < cells.size(); c++) {
				html.append(c < 3 ? "<td class=\"text\">" : "<td>").append(HtmlReport.escape(cells.get(c)))
						.append("</td>");
			}
			html.append("</tr>\n");
		}
		html.append("</table>\n</body></html>\n");
		return html.toString();
	}

	private static List<String> header(ResultComparison comparison) {
		return List.of("analysis", "year", "metric", comparison.nameA(), comparison.nameB(), "difference");
	}

	private static List<String> cells(Row row, boolean markDifferences) {
		ValueKind kind = row.metric().kind();
		return List.of(row.analysisName(), row.years(), (markDifferences && row.differs() ? "* " : "") + row.metric().id(),
				row.inA() ? ResultFormat.value(row.a(), kind) : "(no such year)",
				row.inB() ? ResultFormat.value(row.b(), kind) : "(no such year)",
				row.difference() == null ? "" : ResultFormat.number(row.difference()));
	}

	private static String data(Object value) {
		return value instanceof Double d ? (Double.isFinite(d) ? Double.toString(d) : "")
				: value == null ? "" : ResultFormat.value(value, ValueKind.TEXT);
	}
}
