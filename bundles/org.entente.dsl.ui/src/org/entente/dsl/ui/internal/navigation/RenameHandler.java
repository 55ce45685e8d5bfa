package org.entente.dsl.ui.internal.navigation;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.entente.dsl.ide.server.InProcessLanguageServer;
import org.entente.dsl.ui.EntenteEditorPlugin;
import org.entente.dsl.ui.internal.EntenteLanguageService;
import org.entente.dsl.ui.internal.OpenDocuments;
import org.entente.dsl.ui.internal.WorkspaceEdits;
import org.entente.dsl.ui.internal.editor.ScenarioEditorContext;

/**
 * Rename Element (Alt+Shift+R): renames the state, alliance, tie... under the caret and every reference to it, in
 * all files of the workspace that import it; one undo step (Edit &gt; Undo) restores every file.
 */
public class RenameHandler extends AbstractHandler {

	private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("\\^?[A-Za-z_][A-Za-z0-9_]*");

	@Override
	public Object execute(ExecutionEvent event) {
		ScenarioEditorContext context = ScenarioEditorContext.of(event);
		if (context == null) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		String current = currentName(context);
		if (current == null) {
			ErrorDialog.openError(shell, "Rename", null,
					Status.info("Place the caret on the name of a state, alliance, tie or other named element."));
			return null;
		}
		InputDialog dialog = new InputDialog(shell, "Rename " + current, "New name (all references are updated):",
				current, text -> NAME.matcher(text).matches() ? null
						: "A name starts with a letter or '_' and has only letters, digits and '_'.");
		if (dialog.open() == Window.OK && !dialog.getValue().equals(current)) {
			IStatus status = rename(context, dialog.getValue());
			if (!status.isOK()) {
				ErrorDialog.openError(shell, "Rename", "The rename was not applied.", status);
			}
		}
		return null;
	}

	/** The name under the caret if it can be renamed, else {@code null}. */
	public static String currentName(ScenarioEditorContext context) {
		InProcessLanguageServer server = EntenteLanguageService.get().server();
		try {
			Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepared = server.server()
					.prepareRename(new PrepareRenameParams(new TextDocumentIdentifier(server.uri(context.file())),
							OpenDocuments.position(context.document(), context.selection().getOffset())))
					.get(5, java.util.concurrent.TimeUnit.SECONDS);
			if (prepared == null || prepared.isThird()) {
				return null;
			}
			if (prepared.isSecond() && prepared.getSecond().getPlaceholder() != null) {
				return prepared.getSecond().getPlaceholder();
			}
			Range range = prepared.isFirst() ? prepared.getFirst()
					: prepared.isSecond() ? prepared.getSecond().getRange() : null;
			if (range == null) {
				return null;
			}
			int start = OpenDocuments.offset(context.document(), range.getStart());
			int end = OpenDocuments.offset(context.document(), range.getEnd());
			return context.document().get(start, end - start);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		} catch (Exception e) {
			return null;
		}
	}

	/** Renames the element under the caret to {@code newName} across the workspace. */
	public static IStatus rename(ScenarioEditorContext context, String newName) {
		InProcessLanguageServer server = EntenteLanguageService.get().server();
		try {
			WorkspaceEdit edit = server.server()
					.rename(new RenameParams(new TextDocumentIdentifier(server.uri(context.file())),
							OpenDocuments.position(context.document(), context.selection().getOffset()), newName))
					.get(30, java.util.concurrent.TimeUnit.SECONDS);
			if (edit == null) {
				return Status.info("Nothing to rename here.");
			}
			return WorkspaceEdits.apply(edit, "Rename to " + newName);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		} catch (Exception e) {
			EntenteEditorPlugin.log("Rename failed", e);
			return Status.error("Rename failed: " + e.getMessage(), e);
		}
	}
}
