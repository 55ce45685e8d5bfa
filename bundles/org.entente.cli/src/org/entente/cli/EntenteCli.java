package org.entente.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.entente.analysis.AnalysisDescriptor;
import org.entente.analysis.AnalysisRegistry;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.AnalysisResultWriter;
import org.entente.analysis.AnalysisRunner;
import org.entente.analysis.ParameterDescriptor;
import org.entente.dsl.io.AtomicFiles;
import org.entente.dsl.io.InputFiles;
import org.entente.dsl.io.InputFiles.UnreadableFileException;
import org.entente.dsl.load.LoadedScenario;
import org.entente.dsl.load.ScenarioLoader;
import org.entente.model.Scenario;
import org.entente.model.world.Years;

/**
 * The {@code entente} command line: {@code validate}, {@code analyses} and {@code analyze}. Exit codes: 0 success, 1
 * invalid scenarios or failed analyses, 2 a usage error (bad arguments, unreadable files).
 */
public final class EntenteCli {

	/** Exit code for success. */
	public static final int OK = 0;
	/** Exit code when a scenario has errors or an analysis did not finish. */
	public static final int FAILED = 1;
	/** Exit code for bad arguments or unreadable input. */
	public static final int USAGE = 2;

	private static final String USAGE_TEXT = """
			Usage: entente COMMAND [ARGS]

			Commands:
			  validate FILE...        check scenarios; prints file:line:col: severity: message
			  analyses                list the installed analyses and their parameters
			  analyze FILE --analysis ID[,ID] [--years A-B|Y,Y,...] [--param NAME=VALUE]...
			          [--format text|json|csv|html] [--out PATH]
			                          run analyses on a scenario or variant
			  import cow-nmc NMC.csv [--majors MAJORS.csv] [--years A-B] [--states A,B,...] --out FILE.entente
			                          write a scenario from the Correlates of War capabilities data
			  diagram FILE [--no-browser]
			                          serve the editable diagram of a scenario on a local address

			Without a command, entente opens the workbench. 'entente COMMAND --help' describes a command.
			""";

	private final PrintStream out;
	private final PrintStream err;

