package org.entente.analysis.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.entente.analysis.ElementRef;
import org.entente.analysis.MetricDescriptor;
import org.entente.analysis.Partition;
import org.entente.analysis.ValueKind;

/**
 * The one way results are written for people (the text and HTML reports, the Analysis Results view, comparisons):
 * whole numbers, counts and years as integers; other numbers to four significant digits (whole above a thousand, in
 * scientific notation below 0.0001, so a small state's capability share keeps its digits); flags as yes or no;
 * elements by name, lists as {@code A, B}, partitions as {@code A, B | C, D}. The data formats (JSON, CSV) keep full
 * precision instead.
 */
public final class ResultFormat {

	private static final MathContext SIGNIFICANT = new MathContext(4);

	private ResultFormat() {
	}

	/** A value of a metric or cell of {@code kind}; {@code ""} for none. */
	public static String value(Object value, ValueKind kind) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number number) {
			return kind == ValueKind.COUNT || kind == ValueKind.YEAR ? Long.toString(Math.round(number.doubleValue()))
					: number(number.doubleValue());
		}
		if (value instanceof Boolean flag) {
			return flag ? "yes" : "no";
		}
		if (value instanceof ElementRef element) {
			return element.name();
		}
		if (value instanceof Partition partition) {
			return partition.toString();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(item -> value(item, ValueKind.TEXT)).collect(Collectors.joining(", "));
		}
		return String.valueOf(value);
	}

	/** A value whose kind is not declared: by what it is. */
	public static String value(Object value) {
		return value(value, value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
				&& !(value instanceof Double) ? ValueKind.COUNT : ValueKind.NUMBER);
	}

	/** A number, as the class comment says. */
	public static String number(double value) {
		if (Double.isNaN(value)) {
			return "n/a";
		}
		if (Double.isInfinite(value)) {
			return value > 0 ? "\u221e" : "-\u221e";
		}
		if (value == 0) {
			return "0";
		}
		double magnitude = Math.abs(value);
		if (value == Math.rint(value) && magnitude < 1e15 || magnitude >= 1000) {
			return Long.toString(Math.round(value));
		}
		if (magnitude < 1e-4) {
			return String.format(Locale.ROOT, "%.3e", value);
		}
		return new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
	}

	/** A metric's label with its unit: {@code Effective number of poles (poles)}. */
	public static String label(MetricDescriptor metric) {
		return metric.unit().isEmpty() ? metric.label() : metric.label() + " (" + metric.unit() + ")";
	}
}
