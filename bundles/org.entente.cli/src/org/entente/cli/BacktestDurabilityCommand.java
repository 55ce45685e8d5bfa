package org.entente.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.analysis.AnalysisRegistry;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.AnalysisRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code entente backtest durability HISTORY}: the analysis {@code durability-backtest} with its parameters as
 * options, written as any analysis report.
 */
@Command(name = "durability", mixinStandardHelpOptions = true, versionProvider = EntenteVersion.class,
		description = { "Backtests the durability model on the scenario in FILE (the imported history): at each "
				+ "origin it is fitted only on what was known then and predicts which memberships in force end "
				+ "within the horizon, beside alliance age alone, Leeds-Mattes-Vogel covariates and the heuristic.",
				"The report (scores by origin, pooled scores, calibration, survival curves) goes to standard output "
						+ "or --out, in --format text, json, csv or html." })
final class BacktestDurabilityCommand implements EntenteCommand {

	@Parameters(paramLabel = "FILE", description = "The scenario to backtest on.")
	private Path file;

	@Option(names = "--origins", paramLabel = "A-B", defaultValue = "1900-2005",
			description = "The first and last origin year (default: ${DEFAULT-VALUE}).")
	private String origins;

	@Option(names = "--step", paramLabel = "YEARS", defaultValue = "5",
			description = "Years between two origins (default: ${DEFAULT-VALUE}).")
	private int step;

	@Option(names = "--horizon", paramLabel = "YEARS", defaultValue = "10",
			description = "Years after an origin within which an end counts (default: ${DEFAULT-VALUE}).")
	private int horizon;

	@Option(names = "--fit-until", paramLabel = "YEAR",
			description = "Fit once on the years up to YEAR and predict at every later origin, instead of refitting "
					+ "at each origin.")
	private Integer fitUntil;

	@Option(names = "--events", paramLabel = "MODE[,MODE]", split = ",",
			description = "The terminations that count as an end (see 'entente fit durability --help').")
	private List<String> events = new ArrayList<>();

	@Option(names = "--no-heuristic", description = "Leave out the hand-weighted heuristic (faster).")
	private boolean noHeuristic;

	@Option(names = "--reliability", paramLabel = "CASES",
			description = "Also run the reliability check on Berkemeier and Fuhrmann's cases in the file CASES "
					+ "(berkemeier_fuhrmann_2018.csv): the AUC of the model's risk for violated against honored "
					+ "commitments in war, fitted up to --fit-until (default 1944) for the later cases.")
	private Path reliability;

	@Mixin
	private OutputOptions output;

	private final Console console;

	BacktestDurabilityCommand(Console console) {
		this.console = console;
	}

	@Override
	public Integer call() {
		output.check();
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("origin_step", Integer.toString(step));
		parameters.put("horizon", Integer.toString(horizon));
		parameters.put("fit_until", fitUntil == null ? "0" : fitUntil.toString());
		parameters.put("heuristic", Boolean.toString(!noHeuristic));
		if (!events.isEmpty()) {
			parameters.put("events", String.join(",", events));
		}
		var descriptor = AnalysisRegistry.fromExtensions().find("durability-backtest")
				.orElseThrow(() -> new UsageException("the durability backtest is not installed"));
		List<AnalysisRunner.Request> requests = new ArrayList<>(List.of(new AnalysisRunner.Request(descriptor, parameters)));
		if (reliability != null) {
			Map<String, String> check = new LinkedHashMap<>();
			check.put("cases", reliability.toString());
			check.put("split", fitUntil == null ? "1944" : fitUntil.toString());
			if (!events.isEmpty()) {
				check.put("events", String.join(",", events));
			}
			requests.add(new AnalysisRunner.Request(AnalysisRegistry.fromExtensions().find("durability-reliability")
					.orElseThrow(() -> new UsageException("the reliability check is not installed")), check));
		}
		AnalysisOptions analysis = new AnalysisOptions();
		analysis.years = origins;
		List<AnalysisResult> results = analysis.run(file, requests, console);
		if (results == null) {
			return FAILED;
		}
		output.write(results, console);
		return AnalysisOptions.allFinished(results, console) ? OK : FAILED;
	}
}
