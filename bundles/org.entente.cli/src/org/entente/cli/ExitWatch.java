package org.entente.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import org.entente.analysis.AnalysisRunner;

/**
 * A shutdown hook for the command line: when the program ends while an analysis is running (the analysis, or a
 * plug-in, called {@code System.exit}), it says so on standard error and ends with status 1 instead of the status
 * the caller chose, so that a script never takes such an exit for success. The command line does not refuse the
 * exit itself (see {@link AnalysisRunner#refuseExitsFromAnalyses()}): the remaining analyses do not run.
 */
public final class ExitWatch extends Thread {

	private final Supplier<List<String>> running;
	private final PrintStream err;
	private final IntConsumer halt;
	private volatile boolean finished;

	public ExitWatch(Supplier<List<String>> running, PrintStream err, IntConsumer halt) {
		super("entente exit watch");
		this.running = running;
		this.err = err;
		this.halt = halt;
	}

	/** The watch of this program: the runner's analyses, standard error, {@link Runtime#halt}. */
	static ExitWatch install() {
		ExitWatch watch = new ExitWatch(AnalysisRunner::runningAnalyses, System.err, Runtime.getRuntime()::halt);
		Runtime.getRuntime().addShutdownHook(watch);
		return watch;
	}

	/** The command returned: the exit that follows is its own. */
	public void finished() {
		finished = true;
	}

	@Override
	public void run() {
		List<String> analyses = running.get();
		if (finished || analyses.isEmpty()) {
			return;
		}
		err.println("entente: the program was ended (System.exit) while the analysis " + String.join(", ", analyses)
				+ " was running; the command did not finish and the remaining analyses did not run");
		err.flush();
		halt.accept(EntenteCommand.FAILED);
	}
}
