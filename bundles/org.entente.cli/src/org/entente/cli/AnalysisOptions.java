package org.entente.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.xtext.validation.Issue;
import org.entente.analysis.AnalysisDescriptor;
import org.entente.analysis.AnalysisRegistry;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.AnalysisRunner;
import org.entente.cli.EntenteCommand.UsageException;
import org.entente.dsl.io.InputFiles.UnreadableFileException;
import org.entente.dsl.load.LoadedScenario;
import org.entente.dsl.load.ScenarioLoader;
import org.entente.model.Scenario;
import org.entente.model.world.Years;

import picocli.CommandLine.Option;

/**
 * The options that choose and run analyses, shared by {@code analyze} and {@code compare}: which analyses, their
 * parameters, and the years.
 */
final class AnalysisOptions {

	@Option(names = { "--analysis", "-a" }, paramLabel = "ID[,ID]", split = ",",
			description = "The analyses to run (see 'entente analyses').")
	List<String> ids = new ArrayList<>();

	@Option(names = { "--param", "-p" }, paramLabel = "NAME=VALUE",
			description = "A parameter for every chosen analysis that declares NAME; ID.NAME=VALUE for one.")
	List<String> parameters = new ArrayList<>();

	@Option(names = "--years", paramLabel = "A-B|Y,Y,...", description = "The years to analyze; default: the "
			+ "scenario's period.")
	String years;

	/** The chosen analyses with their parameters, checked before anything is loaded. */
	List<AnalysisRunner.Request> requests() {
		if (ids.isEmpty()) {
			throw new UsageException("give --analysis ID (see 'entente analyses')");
		}
		AnalysisRegistry registry = AnalysisRegistry.fromExtensions();
		List<AnalysisDescriptor> analyses = new ArrayList<>();
		for (String id : ids) {
			List<AnalysisDescriptor> named = registry.resolve(id.trim());
			if (named.isEmpty()) {
				throw new UsageException("no analysis '" + id.trim() + "' is installed; installed: " + String.join(", ",
						registry.analyses().stream().map(AnalysisDescriptor::id).toList()) + (registry.groups().isEmpty()
								? "" : "; groups: " + String.join(", ",
										registry.groups().stream().map(AnalysisRegistry.Group::id).toList())));
			}
			named.stream().filter(a -> !analyses.contains(a)).forEach(analyses::add);
		}
		Map<AnalysisDescriptor, Map<String, String>> values = new LinkedHashMap<>();
		analyses.forEach(a -> values.put(a, new LinkedHashMap<>()));
		for (String param : parameters) {
			int equals = param.indexOf('=');
			if (equals <= 0) {
				throw new UsageException("--param takes NAME=VALUE, not '" + param + "'");
			}
			String name = param.substring(0, equals).trim();
			String value = param.substring(equals + 1);
			boolean used = false;
			for (AnalysisDescriptor analysis : analyses) {
				String local = name;
				if (name.contains(".")) {
					String prefix = name.substring(0, name.lastIndexOf('.'));
					boolean inGroup = registry.groups().stream()
							.anyMatch(g -> g.id().equals(prefix) && g.analyses().contains(analysis.id()));
					if (!analysis.id().equals(prefix) && !analysis.id().endsWith("." + prefix) && !inGroup) {
						continue;
					}
					local = name.substring(name.lastIndexOf('.') + 1);
				}
				if (analysis.parameter(local) != null) {
					values.get(analysis).put(local, value);
					used = true;
				}
			}
			if (!used) {
				throw new UsageException("no chosen analysis has a parameter '" + name + "' (see 'entente analyses')");
			}
		}
		List<AnalysisRunner.Request> requests = new ArrayList<>();
		values.forEach((analysis, given) -> requests.add(new AnalysisRunner.Request(analysis, given)));
		return requests;
	}

	/**
	 * Loads the scenario in {@code file} and runs the requests on it.
	 *
	 * @return the results, or {@code null} when the scenario has errors (they are printed)
	 */
	List<AnalysisResult> run(Path file, List<AnalysisRunner.Request> requests, Console console) {
		Scenario scenario = load(file, console);
		if (scenario == null) {
			return null;
		}
		List<Integer> selected = years(scenario);
		console.err().println("Analyzing " + scenario.getName() + " (" + selected.size() + " years) with "
				+ String.join(", ", requests.stream().map(r -> r.descriptor().id()).toList()));
		try {
			return new AnalysisRunner().run(requests, scenario, selected, new ProgressToStderr(console));
		} catch (IllegalArgumentException badParameters) {
			throw new UsageException(badParameters.getMessage());
		}
	}

	/**
	 * Loads the scenario in {@code file}.
	 *
	 * @return the scenario, or {@code null} when it has errors (they are printed)
	 * @throws UsageException when the file cannot be read
	 */
	static Scenario load(Path file, Console console) {
		LoadedScenario loaded;
		try {
			loaded = ScenarioLoader.shared().load(file);
		} catch (UnreadableFileException e) {
			throw new UsageException(e.getMessage());
		}
		if (!loaded.isAnalysable()) {
			for (Issue issue : loaded.errors()) {
				console.err().println(LoadedScenario.describe(file.toString(), issue));
			}
			console.message(file + (loaded.scenario() == null && loaded.errors().isEmpty() ? " holds no scenario"
					: " has errors; fix them before analyzing (entente validate " + file + ")"));
			return null;
		}
		return loaded.scenario();
	}

	/** The years to analyze: {@code --years}, or the scenario's (closed) period. */
	List<Integer> years(Scenario scenario) {
		try {
			return years == null ? Years.within(scenario.getPeriod(), null, null) : Years.parse(years);
		} catch (IllegalArgumentException e) {
			throw new UsageException((years == null ? "the scenario " + scenario.getName() + ": " : "--years: ")
					+ e.getMessage() + (years == null ? " (--years A-B)" : ""));
		}
	}

	/** Whether every result finished; says why on standard error for those that did not. */
	static boolean allFinished(List<AnalysisResult> results, Console console) {
		boolean allOk = true;
		for (AnalysisResult result : results) {
			if (result.status() != AnalysisResult.Status.OK) {
				console.message(result.analysisId() + " " + result.status().name().toLowerCase(Locale.ROOT) + ": "
						+ result.message());
				allOk = false;
			}
		}
		return allOk;
	}

	/** Reports the runner's progress as lines on standard error. */
	static final class ProgressToStderr extends NullProgressMonitor {
		private final Console console;

		ProgressToStderr(Console console) {
			this.console = console;
		}

		@Override
		public void subTask(String name) {
			if (name != null && !name.isBlank()) {
				console.err().println("  running " + name);
			}
		}
	}
}
