package org.entente.cli;

import java.io.PrintStream;

import org.entente.dsl.io.PrintableText;

/**
 * Where a command writes: its results to {@code out}, progress, counts and messages to {@code err}. What goes to
 * {@code err} quotes scenarios, data files and plug-ins, so its control characters are printed as escapes
 * ({@link PrintableText}): a crafted file cannot drive the user's terminal through an error message.
 *
 * @param out standard output
 * @param err standard error
 */
public record Console(PrintStream out, PrintStream err) {

	public Console {
		err = err instanceof PrintableStream ? err : new PrintableStream(err);
	}

	/** Writes a message for the user to standard error, prefixed {@code entente: }. */
	public void message(String text) {
		err.println("entente: " + text);
	}

	/**
	 * Prints text (strings, objects, formats) to another stream with its control characters escaped; bytes written as
	 * bytes (picocli's usage help) pass through unchanged. The target's own encoding is kept.
	 */
	private static final class PrintableStream extends PrintStream {
		private final PrintStream target;

		PrintableStream(PrintStream target) {
			super(target, true);
			this.target = target;
		}

		@Override
		public void print(String text) {
			target.print(PrintableText.escapeControls(text));
		}

		@Override
		public void print(Object value) {
			print(String.valueOf(value));
		}

		@Override
		public void print(char c) {
			print(String.valueOf(c));
		}

		@Override
		public void print(char[] text) {
			print(new String(text));
		}

		@Override
		public void println(String text) {
			target.println(PrintableText.escapeControls(text));
		}

		@Override
		public void println(Object value) {
			println(String.valueOf(value));
		}

		@Override
		public void println(char[] text) {
			println(new String(text));
		}

		@Override
		public void println() {
			target.println();
		}

		@Override
		public void flush() {
			target.flush();
		}
	}
}
