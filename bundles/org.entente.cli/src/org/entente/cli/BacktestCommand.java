package org.entente.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code entente backtest MODEL ...}: backtests a model on a scenario; one subcommand per model. */
@Command(name = "backtest", mixinStandardHelpOptions = true, versionProvider = EntenteVersion.class,
		subcommands = { BacktestDurabilityCommand.class },
		description = "Scores a model against what happened after each of a series of origin years.")
final class BacktestCommand implements EntenteCommand {

	@Spec
	private CommandSpec spec;

	private final Console console;

	BacktestCommand(Console console) {
		this.console = console;
	}

	@Override
	public Integer call() {
		spec.commandLine().usage(console.out());
		return USAGE;
	}
}
