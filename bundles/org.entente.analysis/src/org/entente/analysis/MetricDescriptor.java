package org.entente.analysis;

import java.util.List;
import java.util.Locale;

/**
 * A metric an analysis declares in its {@code plugin.xml} ({@code <metric>}): what it is, what kind of value it
 * has, its unit and range, whether it is reported per year, and its role in charts. Consumers (reports, the
 * workbench, comparisons) read a result through these declarations, so an analysis decides how its numbers are
 * shown, and a renamed or mistyped metric fails the analysis's own tests instead of silently changing a report.
 *
 * @param id          the name under which values are reported
 * @param label       the name shown to users
 * @param kind        the kind of its values
 * @param unit        the unit ({@code "poles"}, {@code "share"}), or empty
 * @param min         the smallest legal value, or {@code null}
 * @param max         the largest legal value, or {@code null}
 * @param perYear     whether it is a per-year series ({@link AnalysisResult#series()}) rather than a single value
 *                    ({@link AnalysisResult#metrics()})
 * @param chart       its role in charts
 * @param categories  for {@link ValueKind#CATEGORY}, the labels it takes (empty: any)
 * @param elementType for element kinds, the class of the elements it names ({@code State}), or empty
 * @param description what it measures, in a sentence
 */
public record MetricDescriptor(String id, String label, ValueKind kind, String unit, Double min, Double max,
		boolean perYear, ChartRole chart, List<String> categories, String elementType, String description) {

	/** How a metric appears in charts. */
	public enum ChartRole {
		/** Charted by default: the indices the analysis is about. */
		PRIMARY,
		/** Offered for charts, not charted until the user picks it. */
		SECONDARY,
		/** Never charted (counts of things, flags, texts). */
		NONE;

		/** The role's name in the extension point: {@code primary}, {@code secondary}, {@code none}. */
		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** The role named {@code id}. */
		public static ChartRole of(String id) {
			return valueOf(id.trim().toUpperCase(Locale.ROOT));
		}
	}

	public MetricDescriptor {
		label = label == null || label.isBlank() ? id : label;
		unit = unit == null ? "" : unit;
		if (kind == ValueKind.SHARE) {
			min = min == null ? 0.0 : min;
			max = max == null ? 1.0 : max;
		}
		chart = chart == null ? (kind.isNumeric() ? ChartRole.SECONDARY : ChartRole.NONE) : chart;
		categories = categories == null ? List.of() : List.copyOf(categories);
		elementType = elementType == null ? "" : elementType;
		description = description == null ? "" : description;
	}

	/** A metric known only from its values (an analysis that declares none): no unit, range or description. */
	public static MetricDescriptor inferred(String id, ValueKind kind, boolean perYear) {
		return new MetricDescriptor(id, id, kind, "", null, null, perYear,
				kind.isNumeric() ? ChartRole.SECONDARY : ChartRole.NONE, List.of(), "", "");
	}

	/** Whether values can be charted: a number whose role is not {@link ChartRole#NONE}. */
	public boolean isChartable() {
		return kind.isNumeric() && chart != ChartRole.NONE;
	}

	/** Why {@code value} is not a legal value of this metric, or {@code null} when it is. */
	public String problem(Object value) {
		String problem = kind.problem(value);
		if (problem != null) {
			return problem;
		}
		if (value instanceof Number number) {
			double x = number.doubleValue();
			// a share computed as a sum of parts may overshoot 1 by rounding
			double slack = 1e-9 * Math.max(1, Math.abs(x));
			if (min != null && x < min - slack || max != null && x > max + slack) {
				return x + " is outside the declared range " + range();
			}
		}
		if (kind == ValueKind.CATEGORY && value != null && !categories.isEmpty() && !categories.contains(value)) {
			return "'" + value + "' is not one of the declared categories " + String.join(", ", categories);
		}
		return null;
	}

	/** The declared range as text, {@code [0, 1]}, with an open end as {@code ...}. */
	public String range() {
		return "[" + (min == null ? "..." : format(min)) + ", " + (max == null ? "..." : format(max)) + "]";
	}

	private static String format(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}
}
