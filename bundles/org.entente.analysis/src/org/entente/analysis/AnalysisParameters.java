package org.entente.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parameter values of one run: the declared defaults, overridden by the values given. Values are checked
 * against the declarations, so an analysis can read them without further checks.
 */
public final class AnalysisParameters {

	private final Map<String, String> values;

	private AnalysisParameters(Map<String, String> values) {
		this.values = Collections.unmodifiableMap(values);
	}

	/**
	 * The effective parameters of {@code descriptor} given {@code given}.
	 *
	 * @throws IllegalArgumentException naming every unknown parameter and every bad value
	 */
	public static AnalysisParameters of(AnalysisDescriptor descriptor, Map<String, String> given) {
		Map<String, String> values = new TreeMap<>();
		for (ParameterDescriptor parameter : descriptor.parameters()) {
			if (parameter.defaultValue() != null) {
				values.put(parameter.name(), parameter.defaultValue());
			}
		}
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, String> entry : given.entrySet()) {
			ParameterDescriptor parameter = descriptor.parameter(entry.getKey());
			if (parameter == null) {
				problems.add("analysis '" + descriptor.id() + "' has no parameter '" + entry.getKey() + "' (it has: "
						+ String.join(", ", descriptor.parameters().stream().map(ParameterDescriptor::name).toList())
						+ ")");
				continue;
			}
			String problem = parameter.problem(entry.getValue());
			if (problem != null) {
				problems.add(problem);
			} else {
				values.put(entry.getKey(), entry.getValue().trim());
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join("; ", problems));
		}
		return new AnalysisParameters(values);
	}

	/** The value, or {@code null} when the parameter has neither a value nor a default. */
	public String getString(String name) {
		return values.get(name);
	}

	public double getDouble(String name) {
		return Double.parseDouble(require(name));
	}

	public int getInt(String name) {
		return Integer.parseInt(require(name));
	}

	public boolean getBoolean(String name) {
		return Boolean.parseBoolean(require(name));
	}

	/**
	 * The chosen values of a parameter that takes a set of choices (or a comma-separated list), in the order given;
	 * empty when it has no value.
	 */
	public List<String> getChoices(String name) {
		String value = values.get(name);
		if (value == null || value.isBlank()) {
			return List.of();
		}
		return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	/** Every effective value, sorted by name; recorded in results. */
	public Map<String, String> asMap() {
		return values;
	}

	private String require(String name) {
		String value = values.get(name);
		if (value == null) {
			throw new IllegalArgumentException("parameter '" + name + "' has no value and no default");
		}
		return value;
	}
}
