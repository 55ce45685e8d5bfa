package org.entente.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The analyses installed through the extension point {@code org.entente.analysis.analyses}. A contribution that
 * cannot be read is skipped with a message (see {@link #problems()}), so one broken plug-in does not hide the others.
 */
public final class AnalysisRegistry {

	/** The extension point's full id. */
	public static final String EXTENSION_POINT = "org.entente.analysis.analyses";

	/**
	 * A name for several analyses run together ({@code <group>} in the extension point): {@code stability} for the
	 * four analyses it was split into, so that scripts written for it keep working.
	 *
	 * @param id          the name, used like an analysis id
	 * @param name        the name shown to users
	 * @param description what the group runs
	 * @param analyses    the ids of its analyses, in order
	 */
	public record Group(String id, String name, String description, List<String> analyses) {
		public Group {
			analyses = List.copyOf(analyses);
		}
	}

	private final List<AnalysisDescriptor> analyses;
	private final List<Group> groups;
	private final List<String> problems;

	private AnalysisRegistry(List<AnalysisDescriptor> analyses, List<Group> groups, List<String> problems) {
		this.analyses = List.copyOf(analyses);
		this.groups = List.copyOf(groups);
		this.problems = List.copyOf(problems);
	}

	/** Reads the contributions from the running platform's extension registry. */
	public static AnalysisRegistry fromExtensions() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		List<AnalysisDescriptor> analyses = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		if (registry == null) {
			problems.add("no extension registry: analyses are only found inside Equinox");
			return new AnalysisRegistry(analyses, List.of(), problems);
		}
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"analysis".equals(element.getName())) {
				continue;
			}
			String contributor = element.getContributor().getName();
			String id = element.getAttribute("id");
			if (id == null || id.isBlank() || element.getAttribute("class") == null) {
				problems.add(contributor + ": an analysis without id or class is ignored");
				continue;
			}
			if (analyses.stream().anyMatch(a -> a.id().equals(id))) {
				problems.add(contributor + ": the analysis id '" + id + "' is taken; this contribution is ignored");
				continue;
			}
			AnalysisDescriptor descriptor;
			try {
				descriptor = descriptor(element, id);
			} catch (IllegalArgumentException badDeclaration) {
				problems.add(contributor + ": the analysis '" + id + "' is ignored: " + badDeclaration.getMessage());
				continue;
			}
			analyses.add(descriptor);
		}
		analyses.sort(Comparator.comparing(AnalysisDescriptor::category).thenComparing(AnalysisDescriptor::id));
		List<Group> groups = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"group".equals(element.getName())) {
				continue;
			}
			String contributor = element.getContributor().getName();
			String id = element.getAttribute("id");
			List<String> members = list(element.getAttribute("analyses"));
			if (id == null || id.isBlank() || members.isEmpty()) {
				problems.add(contributor + ": a group without id or analyses is ignored");
			} else if (analyses.stream().anyMatch(a -> a.id().equals(id))
					|| groups.stream().anyMatch(g -> g.id().equals(id))) {
				problems.add(contributor + ": the group id '" + id + "' is taken; this group is ignored");
			} else if (members.stream().anyMatch(m -> analyses.stream().noneMatch(a -> a.id().equals(m)))) {
				problems.add(contributor + ": the group '" + id + "' names an analysis that is not installed ("
						+ String.join(", ", members) + "); it is ignored");
			} else {
				groups.add(new Group(id, orElse(element.getAttribute("name"), id),
						orElse(element.getAttribute("description"), ""), members));
			}
		}
		return new AnalysisRegistry(analyses, groups, problems);
	}

	private static AnalysisDescriptor descriptor(IConfigurationElement element, String id) {
		List<ParameterDescriptor> parameters = new ArrayList<>();
		for (IConfigurationElement parameter : element.getChildren("parameter")) {
			parameters.add(new ParameterDescriptor(required(parameter, "name"),
					ParameterDescriptor.Type.parse(parameter.getAttribute("type")), parameter.getAttribute("default"),
					list(parameter.getAttribute("choices")), parameter.getAttribute("description"),
					number(parameter, "min"), number(parameter, "max"),
					Boolean.parseBoolean(parameter.getAttribute("multiple"))));
		}
		for (ParameterDescriptor parameter : parameters) {
			String problem = parameter.defaultValue() == null ? null : parameter.problem(parameter.defaultValue());
			if (problem != null) {
				throw new IllegalArgumentException("its default is not legal: " + problem);
			}
		}
		List<MetricDescriptor> metrics = new ArrayList<>();
		for (IConfigurationElement metric : element.getChildren("metric")) {
			String chart = metric.getAttribute("chart");
			metrics.add(new MetricDescriptor(required(metric, "id"), metric.getAttribute("label"),
					ValueKind.of(orElse(metric.getAttribute("kind"), "number")), metric.getAttribute("unit"),
					number(metric, "min"), number(metric, "max"),
					!"false".equalsIgnoreCase(metric.getAttribute("perYear")),
					chart == null ? null : MetricDescriptor.ChartRole.of(chart), list(metric.getAttribute("categories")),
					metric.getAttribute("elementType"), metric.getAttribute("description")));
		}
		List<TableDescriptor> tables = new ArrayList<>();
		for (IConfigurationElement table : element.getChildren("table")) {
			List<ColumnDescriptor> columns = new ArrayList<>();
			for (IConfigurationElement column : table.getChildren("column")) {
				columns.add(new ColumnDescriptor(required(column, "id"), column.getAttribute("label"),
						ValueKind.of(orElse(column.getAttribute("kind"), "number")), column.getAttribute("unit"),
						Boolean.parseBoolean(column.getAttribute("charted")), column.getAttribute("elementType"),
						column.getAttribute("description")));
			}
			String chart = table.getAttribute("chart");
			TableDescriptor descriptor = new TableDescriptor(required(table, "id"), table.getAttribute("label"),
					table.getAttribute("description"), columns, chart == null ? null : TableDescriptor.Chart.of(chart),
					table.getAttribute("rankBy"));
			if (descriptor.rankBy() != null && descriptor.indexOf(descriptor.rankBy()) < 0) {
				throw new IllegalArgumentException("the table '" + descriptor.id() + "' ranks by '" + descriptor.rankBy()
						+ "', which is not one of its columns");
			}
			tables.add(descriptor);
		}
		String version = element.getAttribute("version");
		if (version == null) {
			version = contributorVersion(element);
		}
		return new AnalysisDescriptor(id, orElse(element.getAttribute("name"), id),
				orElse(element.getAttribute("category"), "Other"), orElse(element.getAttribute("description"), ""),
				version, parameters, () -> instantiate(element), metrics, tables);
	}

	private static String required(IConfigurationElement element, String attribute) {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("a <" + element.getName() + "> has no " + attribute);
		}
		return value.trim();
	}

	private static Double number(IConfigurationElement element, String attribute) {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(value.trim());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("the " + attribute + " of the " + element.getName() + " '"
					+ orElse(element.getAttribute("id"), element.getAttribute("name")) + "' is not a number: " + value);
		}
	}

	private static List<String> list(String commaSeparated) {
		return commaSeparated == null || commaSeparated.isBlank() ? List.of()
				: Arrays.stream(commaSeparated.split(",")).map(String::trim).toList();
	}

	/** A registry of the given analyses, for tests and embedders without an extension registry. */
	public static AnalysisRegistry of(List<AnalysisDescriptor> analyses) {
		return new AnalysisRegistry(analyses, List.of(), List.of());
	}

	/** The installed analyses, by category and id. */
	public List<AnalysisDescriptor> analyses() {
		return analyses;
	}

	/** The installed groups of analyses. */
	public List<Group> groups() {
		return groups;
	}

	/**
	 * The analyses an id names: the analysis ({@link #find(String)}), or a group's analyses in order; empty when it
	 * names none.
	 */
	public List<AnalysisDescriptor> resolve(String id) {
		Optional<AnalysisDescriptor> single = find(id);
		if (single.isPresent()) {
			return List.of(single.get());
		}
		return groups.stream().filter(g -> g.id().equals(id)).findFirst()
				.map(g -> g.analyses().stream().map(member -> find(member).orElseThrow()).toList()).orElse(List.of());
	}

	/** Contributions that were ignored, and why. */
	public List<String> problems() {
		return problems;
	}

	/** The analysis with this id; a short id also matches the last segment of a dotted id. */
	public Optional<AnalysisDescriptor> find(String id) {
		Optional<AnalysisDescriptor> exact = analyses.stream().filter(a -> a.id().equals(id)).findFirst();
		if (exact.isPresent()) {
			return exact;
		}
		List<AnalysisDescriptor> bySuffix = analyses.stream().filter(a -> a.id().endsWith("." + id)).toList();
		return bySuffix.size() == 1 ? Optional.of(bySuffix.get(0)) : Optional.empty();
	}

	private static ScenarioAnalysis instantiate(IConfigurationElement element) {
		try {
			return (ScenarioAnalysis) element.createExecutableExtension("class");
		} catch (CoreException | ClassCastException e) {
			throw new IllegalStateException("cannot create the analysis " + element.getAttribute("id") + " of "
					+ element.getContributor().getName() + ": " + e.getMessage(), e);
		}
	}

	/** The version of the bundle that contributes the analysis, when the analysis declares none. */
	private static String contributorVersion(IConfigurationElement element) {
		Bundle self = FrameworkUtil.getBundle(AnalysisRegistry.class);
		if (self != null && self.getBundleContext() != null) {
			for (Bundle bundle : self.getBundleContext().getBundles()) {
				if (element.getContributor().getName().equals(bundle.getSymbolicName())) {
					return bundle.getVersion().toString();
				}
			}
		}
		return "0.0.0";
	}

	private static String orElse(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}
}
