package org.entente.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.entente.data.ImportException;
import org.entente.data.cow.CowNmcImport;
import org.entente.data.cow.CowNmcImporter;
import org.entente.model.Scenario;
import org.entente.model.world.Years;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente import cow-nmc NMC.csv --out FILE.entente}: a scenario from the COW capabilities data. */
@Command(name = "cow-nmc", mixinStandardHelpOptions = true, versionProvider = EntenteVersion.class,
		description = { "Writes a scenario with one state per COW state: its ccode, its existence and major-power "
				+ "spells (from --majors),", "and the six capability components for every year (missing values left "
						+ "out). NMC v7 has no state codes: give --system states2016.csv.",
				"The scenario is validated before it is written; an existing --out is replaced only by a valid one." })
final class ImportCowNmcCommand implements EntenteCommand {

	@Parameters(paramLabel = "NMC.csv", description = "The COW National Material Capabilities file (v6 or v7).")
	private Path nmc;

	@Option(names = "--majors", paramLabel = "MAJORS.csv", description = "The COW major powers file (majors2016.csv).")
	private Path majors;

	@Option(names = "--system", paramLabel = "STATES.csv",
			description = "The COW State System Membership list (states2016.csv): state codes and names.")
	private Path system;

	@Option(names = "--years", paramLabel = "A-B", description = "The years to import (default 1816-2016).")
	private String years;

	@Option(names = "--states", paramLabel = "A,B,...", split = ",",
			description = "The state codes to import (default: all).")
	private List<String> states = List.of();

	@Option(names = { "--out", "-o" }, required = true, paramLabel = "FILE.entente", description = "The scenario to write.")
	private Path out;

	private final Console console;

	ImportCowNmcCommand(Console console) {
		this.console = console;
	}

	@Override
	public Integer call() {
		int from = 1816;
		int to = 2016;
		if (years != null) {
			List<Integer> selected;
			try {
				selected = Years.parse(years);
			} catch (IllegalArgumentException e) {
				throw new UsageException("--years: " + e.getMessage());
			}
			if (selected.isEmpty() || selected.get(selected.size() - 1) - selected.get(0) + 1 != selected.size()) {
				throw new UsageException("--years takes one range A-B, not '" + years + "'");
			}
			from = selected.get(0);
			to = selected.get(selected.size() - 1);
		}
		ImportedScenario.checkOutput(out);
		Set<String> codes = Set.copyOf(states.stream().map(String::trim).filter(s -> !s.isEmpty()).toList());
		Scenario scenario;
		try {
			scenario = new CowNmcImporter().read(new CowNmcImport(nmc, majors, system, from, to, codes, null),
					new NullProgressMonitor());
		} catch (ImportException e) {
			throw new UsageException(e.getMessage());
		}
		return ImportedScenario.write(console, scenario, out,
				scenario.getStates().size() + " states, " + from + "-" + to);
	}
}
