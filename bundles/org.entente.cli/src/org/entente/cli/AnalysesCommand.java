package org.entente.cli;

import java.util.Locale;

import org.entente.analysis.AnalysisDescriptor;
import org.entente.analysis.AnalysisRegistry;
import org.entente.analysis.MetricDescriptor;
import org.entente.analysis.ParameterDescriptor;

import picocli.CommandLine.Command;

/** {@code entente analyses}: the installed analyses, their parameters and what they report. */
@Command(name = "analyses", mixinStandardHelpOptions = true, versionProvider = EntenteVersion.class,
		description = "Lists the installed analyses (including third-party plug-ins), their "
		+ "parameters and the metrics they report.")
final class AnalysesCommand implements EntenteCommand {

	private final Console console;

	AnalysesCommand(Console console) {
		this.console = console;
	}

	@Override
	public Integer call() {
		AnalysisRegistry registry = AnalysisRegistry.fromExtensions();
		for (AnalysisDescriptor analysis : registry.analyses()) {
			console.out().println(analysis.id() + "  " + analysis.name() + "  [" + analysis.category() + ", version "
					+ analysis.version() + "]");
			if (!analysis.description().isEmpty()) {
				console.out().println("    " + analysis.description());
			}
			for (ParameterDescriptor parameter : analysis.parameters()) {
				console.out().println("    --param " + parameter.name() + "=" + typeHint(parameter)
						+ (parameter.defaultValue() == null ? "" : "  (default " + parameter.defaultValue() + ")")
						+ (parameter.description() == null ? "" : "  " + parameter.description()));
			}
			if (!analysis.metrics().isEmpty()) {
				console.out().println("    reports: " + String.join(", ",
						analysis.metrics().stream().map(MetricDescriptor::id).toList())
						+ (analysis.tables().isEmpty() ? "" : "; tables: " + String.join(", ",
								analysis.tables().stream().map(t -> t.id()).toList())));
			}
		}
		for (AnalysisRegistry.Group group : registry.groups()) {
			console.out().println(group.id() + "  " + group.name() + "  [group: " + String.join(", ", group.analyses())
					+ "]" + (group.description().isEmpty() ? "" : "\n    " + group.description()));
		}
		registry.problems().forEach(console::message);
		return OK;
	}

	private static String typeHint(ParameterDescriptor parameter) {
		String hint = parameter.type() == ParameterDescriptor.Type.CHOICE
				? String.join(parameter.multiple() ? "," : "|", parameter.choices())
				: parameter.type().name().toLowerCase(Locale.ROOT);
		if (parameter.min() != null || parameter.max() != null) {
			hint += " in [" + bound(parameter.min()) + ", " + bound(parameter.max()) + "]";
		}
		return hint;
	}

	private static String bound(Double value) {
		return value == null ? "..." : value == Math.rint(value) ? Long.toString(value.longValue()) : value.toString();
	}
}
