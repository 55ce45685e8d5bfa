package org.entente.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * A parameter an analysis declares: its name, type, default, legal values and meaning.
 *
 * @param name         the name, as given on the command line ({@code --param name=value})
 * @param type         the type, used to check values
 * @param defaultValue the value used when none is given, or {@code null}
 * @param choices      for {@link Type#CHOICE}, the allowed values
 * @param description  what the parameter changes
 * @param min          for numbers, the smallest legal value, or {@code null}
 * @param max          for numbers, the largest legal value, or {@code null}
 * @param multiple     for {@link Type#CHOICE}, whether a value is a comma-separated set of choices
 */
public record ParameterDescriptor(String name, Type type, String defaultValue, List<String> choices,
		String description, Double min, Double max, boolean multiple) {

	/** Parameter types. */
	public enum Type {
		STRING, INTEGER, DECIMAL, BOOLEAN, CHOICE;

		/** The type named as in the extension point ({@code string}, {@code integer}...), string when unknown. */
		public static Type parse(String text) {
			if (text == null) {
				return STRING;
			}
			return switch (text.trim().toLowerCase()) {
			case "integer" -> INTEGER;
			case "decimal" -> DECIMAL;
			case "boolean" -> BOOLEAN;
			case "choice" -> CHOICE;
			default -> STRING;
			};
		}
	}

	public ParameterDescriptor {
		choices = choices == null ? List.of() : List.copyOf(choices);
	}

	/** A parameter without bounds, of one choice at most (as declared before version 1.1). */
	public ParameterDescriptor(String name, Type type, String defaultValue, List<String> choices, String description) {
		this(name, type, defaultValue, choices, description, null, null, false);
	}

	/** Why {@code value} is not acceptable for this parameter, or {@code null} when it is. */
	public String problem(String value) {
		if (value == null) {
			return "parameter '" + name + "' has no value";
		}
		String trimmed = value.trim();
		switch (type) {
		case INTEGER -> {
			long number;
			try {
				number = Long.parseLong(trimmed);
			} catch (NumberFormatException e) {
				return "parameter '" + name + "' must be a whole number, not '" + value + "'";
			}
			if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
				return "parameter '" + name + "' must be a whole number " + accepted(Integer.MIN_VALUE,
						Integer.MAX_VALUE) + ", not " + value;
			}
			return outOfRange(number, value);
		}
		case DECIMAL -> {
			double number;
			try {
				number = Double.parseDouble(trimmed);
			} catch (NumberFormatException e) {
				return "parameter '" + name + "' must be a number, not '" + value + "'";
			}
			if (!Double.isFinite(number)) {
				return "parameter '" + name + "' must be a finite number, not '" + value + "'";
			}
			return outOfRange(number, value);
		}
		case BOOLEAN -> {
			if (!trimmed.equalsIgnoreCase("true") && !trimmed.equalsIgnoreCase("false")) {
				return "parameter '" + name + "' must be true or false, not '" + value + "'";
			}
		}
		case CHOICE -> {
			List<String> given = multiple ? Arrays.stream(trimmed.split(",")).map(String::trim)
					.filter(s -> !s.isEmpty()).toList() : List.of(trimmed);
			for (String choice : given) {
				if (!choices.contains(choice)) {
					return "parameter '" + name + "' must be " + (multiple ? "a comma-separated set of " : "one of ")
							+ String.join(", ", choices) + ", not '" + value + "'";
				}
			}
		}
		default -> {
			// any text
		}
		}
		return null;
	}

	private String outOfRange(double number, String value) {
		if (min != null && number < min || max != null && number > max) {
			return "parameter '" + name + "' must be a number " + accepted(min, max) + ", not " + value.trim();
		}
		return null;
	}

	private String accepted(Number low, Number high) {
		if (low != null && high != null) {
			return "from " + plain(low) + " to " + plain(high);
		}
		return low != null ? "of at least " + plain(low) : "of at most " + plain(high);
	}

	private static String plain(Number value) {
		double x = value.doubleValue();
		return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
	}
}