	public EntenteCli(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Runs a command and returns its exit code; never throws for bad input. */
	public int run(String[] args) {
		quietLogging();
		if (args.length == 0 || List.of("help", "--help", "-h").contains(args[0])) {
			out.print(USAGE_TEXT);
			return args.length == 0 ? USAGE : OK;
		}
		List<String> rest = List.of(args).subList(1, args.length);
		try {
			return switch (args[0]) {
			case "validate" -> validate(rest);
			case "analyses" -> analyses(rest);
			case "analyze" -> analyze(rest);
			case "import" -> importData(rest);
			case "diagram" -> new DiagramCommand(out, err).run(rest);
			default -> usage("unknown command '" + args[0] + "'");
			};
		} catch (UsageException e) {
			return usage(e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return OK;
		} catch (RuntimeException e) {
			err.println("entente: " + e.getClass().getSimpleName() + ": " + e.getMessage());
			return FAILED;
		}
	}

	private int usage(String message) {
		err.println("entente: " + message);
		err.println("Run 'entente --help' for usage.");
		return USAGE;
	}

	// ------------------------------------------------------------------ validate

	private int validate(List<String> args) {
		if (args.contains("--help")) {
			out.println("Usage: entente validate FILE...\n\nChecks each file and the files it imports. Prints one line per"
					+ " problem, file:line:col: severity: message, and exits with 1 when there is an error.");
			return OK;
		}
		if (args.isEmpty()) {
			throw new UsageException("validate needs at least one FILE");
		}
		ScenarioLoader loader = ScenarioLoader.shared();
		int errors = 0;
		int warnings = 0;
		for (String name : args) {
			LoadedScenario loaded;
			try {
				loaded = loader.load(Path.of(name));
			} catch (UnreadableFileException e) {
				err.println("entente: " + e.getMessage());
				errors++;
				continue;
			}
			for (Issue issue : loaded.issues()) {
				if (issue.getSeverity() == Severity.IGNORE) {
					continue;
				}
				out.println(format(name, issue));
				if (issue.getSeverity() == Severity.ERROR) {
					errors++;
				} else if (issue.getSeverity() == Severity.WARNING) {
					warnings++;
				}
			}
		}
		err.println(errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
				+ (warnings == 1 ? "" : "s"));
		return errors > 0 ? FAILED : OK;
	}

	static String format(String file, Issue issue) {
		return LoadedScenario.describe(file, issue);
	}

	// ------------------------------------------------------------------ analyses

	private int analyses(List<String> args) {
		if (args.contains("--help")) {
			out.println("Usage: entente analyses\n\nLists the installed analyses (including third-party plug-ins) and"
					+ " their parameters.");
			return OK;
		}
		AnalysisRegistry registry = AnalysisRegistry.fromExtensions();
		for (AnalysisDescriptor analysis : registry.analyses()) {
			out.println(analysis.id() + "  " + analysis.name() + "  [" + analysis.category() + ", version "
					+ analysis.version() + "]");
			if (!analysis.description().isEmpty()) {
				out.println("    " + analysis.description());
			}
			for (ParameterDescriptor parameter : analysis.parameters()) {
				out.println("    --param " + parameter.name() + "=" + typeHint(parameter)
						+ (parameter.defaultValue() == null ? "" : "  (default " + parameter.defaultValue() + ")")
						+ (parameter.description() == null ? "" : "  " + parameter.description()));
			}
		}
		registry.problems().forEach(problem -> err.println("entente: " + problem));
		return OK;
	}

	private static String typeHint(ParameterDescriptor parameter) {
		return parameter.type() == ParameterDescriptor.Type.CHOICE ? String.join("|", parameter.choices())
				: parameter.type().name().toLowerCase(Locale.ROOT);
	}

	// ------------------------------------------------------------------ analyze

	private int analyze(List<String> args) {
		if (args.contains("--help")) {
			out.println("""
					Usage: entente analyze FILE --analysis ID[,ID] [--years A-B|Y,Y,...] [--param NAME=VALUE]...
					                       [--format text|json|csv|html] [--out PATH]

					Runs the analyses on the scenario (or variant) in FILE, for the scenario's period unless --years
					is given. A parameter applies to every chosen analysis that declares it (ID.NAME=VALUE for one).
					The output goes to standard output, or to PATH, written whole or not at all.""");
			return OK;
		}
		String file = null;
		List<String> ids = new ArrayList<>();
		String years = null;
		String format = "text";
		String outPath = null;
		List<String> params = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--analysis", "-a" -> ids.addAll(List.of(value(args, ++i, arg).split(",")));
			case "--years" -> years = value(args, ++i, arg);
			case "--param", "-p" -> params.add(value(args, ++i, arg));
			case "--format", "-f" -> format = value(args, ++i, arg);
			case "--out", "-o" -> outPath = value(args, ++i, arg);
			default -> {
				if (arg.startsWith("-")) {
					throw new UsageException("unknown option '" + arg + "' for analyze");
				}
				if (file != null) {
					throw new UsageException("analyze takes one FILE; got '" + file + "' and '" + arg + "'");
				}
				file = arg;
			}
			}
		}
		if (file == null) {
			throw new UsageException("analyze needs a FILE");
		}
		if (ids.isEmpty()) {
			throw new UsageException("analyze needs --analysis ID (see 'entente analyses')");
		}
		if (!List.of("text", "json", "csv", "html").contains(format)) {
			throw new UsageException("unknown format '" + format + "' (text, json, csv or html)");
		}
		AnalysisRegistry registry = AnalysisRegistry.fromExtensions();
		List<AnalysisDescriptor> analyses = new ArrayList<>();
		for (String id : ids) {
			analyses.add(registry.find(id.trim()).orElseThrow(() -> new UsageException("no analysis '" + id.trim()
					+ "' is installed; installed: " + String.join(", ",
							registry.analyses().stream().map(AnalysisDescriptor::id).toList()))));
		}
		List<AnalysisRunner.Request> requests = requests(analyses, params);

		LoadedScenario loaded;
		try {
			loaded = ScenarioLoader.shared().load(Path.of(file));
		} catch (UnreadableFileException e) {
			throw new UsageException(e.getMessage());
		}
		if (loaded.hasErrors() || loaded.scenario() == null) {
			for (Issue issue : loaded.issues()) {
				if (issue.getSeverity() == Severity.ERROR) {
					err.println(format(file, issue));
				}
			}
			err.println("entente: " + file + " has errors; fix them before analyzing (entente validate " + file + ")");
			return FAILED;
		}
		Scenario scenario = loaded.scenario();
		List<Integer> yearList = years(years, scenario);
		err.println("Analyzing " + scenario.getName() + " (" + yearList.size() + " years) with "
				+ String.join(", ", analyses.stream().map(AnalysisDescriptor::id).toList()));
		List<AnalysisResult> results;
		try {
			results = new AnalysisRunner().run(requests, scenario, yearList, new ProgressToStderr(err));
		} catch (IllegalArgumentException badParameters) {
			throw new UsageException(badParameters.getMessage());
		}
		String text = switch (format) {
		case "json" -> AnalysisResultWriter.toJson(results) + "\n";
		case "csv" -> AnalysisResultWriter.toCsv(results);
		case "html" -> HtmlReport.of(results);
		default -> TextReport.of(results);
		};
		if (outPath == null) {
			out.print(text);
		} else {
			writeAtomically(Path.of(outPath), text);
			err.println("Wrote " + outPath);
		}
		boolean allOk = true;
		for (AnalysisResult result : results) {
			if (result.status() != AnalysisResult.Status.OK) {
				err.println("entente: " + result.analysisId() + " " + result.status().name().toLowerCase(Locale.ROOT)
						+ ": " + result.message());
				allOk = false;
			}
		}
		return allOk ? OK : FAILED;
	}

