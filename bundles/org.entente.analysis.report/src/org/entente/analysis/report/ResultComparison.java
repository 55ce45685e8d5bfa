package org.entente.analysis.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.entente.analysis.AnalysisResult;
import org.entente.analysis.MetricDescriptor;

/**
 * Two sets of results side by side, metric by metric: two runs (a scenario and its variant, the same scenario with
 * other parameters) year by year, or one year of one beside another year of the other (the 2026 world beside the
 * 2028 world). Analyses are matched by id, metrics by their declared id. Numbers get their difference; a row
 * differs when both sides have a value and the values are not the same. The workbench's comparison tab and
 * {@code entente compare} show this comparison.
 */
public final class ResultComparison {

	/**
	 * One metric of one analysis, on both sides.
	 *
	 * @param analysisId   the analysis
	 * @param analysisName its name
	 * @param metric       the metric's description (from the first side, else the second)
	 * @param yearA        the year on the first side, or {@code null} for a single metric without a year
	 * @param yearB        the year on the second side
	 * @param a            the first side's value, or {@code null}
	 * @param b            the second side's value, or {@code null}
	 * @param inA          whether the first side has that year (or metric) at all
	 * @param inB          whether the second side has it
	 */
	public record Row(String analysisId, String analysisName, MetricDescriptor metric, Integer yearA, Integer yearB,
			Object a, Object b, boolean inA, boolean inB) {

		/** The second value minus the first, for two numbers; else {@code null}. */
		public Double difference() {
			return a instanceof Number x && b instanceof Number y ? y.doubleValue() - x.doubleValue() : null;
		}

		/** Whether both sides have a value and they are not the same. */
		public boolean differs() {
			if (!inA || !inB) {
				return false;
			}
			if (a instanceof Number x && b instanceof Number y) {
				double scale = Math.max(1, Math.max(Math.abs(x.doubleValue()), Math.abs(y.doubleValue())));
				return Math.abs(x.doubleValue() - y.doubleValue()) > 1e-12 * scale;
			}
			return !Objects.equals(a, b);
		}

		/** The year or years of the row, {@code 1914} or {@code 2026 / 2028}; empty for a metric without a year. */
		public String years() {
			if (Objects.equals(yearA, yearB)) {
				return yearA == null ? "" : yearA.toString();
			}
			return (yearA == null ? "" : yearA) + " / " + (yearB == null ? "" : yearB);
		}
	}

	private final String nameA;
	private final String nameB;
	private final List<Row> rows;

	private ResultComparison(String nameA, String nameB, List<Row> rows) {
		this.nameA = nameA;
		this.nameB = nameB;
		this.rows = List.copyOf(rows);
	}

	/** {@code a} and {@code b} year by year (every year either has), with their single metrics. */
	public static ResultComparison byYear(List<AnalysisResult> a, List<AnalysisResult> b) {
		return compare(a, b, null, null);
	}

	/** Year {@code yearA} of {@code a} beside year {@code yearB} of {@code b}. */
	public static ResultComparison years(List<AnalysisResult> a, int yearA, List<AnalysisResult> b, int yearB) {
		return compare(a, b, yearA, yearB);
	}

	private static ResultComparison compare(List<AnalysisResult> a, List<AnalysisResult> b, Integer yearA,
			Integer yearB) {
		List<Row> rows = new ArrayList<>();
		for (AnalysisResult first : a) {
			AnalysisResult second = b.stream().filter(r -> r.analysisId().equals(first.analysisId())).findFirst()
					.orElse(null);
			if (second == null || first.status() != AnalysisResult.Status.OK
					|| second.status() != AnalysisResult.Status.OK) {
				continue;
			}
			Map<String, MetricDescriptor> metrics = new LinkedHashMap<>();
			first.schema().series().forEach(m -> metrics.putIfAbsent(m.id(), m));
			second.schema().series().forEach(m -> metrics.putIfAbsent(m.id(), m));
			List<int[]> pairs = new ArrayList<>();
			if (yearA != null) {
				pairs.add(new int[] { yearA, yearB });
			} else {
				TreeSet<Integer> all = new TreeSet<>();
				first.series().forEach(y -> all.add(y.year()));
				second.series().forEach(y -> all.add(y.year()));
				all.forEach(y -> pairs.add(new int[] { y, y }));
			}
			for (int[] pair : pairs) {
				AnalysisResult.YearMetrics x = first.year(pair[0]);
				AnalysisResult.YearMetrics y = second.year(pair[1]);
				for (MetricDescriptor metric : metrics.values()) {
					Object valueA = x == null ? null : x.metrics().get(metric.id());
					Object valueB = y == null ? null : y.metrics().get(metric.id());
					if (valueA == null && valueB == null && x != null && y != null) {
						continue;
					}
					rows.add(new Row(first.analysisId(), first.analysisName(), metric, pair[0], pair[1], valueA, valueB,
							x != null, y != null));
				}
			}
			if (yearA == null) {
				scalars(first, second, rows);
			}
		}
		String nameA = a.isEmpty() ? "" : a.get(0).scenario();
		String nameB = b.isEmpty() ? "" : b.get(0).scenario();
		return new ResultComparison(nameA, nameB, rows);
	}

	/** Single metrics, matched by name and year: one that holds for a year the other side lacks is listed alone. */
	private static void scalars(AnalysisResult first, AnalysisResult second, List<Row> rows) {
		Map<String, MetricDescriptor> metrics = new LinkedHashMap<>();
		first.schema().scalars().forEach(m -> metrics.putIfAbsent(m.id(), m));
		second.schema().scalars().forEach(m -> metrics.putIfAbsent(m.id(), m));
		for (MetricDescriptor metric : metrics.values()) {
			List<AnalysisResult.Metric> inSecond = new ArrayList<>(second.metrics().stream()
					.filter(m -> m.name().equals(metric.id())).toList());
			for (AnalysisResult.Metric x : first.metrics()) {
				if (!x.name().equals(metric.id())) {
					continue;
				}
				AnalysisResult.Metric y = inSecond.stream().filter(m -> Objects.equals(m.year(), x.year())).findFirst()
						.orElse(null);
				inSecond.remove(y);
				rows.add(new Row(first.analysisId(), first.analysisName(), metric, x.year(), x.year(), x.value(),
						y == null ? null : y.value(), true, y != null));
			}
			for (AnalysisResult.Metric y : inSecond) {
				rows.add(new Row(first.analysisId(), first.analysisName(), metric, y.year(), y.year(), null, y.value(),
						false, true));
			}
		}
	}

	/** The first side's name (its scenario). */
	public String nameA() {
		return nameA;
	}

	/** The second side's name. */
	public String nameB() {
		return nameB;
	}

	/** The rows, by analysis, year and metric. */
	public List<Row> rows() {
		return rows;
	}

	/** How many rows differ. */
	public long differences() {
		return rows.stream().filter(Row::differs).count();
	}
}
