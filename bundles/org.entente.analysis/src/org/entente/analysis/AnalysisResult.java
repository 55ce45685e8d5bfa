package org.entente.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.entente.model.NamedElement;

/**
 * The result of one analysis run: plain data (no model references), so that it can be kept, compared, written as
 * JSON or CSV, and reproduced from the analysis id, version and parameters it records. A result describes itself:
 * it carries the analysis's declarations of its metrics and tables ({@link #schema()}).
 */
public final class AnalysisResult {

	/** How the run ended. */
	public enum Status {
		/** The analysis finished. */
		OK,
		/** The analysis threw, or broke a rule of the runner (for example changed the scenario). */
		FAILED,
		/** The user cancelled the run. */
		CANCELLED,
		/** The analysis did not finish in the time allowed. */
		TIMED_OUT
	}

	/** Severity of a finding. */
	public enum Severity {
		INFO, WARNING, ERROR
	}

	/**
	 * The metrics of one year.
	 *
	 * @param year    the year
	 * @param metrics metric name to value, in the order the analysis added them: a {@link Number}, a {@link Boolean},
	 *                a {@link String}, an {@link ElementRef}, a list of them, or a {@link Partition}
	 */
	public record YearMetrics(int year, Map<String, Object> metrics) {
		public YearMetrics {
			metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
		}
	}

	/**
	 * A single metric, for values that are not a series.
	 *
	 * @param name  the name
	 * @param value the value
	 * @param unit  the unit ({@code "share"}, {@code "count"}, ...) or empty
	 * @param year  the year it holds for, or {@code null}
	 */
	public record Metric(String name, double value, String unit, Integer year) {
	}

	/**
	 * A table, for example capability shares per state and year.
	 *
	 * @param name    the name
	 * @param columns the column headers
	 * @param rows    the rows, each as long as {@code columns}
	 */
	public record Table(String name, List<String> columns, List<List<Object>> rows) {
		public Table {
			columns = List.copyOf(columns);
			rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
		}
	}

	/**
	 * Something the analysis found about a model element, with the drivers that produced it.
	 *
	 * @param severity   how much it matters
	 * @param message    what was found
	 * @param element    the element's name (a state code, an alliance name), or {@code null}
	 * @param elementUri the element's EMF URI, to locate it in the text, or {@code null}
	 * @param year       the year it holds for, or {@code null}
	 * @param drivers    the facts behind it, each a short sentence
	 */
	public record Finding(Severity severity, String message, String element, String elementUri, Integer year,
			List<String> drivers) {
		public Finding {
			drivers = List.copyOf(drivers);
		}
	}

	private final String analysisId;
	private final String analysisName;
	private final String version;
	private final String scenario;
	private final Map<String, String> parameters;
	private final Status status;
	private final String message;
	private final List<YearMetrics> series;
	private final List<Metric> metrics;
	private final List<Table> tables;
	private final List<Finding> findings;
	private final List<MetricDescriptor> declaredMetrics;
	private final List<TableDescriptor> declaredTables;
	private ResultSchema schema;

	private AnalysisResult(Builder builder) {
		this.analysisId = builder.analysisId;
		this.analysisName = builder.analysisName;
		this.version = builder.version;
		this.scenario = builder.scenario;
		this.parameters = Collections.unmodifiableMap(new TreeMap<>(builder.parameters));
		this.status = builder.status;
		this.message = builder.message;
		List<YearMetrics> years = new ArrayList<>();
		builder.years.forEach((year, values) -> years.add(new YearMetrics(year, values)));
		this.series = List.copyOf(years);
		this.metrics = List.copyOf(builder.metrics);
		this.tables = List.copyOf(builder.tables);
		this.findings = List.copyOf(builder.findings);
		this.declaredMetrics = builder.declaredMetrics;
		this.declaredTables = builder.declaredTables;
	}

	/** A builder for a run of the context's analysis, with its id, version, parameters and scenario filled in. */
	public static Builder builder(AnalysisContext context) {
		Builder builder = new Builder(context.descriptor());
		builder.scenario = context.scenario().getName();
		builder.parameters.putAll(context.parameters().asMap());
		return builder;
	}

	/** A result for a run that did not produce one (failed, cancelled, timed out). */
	public static AnalysisResult unfinished(AnalysisDescriptor descriptor, String scenario,
			Map<String, String> parameters, Status status, String message) {
		Builder builder = new Builder(descriptor);
		builder.scenario = scenario;
		builder.parameters.putAll(parameters);
		builder.status = status;
		builder.message = message;
		return builder.build();
	}

	public String analysisId() {
		return analysisId;
	}