	// ------------------------------------------------------------------ import

	private int importData(List<String> args) {
		if (args.contains("--help") || args.isEmpty()) {
			out.println("""
					Usage: entente import cow-nmc NMC.csv [--majors MAJORS.csv] [--years A-B] [--states A,B,...] --out FILE.entente

					Writes a scenario with one state per COW state: its ccode, its major-power spells (from --majors),
					and the six capability components for every year (missing values, -9, left out). The file is
					checked after it is written.""");
			return args.isEmpty() ? USAGE : OK;
		}
		if (!"cow-nmc".equals(args.get(0))) {
			throw new UsageException("unknown import format '" + args.get(0) + "' (cow-nmc)");
		}
		Path nmc = null;
		Path majors = null;
		String years = null;
		String states = null;
		Path target = null;
		for (int i = 1; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--majors" -> majors = Path.of(value(args, ++i, arg));
			case "--years" -> years = value(args, ++i, arg);
			case "--states" -> states = value(args, ++i, arg);
			case "--out", "-o" -> target = Path.of(value(args, ++i, arg));
			default -> {
				if (arg.startsWith("-") || nmc != null) {
					throw new UsageException("unexpected argument '" + arg + "' for import cow-nmc");
				}
				nmc = Path.of(arg);
			}
			}
		}
		if (nmc == null || target == null) {
			throw new UsageException("import cow-nmc needs the NMC file and --out FILE.entente");
		}
		for (Path input : majors == null ? List.of(nmc) : List.of(nmc, majors)) {
			InputFiles.problem(input).ifPresent(problem -> {
				throw new UsageException(problem);
			});
		}
		int from = 1816;
		int to = 2016;
		if (years != null) {
			String[] range = years.split("-");
			try {
				from = Integer.parseInt(range[0].trim());
				to = Integer.parseInt(range[range.length - 1].trim());
			} catch (NumberFormatException e) {
				throw new UsageException("--years takes A-B, not '" + years + "'");
			}
			if (to < from) {
				throw new UsageException("--years " + years + " ends before it starts");
			}
		}
		java.util.Set<String> codes = states == null ? java.util.Set.of()
				: java.util.Set.copyOf(List.of(states.split(",")).stream().map(String::trim).toList());
		String text;
		try {
			text = CowImporter.importNmc(nmc, majors, new CowImporter.Selection(from, to, codes),
					"cow" + from + "to" + to);
		} catch (IOException e) {
			throw new UsageException("cannot read " + nmc + ": " + e.getMessage());
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		writeAtomically(target, text);
		err.println("Wrote " + target);
		return validate(List.of(target.toString()));
	}

