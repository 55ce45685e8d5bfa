package org.entente.cli;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.entente.data.ImportException;
import org.entente.data.history.HistoryImport;
import org.entente.data.history.HistoryImporter;
import org.entente.model.Scenario;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente import history DATA --out history.entente}: the historical world 1815-2018 in one scenario. */
@Command(name = "history", mixinStandardHelpOptions = true, versionProvider = EntenteVersion.class,
		description = { "Writes the historical world 1815-2018 as one scenario: every COW state with its membership "
				+ "and major-power spells", "and yearly capabilities (NMC), and every ATOP alliance with its members' "
						+ "obligations, years and endings.", "DATA is the folder with cow/states2016.csv, "
								+ "cow/majors2016.csv, cow/NMC-60-abridged.csv (or NMC-70) and atop/atop5_1m.csv." })
final class ImportHistoryCommand implements EntenteCommand {

	@Parameters(paramLabel = "DATA", description = "The data folder (for example ../shared/data).")
	private Path data;

	@Option(names = "--nmc", paramLabel = "6|7", defaultValue = "6",
			description = "The NMC version whose capabilities to use (default ${DEFAULT-VALUE}).")
	private int nmcVersion;

	@Option(names = { "--out", "-o" }, required = true, paramLabel = "FILE.entente", description = "The scenario to write.")
	private Path out;

	private final Console console;

	ImportHistoryCommand(Console console) {
		this.console = console;
	}

	@Override
	public Integer call() {
		if (nmcVersion != 6 && nmcVersion != 7) {
			throw new UsageException("--nmc is 6 or 7, not " + nmcVersion);
		}
		ImportedScenario.checkOutput(out);
		Scenario scenario;
		try {
			scenario = new HistoryImporter().read(HistoryImport.fromDataFolder(data, nmcVersion),
					new NullProgressMonitor());
		} catch (ImportException e) {
			throw new UsageException(e.getMessage());
		}
		return ImportedScenario.write(console, scenario, out, scenario.getStates().size() + " states, "
				+ scenario.getAlliances().size() + " alliances, " + HistoryImporter.FIRST_YEAR + "-2018");
	}
}
