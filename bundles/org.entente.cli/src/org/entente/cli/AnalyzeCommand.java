package org.entente.cli;

import java.nio.file.Path;
import java.util.List;

import org.entente.analysis.AnalysisResult;
import org.entente.analysis.AnalysisRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code entente analyze FILE --analysis ID}: runs analyses on a scenario and writes the report. */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = EntenteVersion.class,
		description = { "Runs the analyses on the scenario (or variant) in FILE, for the "
		+ "scenario's period unless --years is given.", "The report goes to standard output, or to --out PATH, written "
				+ "whole or not at all. Progress goes to standard error." })
final class AnalyzeCommand implements EntenteCommand {

	@Parameters(paramLabel = "FILE", description = "The scenario to analyze.")
	private Path file;

	@Mixin
	private AnalysisOptions analysis;

	@Mixin
	private OutputOptions output;

	private final Console console;

	AnalyzeCommand(Console console) {
		this.console = console;
	}

	@Override
	public Integer call() {
		output.check();
		List<AnalysisRunner.Request> requests = analysis.requests();
		List<AnalysisResult> results = analysis.run(file, requests, console);
		if (results == null) {
			return FAILED;
		}
		output.write(results, console);
		return AnalysisOptions.allFinished(results, console) ? OK : FAILED;
	}
}
