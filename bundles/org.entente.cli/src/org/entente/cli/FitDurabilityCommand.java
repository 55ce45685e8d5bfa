package org.entente.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.entente.analysis.durability.DurabilityDesign;
import org.entente.analysis.durability.DurabilityFitter;
import org.entente.analysis.durability.DurabilityModel;
import org.entente.analysis.durability.TerminationEvents;
import org.entente.dsl.io.AtomicFiles;
import org.entente.model.Scenario;
import org.entente.model.world.WorldProjector;
import org.entente.model.world.Years;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente fit durability HISTORY --out MODEL.json}: refits the durability model. */
@Command(name = "durability", mixinStandardHelpOptions = true, versionProvider = EntenteVersion.class,
		description = { "Fits the durability model (Cox proportional hazards of membership duration, every variant) "
				+ "on the scenario in FILE, usually the one 'entente import history' writes.",
				"The analysis durability reads the result with --param model=MODEL.json." })
final class FitDurabilityCommand implements EntenteCommand {

	@Parameters(paramLabel = "FILE", description = "The scenario to fit on.")
	private Path file;

	@Option(names = "--until", paramLabel = "YEAR",
			description = "Fit on what was known at the end of YEAR (memberships in force then are censored).")
	private Integer until;

	@Option(names = "--events", paramLabel = "MODE[,MODE]", split = ",",
			description = "The terminations that count as an end: not-renewed, replaced, broken-early, "
					+ "lost-independence, casus-ceased, war-lost, unknown. Default: termination (all but replaced "
					+ "and lost-independence).")
	private List<String> events = new ArrayList<>();

	@Option(names = { "--out", "-o" }, paramLabel = "MODEL.json", required = true,
			description = "Where the model goes, written whole or not at all.")
	private Path out;

	private final Console console;

	FitDurabilityCommand(Console console) {
		this.console = console;
	}

	@Override
	public Integer call() {
		ImportedScenario.checkOutput(out);
		TerminationEvents chosen;
		try {
			chosen = events.isEmpty() ? TerminationEvents.termination() : TerminationEvents.parse(events);
		} catch (IllegalArgumentException e) {
			throw new UsageException("--events: " + e.getMessage());
		}
		Scenario scenario = load();
		if (scenario == null) {
			return FAILED;
		}
		DurabilityDesign design;
		try {
			design = DurabilityDesign.of(new WorldProjector(scenario), new AnalysisOptions.ProgressToStderr(console));
		} catch (IllegalArgumentException e) {
			throw new UsageException(file + ": " + e.getMessage());
		}
		if (until != null) {
			if (until < design.firstYear()) {
				throw new UsageException("--until " + until + " is before the scenario begins (" + design.firstYear()
						+ ")");
			}
			design = design.until(until);
		}
		DurabilityModel model;
		try {
			model = DurabilityFitter.fit(design, chosen, DurabilityFitter.standardVariants(), scenario.getName(),
					scenario.getTitle() == null ? "" : scenario.getTitle());
		} catch (IllegalArgumentException e) {
			console.message("nothing was written to " + out + ": " + e.getMessage());
			return FAILED;
		}
		StringWriter text = new StringWriter();
		model.write(text);
		try {
			AtomicFiles.write(out, text + "\n");
		} catch (IOException e) {
			throw new UsageException(e.getMessage());
		}
		DurabilityModel.Variant full = model.variants().get(0);
		console.err().println(String.format(Locale.ROOT,
				"Wrote %s: durability model fitted on %s %d-%d, %d spells, %d events, %d variants (%s first: %d covariates)",
				out, scenario.getName(), design.firstYear(), design.knownUntil(), design.spells().size(),
				full.fit().events(), model.variants().size(), full.name(), full.covariates().size()));
		return OK;
	}

	private Scenario load() {
		Scenario scenario = AnalysisOptions.load(file, console);
		if (scenario != null && (Years.start(scenario.getPeriod()) == Integer.MIN_VALUE
				|| Years.end(scenario.getPeriod()) == Integer.MAX_VALUE)) {
			throw new UsageException(file + ": the scenario's period must be closed (period A..B) to fit on it");
		}
		return scenario;
	}
}
