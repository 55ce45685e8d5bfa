package org.entente.analysis;

import java.util.List;

/**
 * A parameter an analysis declares: its name, type, default and meaning.
 *
 * @param name         the name, as given on the command line ({@code --param name=value})
 * @param type         the type, used to check values
 * @param defaultValue the value used when none is given, or {@code null}
 * @param choices      for {@link Type#CHOICE}, the allowed values
 * @param description  what the parameter changes
 */
public record ParameterDescriptor(String name, Type type, String defaultValue, List<String> choices,
		String description) {

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

	/** Why {@code value} is not acceptable for this parameter, or {@code null} when it is. */
	public String problem(String value) {
		if (value == null) {
			return "parameter '" + name + "' has no value";
		}
		try {
			switch (type) {
			case INTEGER -> Long.parseLong(value.trim());
			case DECIMAL -> Double.parseDouble(value.trim());
			case BOOLEAN -> {
				if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
					return "parameter '" + name + "' must be true or false, not '" + value + "'";
				}
			}
			case CHOICE -> {
				if (!choices.contains(value.trim())) {
					return "parameter '" + name + "' must be one of " + String.join(", ", choices) + ", not '" + value
							+ "'";
				}
			}
			default -> {
				// any text
			}
			}
		} catch (NumberFormatException e) {
			return "parameter '" + name + "' must be " + (type == Type.INTEGER ? "a whole number" : "a number")
					+ ", not '" + value + "'";
		}
		return null;
	}
}