	public String analysisName() {
		return analysisName;
	}

	public String version() {
		return version;
	}

	public String scenario() {
		return scenario;
	}

	public Map<String, String> parameters() {
		return parameters;
	}

	public Status status() {
		return status;
	}

	/** Why the run did not finish, or {@code null}. */
	public String message() {
		return message;
	}

	public List<YearMetrics> series() {
		return series;
	}

	public List<Metric> metrics() {
		return metrics;
	}

	public List<Table> tables() {
		return tables;
	}

	public List<Finding> findings() {
		return findings;
	}

	/** The metrics of {@code year}, or {@code null}. */
	public YearMetrics year(int year) {
		return series.stream().filter(y -> y.year() == year).findFirst().orElse(null);
	}

	/** The table named {@code name}, or {@code null}. */
	public Table table(String name) {
		return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
	}

	/** The metrics the analysis declares (empty for an analysis that declares none). */
	public List<MetricDescriptor> declaredMetrics() {
		return declaredMetrics;
	}

	/** The tables the analysis declares (empty for an analysis that declares none). */
	public List<TableDescriptor> declaredTables() {
		return declaredTables;
	}

	/** What the result holds, described: the declarations, completed from the values for what is undeclared. */
	public synchronized ResultSchema schema() {
		if (schema == null) {
			schema = ResultSchema.of(this);
		}
		return schema;
	}

	/** Builds a result. */
	public static final class Builder {

		private final String analysisId;
		private final String analysisName;
		private final String version;
		private String scenario;
		private final Map<String, String> parameters = new TreeMap<>();
		private Status status = Status.OK;
		private String message;
		private final Map<Integer, Map<String, Object>> years = new LinkedHashMap<>();
		private final List<Metric> metrics = new ArrayList<>();
		private final List<Table> tables = new ArrayList<>();
		private final List<Finding> findings = new ArrayList<>();
		private final List<MetricDescriptor> declaredMetrics;
		private final List<TableDescriptor> declaredTables;

		private Builder(AnalysisDescriptor descriptor) {
			this(descriptor.id(), descriptor.name(), descriptor.version(), descriptor.metrics(), descriptor.tables());
		}

		Builder(String analysisId, String analysisName, String version, List<MetricDescriptor> declaredMetrics,
				List<TableDescriptor> declaredTables) {
			this.analysisId = analysisId;
			this.analysisName = analysisName;
			this.version = version;
			this.declaredMetrics = List.copyOf(declaredMetrics);
			this.declaredTables = List.copyOf(declaredTables);
		}

		/** Adds one year's metrics; the map's order is kept. A year given twice gets the values of both. */
		public Builder year(int year, Map<String, Object> values) {
			years.computeIfAbsent(year, y -> new LinkedHashMap<>()).putAll(values);
			return this;
		}

		/** The metrics of {@code year}, to add to one by one ({@code result.year(1914).put("neff", 4.6)}). */
		public YearBuilder year(int year) {
			return new YearBuilder(this, years.computeIfAbsent(year, y -> new LinkedHashMap<>()));
		}

		public Builder metric(String name, double value, String unit, Integer year) {
			metrics.add(new Metric(name, value, unit == null ? "" : unit, year));
			return this;
		}

		/** Adds a single-value metric with the unit it is declared with. */
		public Builder metric(String name, double value, Integer year) {
			String unit = declaredMetrics.stream().filter(m -> m.id().equals(name)).map(MetricDescriptor::unit)
					.findFirst().orElse("");
			return metric(name, value, unit, year);
		}

		public Builder table(String name, List<String> columns, List<List<Object>> rows) {
			tables.add(new Table(name, columns, rows));
			return this;
		}

		/**
		 * Adds a declared table with the columns it is declared with.
		 *
		 * @throws IllegalArgumentException when the analysis declares no table {@code name}
		 */
		public Builder table(String name, List<List<Object>> rows) {
			TableDescriptor table = declaredTables.stream().filter(t -> t.id().equals(name)).findFirst()
					.orElseThrow(() -> new IllegalArgumentException("the analysis '" + analysisId
							+ "' declares no table '" + name + "'"));
			return table(name, table.columnIds(), rows);
		}

		/** Adds a finding on a model element (which may be {@code null} for the scenario as a whole). */
		public Builder finding(Severity severity, String text, EObject element, Integer year, List<String> drivers) {
			String name = element instanceof NamedElement named ? named.getName() : null;
			String uri = element != null && element.eResource() != null ? EcoreUtil.getURI(element).toString() : null;
			findings.add(new Finding(severity, text, name, uri, year, drivers));
			return this;
		}

