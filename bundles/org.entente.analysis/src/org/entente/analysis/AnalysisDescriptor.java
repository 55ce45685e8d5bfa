package org.entente.analysis;

import java.util.List;
import java.util.function.Supplier;

/**
 * An installed analysis: what it is, the parameters it takes, the outputs it declares, and how to make an instance.
 *
 * @param id          unique id, used on the command line and in results
 * @param name        name shown to users
 * @param category    grouping in lists
 * @param description what the analysis computes
 * @param version     version of the method, recorded in results
 * @param parameters  the parameters it declares
 * @param factory     makes a new instance for each run
 * @param metrics     the metrics it declares (empty: it reports undeclared metrics, described from their values)
 * @param tables      the tables it declares
 */
public record AnalysisDescriptor(String id, String name, String category, String description, String version,
		List<ParameterDescriptor> parameters, Supplier<ScenarioAnalysis> factory, List<MetricDescriptor> metrics,
		List<TableDescriptor> tables) {

	public AnalysisDescriptor {
		parameters = List.copyOf(parameters);
		metrics = metrics == null ? List.of() : List.copyOf(metrics);
		tables = tables == null ? List.of() : List.copyOf(tables);
	}

	/** An analysis that declares no outputs (as before result declarations, version 1.1). */
	public AnalysisDescriptor(String id, String name, String category, String description, String version,
			List<ParameterDescriptor> parameters, Supplier<ScenarioAnalysis> factory) {
		this(id, name, category, description, version, parameters, factory, List.of(), List.of());
	}

	/** The declared parameter with this name, or {@code null}. */
	public ParameterDescriptor parameter(String parameterName) {
		return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst().orElse(null);
	}

	/** The declared metric with this id, or {@code null}. */
	public MetricDescriptor metric(String metricId) {
		return metrics.stream().filter(m -> m.id().equals(metricId)).findFirst().orElse(null);
	}

	/** The declared table with this id, or {@code null}. */
	public TableDescriptor table(String tableId) {
		return tables.stream().filter(t -> t.id().equals(tableId)).findFirst().orElse(null);
	}
}