	private static List<AnalysisRunner.Request> requests(List<AnalysisDescriptor> analyses, List<String> params) {
		Map<AnalysisDescriptor, Map<String, String>> values = new LinkedHashMap<>();
		analyses.forEach(a -> values.put(a, new LinkedHashMap<>()));
		for (String param : params) {
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
					if (!analysis.id().equals(prefix) && !analysis.id().endsWith("." + prefix)) {
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

	/** The years to analyze: {@code A-B}, a list {@code Y,Y}, or the scenario's (closed) period. */
	static List<Integer> years(String spec, Scenario scenario) {
		if (spec == null) {
			int start = Years.start(scenario.getPeriod());
			int end = Years.end(scenario.getPeriod());
			if (start == Integer.MIN_VALUE || end == Integer.MAX_VALUE) {
				throw new UsageException("the scenario's period is open or missing; give --years A-B");
			}
			return IntStream.rangeClosed(start, end).boxed().toList();
		}
		TreeSet<Integer> years = new TreeSet<>();
		try {
			for (String part : spec.split(",")) {
				String trimmed = part.trim();
				int dash = trimmed.indexOf('-', 1);
				if (dash > 0) {
					int from = Integer.parseInt(trimmed.substring(0, dash).trim());
					int to = Integer.parseInt(trimmed.substring(dash + 1).trim());
					if (to < from) {
						throw new UsageException("--years " + trimmed + " ends before it starts");
					}
					IntStream.rangeClosed(from, to).forEach(years::add);
				} else {
					years.add(Integer.parseInt(trimmed));
				}
			}
		} catch (NumberFormatException e) {
			throw new UsageException("--years takes A-B or Y,Y,...; '" + spec + "' is neither");
		}
		return List.copyOf(years);
	}

	private static String value(List<String> args, int index, String option) {
		if (index >= args.size()) {
			throw new UsageException(option + " needs a value");
		}
		return args.get(index);
	}

	/** Writes through {@link AtomicFiles}: readers never see half a report; a failure is a usage error. */
	static void writeAtomically(Path target, String text) {
		writeAtomically(target, text.getBytes(StandardCharsets.UTF_8));
	}

	/** Writes bytes as {@link #writeAtomically(Path, String)} writes text. */
	static void writeAtomically(Path target, byte[] content) {
		try {
			AtomicFiles.write(target, content);
		} catch (IOException e) {
			throw new UsageException(e.getMessage().startsWith("cannot write") ? e.getMessage()
					: "cannot write " + target + ": " + e.getMessage());
		}
	}

	private static void quietLogging() {
		// Xtext logs through log4j 1.x; without configuration it warns about appenders on every run.
		org.apache.log4j.Logger root = org.apache.log4j.Logger.getRootLogger();
		if (!root.getAllAppenders().hasMoreElements()) {
			root.setLevel(org.apache.log4j.Level.ERROR);
			root.addAppender(new org.apache.log4j.ConsoleAppender(new org.apache.log4j.PatternLayout("%p %c: %m%n"),
					org.apache.log4j.ConsoleAppender.SYSTEM_ERR));
		}
	}

	/** A bad argument; reported with the usage hint and exit code 2. */
	static final class UsageException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	/** Reports the runner's progress as lines on standard error. */
	private static final class ProgressToStderr extends NullProgressMonitor {
		private final PrintStream err;

		ProgressToStderr(PrintStream err) {
			this.err = err;
		}

		@Override
		public void subTask(String name) {
			if (name != null && !name.isBlank()) {
				err.println("  running " + name);
			}
		}
	}
}