		/** Adds a finding as it was recorded (results read back from a file). */
		Builder finding(Finding finding) {
			findings.add(finding);
			return this;
		}

		Builder scenario(String name) {
			scenario = name;
			return this;
		}

		Builder parameters(Map<String, String> values) {
			parameters.putAll(values);
			return this;
		}

		Builder status(Status newStatus, String why) {
			status = newStatus;
			message = why;
			return this;
		}

		/**
		 * The result.
		 *
		 * @throws IllegalStateException when the analysis declares its outputs and reports one it does not declare,
		 *                               or a value its declaration does not allow (a text for a number, a share
		 *                               above 1, a category it does not list, a non-finite number)
		 */
		public AnalysisResult build() {
			if (status == Status.OK && (!declaredMetrics.isEmpty() || !declaredTables.isEmpty())) {
				String problem = new Declarations(declaredMetrics, declaredTables).problem(years, metrics, tables);
				if (problem != null) {
					throw new IllegalStateException("the analysis '" + analysisId + "' " + problem);
				}
			}
			return new AnalysisResult(this);
		}
	}

	/** Adds the metrics of one year of a {@link Builder}. */
	public static final class YearBuilder {
		private final Builder builder;
		private final Map<String, Object> values;

		private YearBuilder(Builder builder, Map<String, Object> values) {
			this.builder = builder;
			this.values = values;
		}

		/** Sets a metric: a number, a flag, a text, an {@link ElementRef}, a list of them or a {@link Partition}. */
		public YearBuilder put(String metric, Object value) {
			values.put(metric, value instanceof List<?> list ? List.copyOf(list) : value);
			return this;
		}

		/** Sets a number. */
		public YearBuilder put(String metric, double value) {
			return put(metric, (Object) value);
		}

		/** Sets a whole number. */
		public YearBuilder put(String metric, int value) {
			return put(metric, (Object) value);
		}

		/** Sets a whole number. */
		public YearBuilder put(String metric, long value) {
			return put(metric, (Object) value);
		}

		/** Sets a flag. */
		public YearBuilder put(String metric, boolean value) {
			return put(metric, (Object) value);
		}

		/** The result's builder, to go on with other years, tables and findings. */
		public Builder done() {
			return builder;
		}
	}

	/** Checks reported values against an analysis's declarations. */
	private record Declarations(List<MetricDescriptor> metrics, List<TableDescriptor> tables) {

		String problem(Map<Integer, Map<String, Object>> years, List<Metric> scalars, List<Table> reported) {
			for (Map.Entry<Integer, Map<String, Object>> year : years.entrySet()) {
				for (Map.Entry<String, Object> value : year.getValue().entrySet()) {
					MetricDescriptor metric = metric(value.getKey());
					if (metric == null || !metric.perYear()) {
						return "reports the per-year metric '" + value.getKey() + "', which it does not declare"
								+ (metric == null ? "" : " per year") + " (plugin.xml: <metric id=\"" + value.getKey()
								+ "\" .../>)";
					}
					String problem = metric.problem(value.getValue());
					if (problem != null) {
						return "reports for '" + metric.id() + "' in " + year.getKey() + ": " + problem;
					}
				}
			}
			for (Metric scalar : scalars) {
				MetricDescriptor metric = metric(scalar.name());
				if (metric == null || metric.perYear()) {
					return "reports the single metric '" + scalar.name() + "', which it does not declare with "
							+ "perYear=\"false\"";
				}
				Object value = metric.kind() == ValueKind.BOOLEAN ? (Object) (scalar.value() != 0) : scalar.value();
				String problem = metric.kind() == ValueKind.BOOLEAN && scalar.value() != 0 && scalar.value() != 1
						? scalar.value() + " is not 0 or 1"
						: metric.problem(value);
				if (problem != null) {
					return "reports for '" + metric.id() + "': " + problem;
				}
			}
			for (Table table : reported) {
				TableDescriptor declared = tables.stream().filter(t -> t.id().equals(table.name())).findFirst()
						.orElse(null);
				if (declared == null) {
					return "reports the table '" + table.name() + "', which it does not declare";
				}
				if (!declared.columnIds().equals(table.columns())) {
					return "reports the table '" + table.name() + "' with the columns " + table.columns()
							+ ", declared as " + declared.columnIds();
				}
				String problem = declared.problem(table.rows());
				if (problem != null) {
					return "reports in the table '" + table.name() + "' " + problem;
				}
			}
			return null;
		}

		private MetricDescriptor metric(String id) {
			return metrics.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
		}
	}
}
