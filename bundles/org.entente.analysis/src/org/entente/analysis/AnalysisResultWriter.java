package org.entente.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Writes analysis results as JSON or CSV. The JSON form is a contract (tested): a list of objects
 * {@code {"analysis": id, "version", "scenario", "status", "parameters": {...}, "series": [{"year": Y, "metrics":
 * {name: value}}], "metrics", "tables", "findings": [...]}}.
 */
public final class AnalysisResultWriter {

	private AnalysisResultWriter() {
	}

	/** The results as a JSON array, pretty-printed. */
	public static String toJson(List<AnalysisResult> results) {
		JsonArray array = new JsonArray();
		results.forEach(result -> array.add(toJsonObject(result)));
		return new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create().toJson(array);
	}

	static JsonObject toJsonObject(AnalysisResult result) {
		JsonObject json = new JsonObject();
		json.addProperty("analysis", result.analysisId());
		json.addProperty("name", result.analysisName());
		json.addProperty("version", result.version());
		json.addProperty("scenario", result.scenario());
		json.addProperty("status", result.status().name().toLowerCase());
		if (result.message() != null) {
			json.addProperty("message", result.message());
		}
		JsonObject parameters = new JsonObject();
		result.parameters().forEach(parameters::addProperty);
		json.add("parameters", parameters);
		JsonArray series = new JsonArray();
		for (AnalysisResult.YearMetrics year : result.series()) {
			JsonObject entry = new JsonObject();
			entry.addProperty("year", year.year());
			JsonObject metrics = new JsonObject();
			year.metrics().forEach((name, value) -> metrics.add(name, primitive(value)));
			entry.add("metrics", metrics);
			series.add(entry);
		}
		json.add("series", series);
		JsonArray metrics = new JsonArray();
		for (AnalysisResult.Metric metric : result.metrics()) {
			JsonObject entry = new JsonObject();
			entry.addProperty("name", metric.name());
			entry.addProperty("value", metric.value());
			entry.addProperty("unit", metric.unit());
			if (metric.year() != null) {
				entry.addProperty("year", metric.year());
			}
			metrics.add(entry);
		}
		json.add("metrics", metrics);
		JsonArray tables = new JsonArray();
		for (AnalysisResult.Table table : result.tables()) {
			JsonObject entry = new JsonObject();
			entry.addProperty("name", table.name());
			JsonArray columns = new JsonArray();
			table.columns().forEach(columns::add);
			entry.add("columns", columns);
			JsonArray rows = new JsonArray();
			for (List<Object> row : table.rows()) {
				JsonArray cells = new JsonArray();
				row.forEach(cell -> cells.add(primitive(cell)));
				rows.add(cells);
			}
			entry.add("rows", rows);
			tables.add(entry);
		}
		json.add("tables", tables);
		JsonArray findings = new JsonArray();
		for (AnalysisResult.Finding finding : result.findings()) {
			JsonObject entry = new JsonObject();
			entry.addProperty("severity", finding.severity().name().toLowerCase());
			entry.addProperty("message", finding.message());
			if (finding.element() != null) {
				entry.addProperty("element", finding.element());
			}
			if (finding.elementUri() != null) {
				entry.addProperty("uri", finding.elementUri());
			}
			if (finding.year() != null) {
				entry.addProperty("year", finding.year());
			}
			JsonArray drivers = new JsonArray();
			finding.drivers().forEach(drivers::add);
			entry.add("drivers", drivers);
			findings.add(entry);
		}
		json.add("findings", findings);
		return json;
	}

	private static JsonPrimitive primitive(Object value) {
		if (value instanceof Number number) {
			return new JsonPrimitive(number);
		}
		if (value instanceof Boolean bool) {
			return new JsonPrimitive(bool);
		}
		return new JsonPrimitive(String.valueOf(value));
	}

	/**
	 * The results' series as CSV: one row per analysis and year, a column per metric name (the union over all
	 * results), RFC 4180 quoting.
	 */
	public static String toCsv(List<AnalysisResult> results) {
		Set<String> names = new LinkedHashSet<>();
		results.forEach(result -> result.series().forEach(year -> names.addAll(year.metrics().keySet())));
		List<String> header = new ArrayList<>(List.of("analysis", "scenario", "year"));
		header.addAll(names);
		StringBuilder csv = new StringBuilder();
		appendRow(csv, header);
		for (AnalysisResult result : results) {
			for (AnalysisResult.YearMetrics year : result.series()) {
				List<String> row = new ArrayList<>(List.of(result.analysisId(), String.valueOf(result.scenario()),
						Integer.toString(year.year())));
				Map<String, Object> metrics = year.metrics();
				for (String name : names) {
					Object value = metrics.get(name);
					row.add(value == null ? "" : String.valueOf(value));
				}
				appendRow(csv, row);
			}
		}
		return csv.toString();
	}

	private static void appendRow(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			String cell = cells.get(i);
			if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
				csv.append('"').append(cell.replace("\"", "\"\"")).append('"');
			} else {
				csv.append(cell);
			}
		}
		csv.append("\r\n");
	}
}
