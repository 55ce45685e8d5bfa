package org.entente.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.entente.analysis.MetricDescriptor.ChartRole;

/**
 * What a result holds, described: its metrics and tables with their kinds, units and chart roles. It is the
 * analysis's declarations, completed for what an analysis reports without declaring it (a plug-in written before
 * declarations existed): those metrics and columns are described from their values, numbers are offered for charts
 * and, when nothing is declared primary, the first four are charted. Every consumer of results reads them through
 * this class.
 */
public final class ResultSchema {

	/** How many metrics are charted by default when none is declared primary. */
	static final int DEFAULT_CHARTED = 4;

	private final List<MetricDescriptor> series;
	private final List<MetricDescriptor> scalars;
	private final List<TableDescriptor> tables;
	private final Set<String> reported;

	private ResultSchema(List<MetricDescriptor> series, List<MetricDescriptor> scalars, List<TableDescriptor> tables,
			Set<String> reported) {
		this.series = List.copyOf(series);
		this.scalars = List.copyOf(scalars);
		this.tables = List.copyOf(tables);
		this.reported = Set.copyOf(reported);
	}

	static ResultSchema of(AnalysisResult result) {
		Map<String, MetricDescriptor> declared = new LinkedHashMap<>();
		result.declaredMetrics().forEach(metric -> declared.put(metric.id(), metric));
		List<MetricDescriptor> series = new ArrayList<>();
		List<MetricDescriptor> scalars = new ArrayList<>();
		for (MetricDescriptor metric : declared.values()) {
			(metric.perYear() ? series : scalars).add(metric);
		}
		Map<String, List<Object>> seriesValues = new LinkedHashMap<>();
		for (AnalysisResult.YearMetrics year : result.series()) {
			year.metrics().forEach((name, value) -> seriesValues.computeIfAbsent(name, k -> new ArrayList<>()).add(value));
		}
		Set<String> reported = new LinkedHashSet<>(seriesValues.keySet());
		seriesValues.forEach((name, values) -> {
			if (!declared.containsKey(name)) {
				series.add(MetricDescriptor.inferred(name, infer(values), true));
			}
		});
		Map<String, List<Object>> scalarValues = new LinkedHashMap<>();
		result.metrics().forEach(metric -> scalarValues.computeIfAbsent(metric.name(), k -> new ArrayList<>())
				.add(metric.value()));
		reported.addAll(scalarValues.keySet());
		scalarValues.forEach((name, values) -> {
			if (!declared.containsKey(name)) {
				scalars.add(MetricDescriptor.inferred(name, infer(values), false));
			}
		});
		List<TableDescriptor> tables = new ArrayList<>();
		for (AnalysisResult.Table table : result.tables()) {
			TableDescriptor description = result.declaredTables().stream().filter(t -> t.id().equals(table.name()))
					.findFirst().orElseGet(() -> inferTable(table));
			tables.add(description);
		}
		return new ResultSchema(series, scalars, tables, reported);
	}

	/** The per-year metrics: the declared ones in declaration order, then those reported without a declaration. */
	public List<MetricDescriptor> series() {
		return series;
	}

	/** The per-year metrics that the result reports in at least one year. */
	public List<MetricDescriptor> reportedSeries() {
		return series.stream().filter(metric -> reported.contains(metric.id())).toList();
	}

	/** The single-value metrics that the result reports. */
	public List<MetricDescriptor> scalars() {
		return scalars.stream().filter(metric -> reported.contains(metric.id())).toList();
	}

	/** The metric {@code id}, per year or single. */
	public Optional<MetricDescriptor> metric(String id) {
		return java.util.stream.Stream.concat(series.stream(), scalars.stream()).filter(m -> m.id().equals(id))
				.findFirst();
	}

	/** The descriptions of the result's tables, in the result's order. */
	public List<TableDescriptor> tables() {
		return tables;
	}

	/** The description of the table {@code id}. */
	public Optional<TableDescriptor> table(String id) {
		return tables.stream().filter(t -> t.id().equals(id)).findFirst();
	}

	/** The per-year metrics that can be charted and have values. */
	public List<MetricDescriptor> chartable() {
		return reportedSeries().stream().filter(MetricDescriptor::isChartable).toList();
	}

	/** The metrics charted until the user picks others: the primary ones, else the first chartable ones. */
	public List<MetricDescriptor> charted() {
		List<MetricDescriptor> chartable = chartable();
		List<MetricDescriptor> primary = chartable.stream().filter(m -> m.chart() == ChartRole.PRIMARY).toList();
		return primary.isEmpty() ? chartable.subList(0, Math.min(DEFAULT_CHARTED, chartable.size())) : primary;
	}

	/** The kind shared by {@code values}: numbers (whole or not), flags, texts, elements; text when they differ. */
	static ValueKind infer(List<Object> values) {
		ValueKind kind = null;
		for (Object value : values) {
			if (value == null) {
				continue;
			}
			ValueKind own = value instanceof Number number
					? number.doubleValue() == Math.rint(number.doubleValue()) && !(value instanceof Double
							|| value instanceof Float) ? ValueKind.COUNT : ValueKind.NUMBER
					: value instanceof Boolean ? ValueKind.BOOLEAN
							: value instanceof ElementRef ? ValueKind.ELEMENT
									: value instanceof Partition ? ValueKind.PARTITION
											: value instanceof List<?> ? ValueKind.ELEMENTS : ValueKind.TEXT;
			if (kind == null) {
				kind = own;
			} else if (kind != own) {
				kind = kind.isNumeric() && own.isNumeric() ? ValueKind.NUMBER : ValueKind.TEXT;
			}
		}
		return kind == null ? ValueKind.TEXT : kind;
	}

	private static TableDescriptor inferTable(AnalysisResult.Table table) {
		List<ColumnDescriptor> columns = new ArrayList<>();
		for (int c = 0; c < table.columns().size(); c++) {
			final int index = c;
			List<Object> cells = table.rows().stream().map(row -> index < row.size() ? row.get(index) : null).toList();
			ValueKind kind = infer(cells);
			String name = table.columns().get(c);
			if ("year".equals(name) && kind == ValueKind.COUNT) {
				kind = ValueKind.YEAR;
			}
			columns.add(ColumnDescriptor.inferred(name, kind));
		}
		return new TableDescriptor(table.name(), table.name(), "", columns, null, null);
	}
}
