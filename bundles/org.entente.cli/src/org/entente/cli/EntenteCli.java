package org.entente.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.entente.cli.EntenteCommand.UsageException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;

/**
 * The {@code entente} command line: one class per command ({@link EntenteCommand}), parsed by picocli, which also
 * writes each command's {@code --help} from its declared options. Exit codes: 0 success, 1 invalid scenarios or
 * failed analyses, 2 a usage error (bad arguments, unreadable files).
 */
public final class EntenteCli {

	/** Exit code for success. */
	public static final int OK = EntenteCommand.OK;
	/** Exit code when a scenario has errors or an analysis did not finish. */
	public static final int FAILED = EntenteCommand.FAILED;
	/** Exit code for bad arguments or unreadable input. */
	public static final int USAGE = EntenteCommand.USAGE;

	/** The root command: lists the commands and what the launcher does without one. */
	@Command(name = "entente", mixinStandardHelpOptions = true, versionProvider = EntenteVersion.class, subcommands = { ValidateCommand.class,
			AnalysesCommand.class, AnalyzeCommand.class, CompareCommand.class, ImportCommand.class, FitCommand.class,
			BacktestCommand.class,
			DiagramCommand.class, CommandLine.HelpCommand.class },
			description = "Models and evaluates military-alliance scenarios.",
			footer = { "", "Without a command, entente opens the workbench. 'entente COMMAND --help' describes a command." })
	static final class Root implements Runnable {
		@Override
		public void run() {
			// a command is always given; run() is reached only for options of the root alone
		}
	}

	private final Console console;

	public EntenteCli(PrintStream out, PrintStream err) {
		this.console = new Console(out, err);
	}

	/** Runs a command and returns its exit code; never throws for bad input. */
	public int run(String[] args) {
		quietLogging();
		CommandLine commandLine = new CommandLine(new Root(), factory());
		commandLine.setOut(new PrintWriter(console.out(), true, StandardCharsets.UTF_8));
		commandLine.setErr(new PrintWriter(console.err(), true, StandardCharsets.UTF_8));
		commandLine.setParameterExceptionHandler(this::badArguments);
		commandLine.setExecutionExceptionHandler((failure, line, parsed) -> failed(failure, line));
		if (args.length == 0) {
			commandLine.usage(console.out());
			return USAGE;
		}
		if (List.of("--help", "-h").contains(args[0])) {
			commandLine.usage(console.out());
			return OK;
		}
		try {
			return commandLine.execute(args);
		} catch (OutOfMemoryError | StackOverflowError exhausted) {
			// Not an Exception, so picocli lets it through: say so instead of ending in silence.
			console.message((exhausted instanceof OutOfMemoryError ? "ran out of memory"
					: "ran out of stack (the input nests too deeply)") + " (" + exhausted.getMessage()
					+ "); give the command line more memory with ENTENTE_VM_ARGS=-Xmx8g, or analyze fewer years");
			return FAILED;
		}
	}

	private IFactory factory() {
		IFactory defaults = CommandLine.defaultFactory();
		return new IFactory() {
			@Override
			public <K> K create(Class<K> type) throws Exception {
				try {
					return type.getDeclaredConstructor(Console.class).newInstance(console);
				} catch (NoSuchMethodException noConsole) {
					return defaults.create(type);
				}
			}
		};
	}

	private int badArguments(ParameterException problem, String[] args) {
		console.message(problem.getMessage());
		console.err().println("Run 'entente " + commandName(problem.getCommandLine()) + "--help' for usage.");
		return USAGE;
	}

	private int failed(Exception failure, CommandLine line) {
		if (failure instanceof UsageException usage) {
			console.message(usage.getMessage());
			console.err().println("Run 'entente " + commandName(line) + "--help' for usage.");
			return USAGE;
		}
		console.message(failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": "
				+ failure.getMessage()));
		return FAILED;
	}

	private static String commandName(CommandLine line) {
		String name = line.getCommandSpec().qualifiedName(" ");
		return name.equals("entente") ? "" : name.substring("entente ".length()) + " ";
	}

	private static void quietLogging() {
		// Xtext logs through log4j 1.x; without configuration it warns about appenders on every run.
		Logger root = Logger.getRootLogger();
		if (!root.getAllAppenders().hasMoreElements()) {
			root.setLevel(Level.ERROR);
			root.addAppender(new ConsoleAppender(new PatternLayout("%p %c: %m%n"), ConsoleAppender.SYSTEM_ERR));
		}
	}
}
