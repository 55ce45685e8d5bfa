package org.entente.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code entente fit MODEL ...}: fits a model on a scenario; one subcommand per model. */
@Command(name = "fit", mixinStandardHelpOptions = true, versionProvider = EntenteVersion.class,
		subcommands = { FitDurabilityCommand.class },
		description = "Fits a model on a scenario (the imported history) into a file analyses can be pointed at.")
final class FitCommand implements EntenteCommand {

	@Spec
	private CommandSpec spec;

	private final Console console;

	FitCommand(Console console) {
		this.console = console;
	}

	@Override
	public Integer call() {
		spec.commandLine().usage(console.out());
		return USAGE;
	}
}
