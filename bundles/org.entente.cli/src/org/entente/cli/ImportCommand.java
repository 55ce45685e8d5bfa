package org.entente.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code entente import FORMAT ...}: writes a scenario from a data set; one subcommand per format. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = EntenteVersion.class,
		subcommands = { ImportCowNmcCommand.class, ImportCowStatesCommand.class, ImportAtopCommand.class,
				ImportHistoryCommand.class },
		description = "Writes a scenario from a data set. The scenario is checked before it replaces --out.")
final class ImportCommand implements EntenteCommand {

	@Spec
	private CommandSpec spec;

	private final Console console;

	ImportCommand(Console console) {
		this.console = console;
	}

	@Override
	public Integer call() {
		spec.commandLine().usage(console.out());
		return USAGE;
	}
}
