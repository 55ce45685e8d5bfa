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
 * JSON or CSV, and reproduced from the analysis id, version and parameters it records.
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
	 * @param metrics metric name to value (a number or a text), in the order the analysis added them
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

	private AnalysisResult(Builder builder) {
		this.analysisId = builder.analysisId;
		this.analysisName = builder.analysisName;
		this.version = builder.version;
		this.scenario = builder.scenario;
		this.parameters = Collections.unmodifiableMap(new TreeMap<>(builder.parameters));
		this.status = builder.status;
		this.message = builder.message;
		this.series = List.copyOf(builder.series);
		this.metrics = List.copyOf(builder.metrics);
		this.tables = List.copyOf(builder.tables);
		this.findings = List.copyOf(builder.findings);
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

	/** Builds a result. */
	public static final class Builder {

		private final String analysisId;
		private final String analysisName;
		private final String version;
		private String scenario;
		private final Map<String, String> parameters = new TreeMap<>();
		private Status status = Status.OK;
		private String message;
		private final List<YearMetrics> series = new ArrayList<>();
		private final List<Metric> metrics = new ArrayList<>();
		private final List<Table> tables = new ArrayList<>();
		private final List<Finding> findings = new ArrayList<>();

		private Builder(AnalysisDescriptor descriptor) {
			this.analysisId = descriptor.id();
			this.analysisName = descriptor.name();
			this.version = descriptor.version();
		}

		/** Adds one year's metrics; the map's order is kept. */
		public Builder year(int year, Map<String, Object> values) {
			series.add(new YearMetrics(year, values));
			return this;
		}

		public Builder metric(String name, double value, String unit, Integer year) {
			metrics.add(new Metric(name, value, unit == null ? "" : unit, year));
			return this;
		}

		public Builder table(String name, List<String> columns, List<List<Object>> rows) {
			tables.add(new Table(name, columns, rows));
			return this;
		}

		/** Adds a finding on a model element (which may be {@code null} for the scenario as a whole). */
		public Builder finding(Severity severity, String text, EObject element, Integer year, List<String> drivers) {
			String name = element instanceof NamedElement named ? named.getName() : null;
			String uri = element != null && element.eResource() != null ? EcoreUtil.getURI(element).toString() : null;
			findings.add(new Finding(severity, text, name, uri, year, drivers));
			return this;
		}

		public AnalysisResult build() {
			return new AnalysisResult(this);
		}
	}
}
