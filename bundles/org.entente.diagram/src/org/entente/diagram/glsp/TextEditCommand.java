package org.entente.diagram.glsp;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.eclipse.emf.common.command.AbstractCommand;

/**
 * A diagram edit on GLSP's command stack: the document's text before and after. Undo and redo put the other text
 * back, and only while the document still holds the text the command left (edits elsewhere flush the stack).
 */
final class TextEditCommand extends AbstractCommand {
	private final EntenteModelState state;
	private final String before;
	private final String after;
	private final Runnable afterExecute;

	/**
	 * @param afterExecute what else the edit changes, such as the position of a created node; run after each
	 *        execute and redo
	 */
	TextEditCommand(EntenteModelState state, String label, String before, String after, Runnable afterExecute) {
		super(label);
		this.state = state;
		this.before = before;
		this.after = after;
		this.afterExecute = afterExecute;
	}

	@Override
	protected boolean prepare() {
		return true;
	}

	@Override
	public void execute() {
		setText(after);
		afterExecute.run();
	}

	@Override
	public boolean canUndo() {
		return state.document().text().equals(after);
	}

	@Override
	public void undo() {
		setText(before);
	}

	@Override
	public void redo() {
		setText(after);
		afterExecute.run();
	}

	private void setText(String text) {
		state.ownText(text);
		try {
			state.document().replaceText(text);
		} catch (IOException failed) {
			throw new UncheckedIOException("Could not write " + state.document().uri().lastSegment() + ": "
					+ failed.getMessage(), failed);
		}
	}
}
