package org.entente.cli;

import java.io.PrintStream;

/**
 * Where a command writes: its results to {@code out}, progress, counts and messages to {@code err}.
 *
 * @param out standard output
 * @param err standard error
 */
public record Console(PrintStream out, PrintStream err) {

	/** Writes a message for the user to standard error, prefixed {@code entente: }. */
	public void message(String text) {
		err.println("entente: " + text);
	}
}
