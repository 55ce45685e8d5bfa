package org.entente.cli;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.entente.data.ImportException;
import org.entente.data.atop.AtopImporter;
import org.entente.data.cow.CowStateSystem;
import org.entente.model.Scenario;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente import atop atop5_1m.csv --system states2016.csv --out FILE.entente}: the ATOP alliances. */
@Command(name = "atop", mixinStandardHelpOptions = true, versionProvider = EntenteVersion.class,
		description = { "Writes a scenario with every ATOP alliance: its ATOP and COW ids, and per member its own "
				+ "obligations, entry and exit", "years and how and why its membership ended (termmode, termcaus)."
						+ " The members are the states of --system, by ccode, without", "spells: use 'entente import "
								+ "history' for the states' spells and capabilities as well." })
final class ImportAtopCommand implements EntenteCommand {

	@Parameters(paramLabel = "ATOP_MEMBERS.csv", description = "ATOP's member-level file (atop5_1m.csv).")
	private Path members;

	@Option(names = "--system", required = true, paramLabel = "STATES.csv",
			description = "The COW State System Membership list (states2016.csv): the members' codes and names.")
	private Path system;

	@Option(names = { "--out", "-o" }, required = true, paramLabel = "FILE.entente", description = "The scenario to write.")
	private Path out;

	private final Console console;

	ImportAtopCommand(Console console) {
		this.console = console;
	}

	@Override
	public Integer call() {
		ImportedScenario.checkOutput(out);
		Scenario scenario;
		try {
			scenario = AtopImporter.scenario(members, CowStateSystem.read(system, null), new NullProgressMonitor());
		} catch (ImportException e) {
			throw new UsageException(e.getMessage());
		}
		return ImportedScenario.write(console, scenario, out,
				scenario.getAlliances().size() + " alliances of " + scenario.getStates().size() + " states");
	}
}
