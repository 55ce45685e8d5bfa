package org.entente.diagram.glsp;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.eclipse.emf.common.command.AbortExecutionException;
import org.eclipse.emf.common.command.BasicCommandStack;

/**
 * The diagram's command stack: GLSP's, except in what it logs. An edit that fails in a way the user has already been
 * told of ({@link EditFailedException}: the file changed meanwhile, or could not be written) is logged in one line,
 * at INFO; only a failure nobody expected is logged as an error with its stack trace. A hostile or merely busy client
 * could otherwise fill the log with stack traces of refused edits.
 */
final class DiagramCommandStack extends BasicCommandStack {
	private static final Logger LOG = LogManager.getLogger(DiagramCommandStack.class);

	@Override
	protected void handleError(Exception exception) {
		if (exception instanceof EditFailedException told) {
			LOG.info("Edit not made: " + told.getMessage());
		} else {
			LOG.error("Error while executing command", exception);
		}
	}

	/**
	 * An edit that could not be made and whose reason the user has been shown. Thrown from {@code execute}, it aborts
	 * the command quietly ({@link AbortExecutionException}: the stack neither keeps it nor logs it); from undo and
	 * redo it reaches {@link DiagramCommandStack#handleError}.
	 */
	static final class EditFailedException extends AbortExecutionException {
		private static final long serialVersionUID = 1L;

		EditFailedException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
