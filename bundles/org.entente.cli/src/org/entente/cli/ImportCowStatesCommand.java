package org.entente.cli;

import java.nio.file.Path;

import org.entente.data.ImportException;
import org.entente.data.cow.CowStateSystem;
import org.entente.model.Scenario;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente import cow-states states2016.csv --out FILE.entente}: the COW state system as a scenario. */
@Command(name = "cow-states", mixinStandardHelpOptions = true, versionProvider = EntenteVersion.class,
		description = { "Writes a scenario with one state per state of the COW State System Membership list: its "
				+ "code, name, ccode,", "its membership spells (spells that reach the end of the list stay open) and,"
						+ " from --majors, its major-power spells." })
final class ImportCowStatesCommand implements EntenteCommand {

	@Parameters(paramLabel = "STATES.csv", description = "The COW State System Membership list (states2016.csv).")
	private Path states;

	@Option(names = "--majors", paramLabel = "MAJORS.csv", description = "The COW major powers file (majors2016.csv).")
	private Path majors;

	@Option(names = { "--out", "-o" }, required = true, paramLabel = "FILE.entente", description = "The scenario to write.")
	private Path out;

	private final Console console;

	ImportCowStatesCommand(Console console) {
		this.console = console;
	}

	@Override
	public Integer call() {
		ImportedScenario.checkOutput(out);
		Scenario scenario;
		try {
			scenario = CowStateSystem.read(states, majors).scenario(null);
		} catch (ImportException e) {
			throw new UsageException(e.getMessage());
		}
		return ImportedScenario.write(console, scenario, out, scenario.getStates().size() + " states");
	}
}
