package org.entente.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.entente.data.ImportException;
import org.entente.data.atop.AtopImporter;
import org.entente.data.atop.AtopImporter.MemberRow;
import org.entente.data.cow.CowStateSystem;
import org.entente.model.EntenteFactory;
import org.entente.model.Scenario;
import org.entente.model.Source;
import org.entente.model.State;

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
		Scenario scenario = EntenteFactory.eINSTANCE.createScenario();
		scenario.setName("atopAlliances");
		scenario.setTitle("ATOP 5.1 alliances");
		Source atop = AtopImporter.source();
		scenario.getSourceDefinitions().add(atop);
		scenario.getSources().add(atop);
		try {
			CowStateSystem states = CowStateSystem.read(system, null);
			List<MemberRow> rows = AtopImporter.readMembers(members, new NullProgressMonitor());
			Map<Integer, State> byCcode = new HashMap<>();
			for (MemberRow row : rows) {
				if (byCcode.containsKey(row.ccode())) {
					continue;
				}
				State state = states.member(row.ccode()).map(member -> {
					State known = EntenteFactory.eINSTANCE.createState();
					known.setName(member.code());
					known.setLabel(member.name());
					known.setCcode(member.ccode());
					return known;
				}).orElse(null);
				if (state == null) {
					state = AtopImporter.outsideCow(row, members, system);
				}
				byCcode.put(row.ccode(), state);
				scenario.getStates().add(state);
			}
			scenario.getAlliances().addAll(AtopImporter.alliances(rows, byCcode::get, atop));
		} catch (ImportException e) {
			throw new UsageException(e.getMessage());
		}
		return ImportedScenario.write(console, scenario, out,
				scenario.getAlliances().size() + " alliances of " + scenario.getStates().size() + " states");
	}
}
