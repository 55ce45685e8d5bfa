package org.entente.diagram.glsp;

import java.io.IOException;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.AbstractCommand;
import org.entente.diagram.TextChangedException;

/**
 * A diagram edit on GLSP's command stack: the document's text before and after. Undo and redo put the other text
 * back, and only while the document still holds the text the command left (edits elsewhere flush the stack).
 */
final class TextEditCommand extends AbstractCommand {
	private final EntenteModelState state;
	private final String before;
	private final String after;
	private final Runnable afterExecute;
	private final Consumer<String> reportFailure;

	/**
	 * @param afterExecute what else the edit changes, such as the position of a created node; run after each
	 *        execute and redo
	 */
	TextEditCommand(EntenteModelState state, String label, String before, String after, Runnable afterExecute,
			Consumer<String> reportFailure) {
		super(label);
		this.state = state;
		this.before = before;
		this.after = after;
		this.afterExecute = afterExecute;
		this.reportFailure = reportFailure;
	}

	@Override
	protected boolean prepare() {
		return true;
	}

	@Override
	public void execute() {
		setText(before, after);
		afterExecute.run();
	}

	@Override
	public boolean canUndo() {
		return state.document().text().equals(after);
	}

	@Override
	public void undo() {
		setText(after, before);
	}

	@Override
	public void redo() {
		setText(before, after);
		afterExecute.run();
	}

	/**
	 * Replaces {@code expected} with {@code text}. A failure is told to the user and aborts the command, which the
	 * command stack then neither keeps nor counts as done, nor logs with a stack trace ({@link DiagramCommandStack}).
	 */
	private void setText(String expected, String text) {
		state.ownText(text);
		try {
			state.document().replaceText(expected, text);
		} catch (IOException failed) {
			state.ownText(expected);
			String message = failed instanceof TextChangedException ? failed.getMessage()
					: "Could not write " + state.document().uri().lastSegment() + ": " + failed.getMessage();
			reportFailure.accept(message);
			throw new DiagramCommandStack.EditFailedException(message, failed);
		}
	}
}
