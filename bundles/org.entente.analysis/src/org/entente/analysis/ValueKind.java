package org.entente.analysis;

import java.util.List;
import java.util.Locale;

/**
 * What a metric's value or a table cell is, as an analysis declares it: consumers chart, format, compare and
 * write values by their kind, never by the metric's name.
 */
public enum ValueKind {
	/** A real number. */
	NUMBER,
	/** A whole number of things (states, ties, poles). */
	COUNT,
	/** A share between 0 and 1. */
	SHARE,
	/** True or false. */
	BOOLEAN,
	/** Free text. */
	TEXT,
	/** One of a declared set of labels (a classification). */
	CATEGORY,
	/** A model element ({@link ElementRef}). */
	ELEMENT,
	/** A list of model elements ({@code List<ElementRef>}). */
	ELEMENTS,
	/** Model elements split into sides ({@link Partition}), for example two camps. */
	PARTITION,
	/** A year (table columns). */
	YEAR;

	/** The kind's name in the extension point and in JSON: {@code number}, {@code count}, ... */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The kind named {@code id} ({@link #id()}), case-insensitive. */
	public static ValueKind of(String id) {
		for (ValueKind kind : values()) {
			if (kind.id().equalsIgnoreCase(id.trim())) {
				return kind;
			}
		}
		throw new IllegalArgumentException("unknown kind '" + id + "' (" + String.join(", ",
				List.of(values()).stream().map(ValueKind::id).toList()) + ")");
	}

	/** Whether values of this kind are numbers, which can be charted and subtracted. */
	public boolean isNumeric() {
		return this == NUMBER || this == COUNT || this == SHARE || this == YEAR;
	}

	/** Whether values of this kind name model elements. */
	public boolean isElements() {
		return this == ELEMENT || this == ELEMENTS || this == PARTITION;
	}

	/** Why {@code value} is not a value of this kind, or {@code null} when it is ({@code null} is always accepted). */
	public String problem(Object value) {
		if (value == null) {
			return null;
		}
		boolean fits = switch (this) {
		case NUMBER, SHARE -> value instanceof Number;
		case COUNT, YEAR -> value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue());
		case BOOLEAN -> value instanceof Boolean;
		case TEXT, CATEGORY -> value instanceof String;
		case ELEMENT -> value instanceof ElementRef;
		case ELEMENTS -> value instanceof List<?> list && list.stream().allMatch(ElementRef.class::isInstance);
		case PARTITION -> value instanceof Partition;
		};
		if (!fits) {
			return "a " + value.getClass().getSimpleName() + " (" + value + ") is not a value of kind " + id();
		}
		if (value instanceof Double number && !Double.isFinite(number)) {
			return number + " is not a finite number";
		}
		return null;
	}
}
