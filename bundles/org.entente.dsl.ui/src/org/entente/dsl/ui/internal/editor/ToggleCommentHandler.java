package org.entente.dsl.ui.internal.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextSelection;

/**
 * Toggle Comment (Ctrl+/): comments out the selected lines with {@code //}, or uncomments them when all of them
 * are comments already.
 */
public class ToggleCommentHandler extends AbstractHandler {

	private static final String PREFIX = "// ";

	@Override
	public Object execute(ExecutionEvent event) {
		ScenarioEditorContext context = ScenarioEditorContext.of(event);
		if (context != null) {
			toggle(context);
		}
		return null;
	}

	/** Toggles the comment on the selection's lines. */
	public static void toggle(ScenarioEditorContext context) {
		IDocument document = context.document();
		ITextSelection selection = context.selection();
		int firstLine = selection.getStartLine();
		int lastLine = selection.getEndLine();
		try {
			// a selection ending at column 0 does not include that line
			if (lastLine > firstLine && selection.getLength() > 0
					&& document.getLineOffset(lastLine) == selection.getOffset() + selection.getLength()) {
				lastLine--;
			}
			boolean allCommented = true;
			for (int line = firstLine; line <= lastLine; line++) {
				String text = lineText(document, line);
				if (!text.isBlank() && !text.stripLeading().startsWith("//")) {
					allCommented = false;
				}
			}
			IRewriteTarget target = context.editor().getAdapter(IRewriteTarget.class);
			if (target != null) {
				target.beginCompoundChange();
			}
			try {
				for (int line = lastLine; line >= firstLine; line--) {
					String text = lineText(document, line);
					int offset = document.getLineOffset(line);
					if (allCommented) {
						int slashes = text.indexOf("//");
						if (slashes >= 0) {
							int length = text.startsWith(PREFIX, slashes) ? PREFIX.length() : 2;
							document.replace(offset + slashes, length, "");
						}
					} else if (!text.isBlank() || firstLine == lastLine) {
						document.replace(offset, 0, PREFIX);
					}
				}
			} finally {
				if (target != null) {
					target.endCompoundChange();
				}
			}
		} catch (BadLocationException e) {
			// selection outside the document: nothing to toggle
		}
	}

	private static String lineText(IDocument document, int line) throws BadLocationException {
		return document.get(document.getLineOffset(line), document.getLineLength(line));
	}
}
