package org.entente.analysis;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Writes analysis results as JSON or CSV, the data formats (reports for people are made by
 * {@code org.entente.analysis.report}). The JSON form is a contract (tested, and read back by
 * {@link AnalysisResultReader}): a list of objects {@code {"analysis": id, "name", "version", "scenario", "status",
 * "parameters": {...}, "series": [{"year": Y, "metrics": {name: value}}], "metrics", "tables", "findings": [...],
 * "declarations": {"metrics": [...], "tables": [...]}}}. Numbers keep their full precision; a number that is not
 * finite is written as {@code null}, since JSON has no such numbers. An element is written as its name, a list of
 * elements as an array of names, a partition as an array of such arrays.
 */
public final class AnalysisResultWriter {

	private AnalysisResultWriter() {
	}

	/** The results as a JSON array, pretty-printed. */
	public static String toJson(List<AnalysisResult> results) {
		JsonArray array = new JsonArray();
		results.forEach(result -> array.add(toJsonObject(result)));
		return new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(array);
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
			year.metrics().forEach((name, value) -> metrics.add(name, json(value)));
			entry.add("metrics", metrics);
			series.add(entry);
		}
		json.add("series", series);
		JsonArray metrics = new JsonArray();
		for (AnalysisResult.Metric metric : result.metrics()) {
			JsonObject entry = new JsonObject();
			entry.addProperty("name", metric.name());
			entry.add("value", json(metric.value()));
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
				row.forEach(cell -> cells.add(json(cell)));
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
		json.add("declarations", declarations(result));
		return json;
	}

	private static JsonObject declarations(AnalysisResult result) {
		JsonArray metrics = new JsonArray();
		for (MetricDescriptor metric : result.declaredMetrics()) {
			JsonObject entry = new JsonObject();
			entry.addProperty("id", metric.id());
			entry.addProperty("label", metric.label());
			entry.addProperty("kind", metric.kind().id());
			entry.addProperty("unit", metric.unit());
			if (metric.min() != null) {
				entry.addProperty("min", metric.min());
			}
			if (metric.max() != null) {
				entry.addProperty("max", metric.max());
			}
			entry.addProperty("perYear", metric.perYear());
			entry.addProperty("chart", metric.chart().id());
			if (!metric.categories().isEmpty()) {
				JsonArray categories = new JsonArray();
				metric.categories().forEach(categories::add);
				entry.add("categories", categories);
			}
			if (!metric.elementType().isEmpty()) {
				entry.addProperty("elementType", metric.elementType());
			}
			entry.addProperty("description", metric.description());
			metrics.add(entry);
		}
		JsonArray tables = new JsonArray();
		for (TableDescriptor table : result.declaredTables()) {
			JsonObject entry = new JsonObject();
			entry.addProperty("id", table.id());
			entry.addProperty("label", table.label());
			entry.addProperty("description", table.description());
			entry.addProperty("chart", table.chart().id());
			if (table.rankBy() != null) {
				entry.addProperty("rankBy", table.rankBy());
			}
			JsonArray columns = new JsonArray();
			for (ColumnDescriptor column : table.columns()) {
				JsonObject c = new JsonObject();
				c.addProperty("id", column.id());
				c.addProperty("label", column.label());
				c.addProperty("kind", column.kind().id());
				c.addProperty("unit", column.unit());
				c.addProperty("charted", column.charted());
				if (!column.elementType().isEmpty()) {
					c.addProperty("elementType", column.elementType());
				}
				c.addProperty("description", column.description());
				columns.add(c);
			}
			entry.add("columns", columns);
			tables.add(entry);
		}
		JsonObject declarations = new JsonObject();
		declarations.add("metrics", metrics);
		declarations.add("tables", tables);
		return declarations;
	}

	private static JsonElement json(Object value) {
		if (value == null) {
			return JsonNull.INSTANCE;
		}
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			return Double.isFinite(number) ? new JsonPrimitive(number) : JsonNull.INSTANCE;
		}
		if (value instanceof Number number) {
			return new JsonPrimitive(number);
		}
		if (value instanceof Boolean bool) {
			return new JsonPrimitive(bool);
		}
		if (value instanceof ElementRef element) {
			return new JsonPrimitive(element.name());
		}
		if (value instanceof Partition partition) {
			JsonArray sides = new JsonArray();
			partition.sides().forEach(side -> sides.add(json(side)));
			return sides;
		}
		if (value instanceof List<?> list) {
			JsonArray array = new JsonArray();
			list.forEach(item -> array.add(json(item)));
			return array;
		}
		return new JsonPrimitive(String.valueOf(value));
	}

	/**
	 * The results' series as CSV: one row per analysis and year, a column per metric (the declared metrics in their
	 * declared order, then undeclared ones as they first appear, over all results), RFC 4180 quoting. Numbers keep
	 * their full precision; elements are written by name, a list as {@code A, B}, a partition as {@code A, B | C}.
	 */
	public static String toCsv(List<AnalysisResult> results) {
		Map<String, MetricDescriptor> columns = new LinkedHashMap<>();
		for (AnalysisResult result : results) {
			result.schema().series().forEach(metric -> columns.putIfAbsent(metric.id(), metric));
		}
		List<String> header = new ArrayList<>(List.of("analysis", "scenario", "year"));
		header.addAll(columns.keySet());
		StringWriter csv = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
			printer.printRecord(header);
			for (AnalysisResult result : results) {
				for (AnalysisResult.YearMetrics year : result.series()) {
					List<String> row = new ArrayList<>(List.of(result.analysisId(), String.valueOf(result.scenario()),
							Integer.toString(year.year())));
					for (String name : columns.keySet()) {
						row.add(dataText(year.metrics().get(name)));
					}
					printer.printRecord(row);
				}
			}
		} catch (IOException cannotHappen) {
			throw new UncheckedIOException(cannotHappen);
		}
		return csv.toString();
	}

	/** A value as data text: full precision, nothing for a missing or non-finite number. */
	static String dataText(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			return Double.isFinite(number) ? Double.toString(number) : "";
		}
		if (value instanceof List<?> list) {
			return String.join(", ", list.stream().map(String::valueOf).toList());
		}
		return String.valueOf(value);
	}
}
