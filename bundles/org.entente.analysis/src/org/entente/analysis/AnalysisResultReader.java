package org.entente.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.entente.analysis.AnalysisResult.Finding;
import org.entente.analysis.AnalysisResult.Severity;
import org.entente.analysis.AnalysisResult.Status;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Reads results written by {@link AnalysisResultWriter#toJson(List)} back, with their declarations: values are
 * typed again by their declared kinds (elements as {@link ElementRef}s by name, partitions, whole numbers), so that a
 * result read from a file is shown, compared and written exactly like the result of a run.
 */
public final class AnalysisResultReader {

	private AnalysisResultReader() {
	}

	/**
	 * The results in {@code json}.
	 *
	 * @throws IllegalArgumentException when the text is not such JSON; the message says where
	 */
	public static List<AnalysisResult> fromJson(String json) {
		JsonElement root;
		try {
			root = JsonParser.parseString(json);
		} catch (JsonParseException e) {
			throw new IllegalArgumentException("not JSON: " + message(e));
		}
		if (!root.isJsonArray()) {
			throw new IllegalArgumentException("not a list of analysis results: the JSON does not start with '['");
		}
		List<AnalysisResult> results = new ArrayList<>();
		JsonArray array = root.getAsJsonArray();
		for (int i = 0; i < array.size(); i++) {
			try {
				results.add(result(array.get(i).getAsJsonObject()));
			} catch (RuntimeException e) {
				throw new IllegalArgumentException("result " + (i + 1) + " is not an analysis result: " + message(e));
			}
		}
		return results;
	}

	private static AnalysisResult result(JsonObject json) {
		JsonObject declarations = json.has("declarations") ? json.getAsJsonObject("declarations") : new JsonObject();
		List<MetricDescriptor> metrics = new ArrayList<>();
		for (JsonElement element : array(declarations, "metrics")) {
			JsonObject m = element.getAsJsonObject();
			metrics.add(new MetricDescriptor(text(m, "id"), text(m, "label"), ValueKind.of(text(m, "kind")),
					text(m, "unit"), number(m, "min"), number(m, "max"), !m.has("perYear") || m.get("perYear").getAsBoolean(),
					m.has("chart") ? MetricDescriptor.ChartRole.of(text(m, "chart")) : null, strings(array(m, "categories")),
					text(m, "elementType"), text(m, "description")));
		}
		List<TableDescriptor> tables = new ArrayList<>();
		for (JsonElement element : array(declarations, "tables")) {
			JsonObject t = element.getAsJsonObject();
			List<ColumnDescriptor> columns = new ArrayList<>();
			for (JsonElement c : array(t, "columns")) {
				JsonObject column = c.getAsJsonObject();
				columns.add(new ColumnDescriptor(text(column, "id"), text(column, "label"),
						ValueKind.of(text(column, "kind")), text(column, "unit"),
						column.has("charted") && column.get("charted").getAsBoolean(), text(column, "elementType"),
						text(column, "description")));
			}
			tables.add(new TableDescriptor(text(t, "id"), text(t, "label"), text(t, "description"), columns,
					t.has("chart") ? TableDescriptor.Chart.of(text(t, "chart")) : null, text(t, "rankBy")));
		}
		AnalysisResult.Builder builder = new AnalysisResult.Builder(text(json, "analysis"),
				json.has("name") ? text(json, "name") : text(json, "analysis"), text(json, "version"), metrics, tables);
		builder.scenario(text(json, "scenario"));
		Map<String, String> parameters = new LinkedHashMap<>();
		if (json.has("parameters")) {
			json.getAsJsonObject("parameters").entrySet()
					.forEach(entry -> parameters.put(entry.getKey(), entry.getValue().getAsString()));
		}
		builder.parameters(parameters);
		for (JsonElement element : array(json, "series")) {
			JsonObject year = element.getAsJsonObject();
			Map<String, Object> values = new LinkedHashMap<>();
			year.getAsJsonObject("metrics").entrySet().forEach(entry -> {
				MetricDescriptor metric = metrics.stream().filter(m -> m.id().equals(entry.getKey())).findFirst()
						.orElse(null);
				values.put(entry.getKey(), value(entry.getValue(), metric == null ? null : metric.kind(),
						metric == null ? "" : metric.elementType()));
			});
			builder.year(year.get("year").getAsInt(), values);
		}
		for (JsonElement element : array(json, "metrics")) {
			JsonObject metric = element.getAsJsonObject();
			builder.metric(text(metric, "name"), metric.get("value").isJsonNull() ? Double.NaN
					: metric.get("value").getAsDouble(), text(metric, "unit"),
					metric.has("year") ? metric.get("year").getAsInt() : null);
		}
		for (JsonElement element : array(json, "tables")) {
			JsonObject table = element.getAsJsonObject();
			String name = text(table, "name");
			List<String> columnNames = strings(array(table, "columns"));
			TableDescriptor declared = tables.stream().filter(t -> t.id().equals(name)).findFirst().orElse(null);
			List<List<Object>> rows = new ArrayList<>();
			for (JsonElement r : array(table, "rows")) {
				JsonArray cells = r.getAsJsonArray();
				List<Object> row = new ArrayList<>();
				for (int c = 0; c < cells.size(); c++) {
					ColumnDescriptor column = declared != null && c < declared.columns().size() ? declared.columns().get(c)
							: null;
					row.add(value(cells.get(c), column == null ? null : column.kind(),
							column == null ? "" : column.elementType()));
				}
				rows.add(row);
			}
			builder.table(name, columnNames, rows);
		}
		for (JsonElement element : array(json, "findings")) {
			JsonObject finding = element.getAsJsonObject();
			builder.finding(new Finding(Severity.valueOf(text(finding, "severity").toUpperCase(Locale.ROOT)),
					text(finding, "message"), text(finding, "element"), text(finding, "uri"),
					finding.has("year") ? finding.get("year").getAsInt() : null, strings(array(finding, "drivers"))));
		}
		Status status = Status.valueOf(text(json, "status").toUpperCase(Locale.ROOT));
		builder.status(status, text(json, "message"));
		return builder.build();
	}

	private static Object value(JsonElement json, ValueKind kind, String elementType) {
		if (json == null || json.isJsonNull()) {
			return null;
		}
		if (kind == ValueKind.PARTITION) {
			List<List<ElementRef>> sides = new ArrayList<>();
			json.getAsJsonArray().forEach(side -> sides.add(elements(side.getAsJsonArray(), elementType)));
			return new Partition(sides);
		}
		if (kind == ValueKind.ELEMENTS) {
			return elements(json.getAsJsonArray(), elementType);
		}
		if (kind == ValueKind.ELEMENT) {
			return ElementRef.named(json.getAsString(), elementType);
		}
		if (json.isJsonArray()) {
			return elements(json.getAsJsonArray(), elementType);
		}
		JsonPrimitive primitive = json.getAsJsonPrimitive();
		if (primitive.isBoolean()) {
			return primitive.getAsBoolean();
		}
		if (primitive.isNumber()) {
			String text = primitive.getAsString();
			boolean whole = kind == ValueKind.COUNT || kind == ValueKind.YEAR
					|| kind == null && !text.contains(".") && !text.contains("e") && !text.contains("E");
			if (!whole) {
				return primitive.getAsDouble();
			}
			long number = primitive.getAsLong();
			return number == (int) number ? (Object) (int) number : (Object) number;
		}
		return primitive.getAsString();
	}

	private static List<ElementRef> elements(JsonArray names, String elementType) {
		List<ElementRef> elements = new ArrayList<>();
		names.forEach(name -> elements.add(ElementRef.named(name.getAsString(), elementType)));
		return elements;
	}

	private static JsonArray array(JsonObject json, String key) {
		return json.has(key) && json.get(key).isJsonArray() ? json.getAsJsonArray(key) : new JsonArray();
	}

	private static List<String> strings(JsonArray array) {
		List<String> strings = new ArrayList<>();
		array.forEach(element -> strings.add(element.getAsString()));
		return strings;
	}

	private static String text(JsonObject json, String key) {
		return json.has(key) && !json.get(key).isJsonNull() ? json.get(key).getAsString() : null;
	}

	private static Double number(JsonObject json, String key) {
		return json.has(key) && !json.get(key).isJsonNull() ? json.get(key).getAsDouble() : null;
	}

	private static String message(RuntimeException e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
