package org.entente.analysis;

import java.util.List;
import java.util.function.Supplier;

/**
 * An installed analysis: what it is, the parameters it takes, and how to make an instance.
 *
 * @param id          unique id, used on the command line and in results
 * @param name        name shown to users
 * @param category    grouping in lists
 * @param description what the analysis computes
 * @param version     version of the method, recorded in results
 * @param parameters  the parameters it declares
 * @param factory     makes a new instance for each run
 */
public record AnalysisDescriptor(String id, String name, String category, String description, String version,
		List<ParameterDescriptor> parameters, Supplier<ScenarioAnalysis> factory) {

	public AnalysisDescriptor {
		parameters = List.copyOf(parameters);
	}

	/** The declared parameter with this name, or {@code null}. */
	public ParameterDescriptor parameter(String parameterName) {
		return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst().orElse(null);
	}
}
