package org.entente.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.entente.analysis.AnalysisResult;
import org.entente.analysis.AnalysisResultReader;
import org.entente.analysis.AnalysisRunner;
import org.entente.analysis.report.ResultComparison;
import org.entente.dsl.EntenteFiles;
import org.entente.dsl.io.InputFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code entente compare A B}: two sets of results side by side. A and B are JSON results ({@code entente analyze
 * -f json}) or two scenarios, which are analyzed first with the same analyses and parameters.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = EntenteVersion.class,
		description = { "Puts two sets of results side by side, metric by metric, with the "
		+ "differences.", "A and B are JSON results of 'entente analyze -f json', or two scenarios (a scenario and its "
				+ "variant), analyzed with the same --analysis and --param.",
		"By default every year either has is compared; --at 2026:2028 puts year 2026 of A beside year 2028 of B." })
final class CompareCommand implements EntenteCommand {

	@Parameters(index = "0", paramLabel = "A", description = "The first results (.json) or scenario (.entente).")
	private Path first;

	@Parameters(index = "1", paramLabel = "B", description = "The second results or scenario.")
	private Path second;

	@Option(names = "--at", paramLabel = "YEAR[:YEAR]",
			description = "Compare one year of A with one year of B (the same year when only one is given).")
	private String at;

	@Mixin
	private AnalysisOptions analysis;

	@Mixin
	private OutputOptions output;

	private final Console console;

	CompareCommand(Console console) {
		this.console = console;
	}

	@Override
	public Integer call() {
		output.check();
		int[] years = years();
		boolean scenarios = EntenteFiles.isScenario(first) || EntenteFiles.isScenario(second);
		List<AnalysisResult> a;
		List<AnalysisResult> b;
		if (scenarios) {
			List<AnalysisRunner.Request> requests = analysis.requests();
			a = analysis.run(first, requests, console);
			b = a == null ? null : analysis.run(second, requests, console);
			if (a == null || b == null) {
				return FAILED;
			}
		} else {
			if (!analysis.ids.isEmpty() || !analysis.parameters.isEmpty() || analysis.years != null) {
				throw new UsageException("--analysis, --param and --years are for comparing scenarios; "
						+ first + " and " + second + " are results");
			}
			a = read(first);
			b = read(second);
		}
		ResultComparison comparison = years == null ? ResultComparison.byYear(a, b)
				: ResultComparison.years(a, years[0], b, years[1]);
		if (comparison.rows().isEmpty()) {
			throw new UsageException("nothing to compare: " + first + " and " + second
					+ " have no finished analysis in common" + (years == null ? "" : " in those years"));
		}
		output.write(comparison, console);
		boolean finished = AnalysisOptions.allFinished(a, console) & AnalysisOptions.allFinished(b, console);
		return finished ? OK : FAILED;
	}

	private int[] years() {
		if (at == null) {
			return null;
		}
		String[] parts = at.split(":");
		try {
			int yearA = Integer.parseInt(parts[0].trim());
			int yearB = parts.length > 1 ? Integer.parseInt(parts[1].trim()) : yearA;
			if (parts.length > 2) {
				throw new NumberFormatException();
			}
			return new int[] { yearA, yearB };
		} catch (NumberFormatException e) {
			throw new UsageException("--at takes YEAR or YEAR:YEAR, not '" + at + "'");
		}
	}

	private static List<AnalysisResult> read(Path file) {
		InputFiles.problem(file).ifPresent(problem -> {
			throw new UsageException(problem);
		});
		try {
			return AnalysisResultReader.fromJson(Files.readString(file));
		} catch (IOException e) {
			throw new UsageException("cannot read " + file + ": " + e.getMessage());
		} catch (IllegalArgumentException e) {
			throw new UsageException(file + ": " + e.getMessage());
		}
	}
}
