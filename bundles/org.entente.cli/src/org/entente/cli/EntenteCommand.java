package org.entente.cli;

import java.util.concurrent.Callable;

/**
 * A command of the {@code entente} command line: a picocli command ({@code @Command}, with its options declared on
 * its fields) that returns an exit code. Commands get the {@link Console} in their constructor. Bad arguments found
 * while running are thrown as {@link UsageException}; they end with the message and exit code 2.
 */
public interface EntenteCommand extends Callable<Integer> {

	/** Exit code for success. */
	int OK = 0;
	/** Exit code when a scenario has errors or an analysis did not finish. */
	int FAILED = 1;
	/** Exit code for bad arguments or unreadable input. */
	int USAGE = 2;

	/** A bad argument found while running a command: reported with the usage hint and exit code 2. */
	final class UsageException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		public UsageException(String message) {
			super(message);
		}
	}
}
