package org.entente.dsl.ui.internal.editor;

import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.entente.dsl.ui.internal.OpenDocuments;

/** The scenario editor a command runs in: its document, file and selection. */
public record ScenarioEditorContext(ITextEditor editor, IDocument document, Path file, ITextSelection selection) {

	/** The context of the command's active editor, or {@code null} when it is not a connected scenario editor. */
	public static ScenarioEditorContext of(ExecutionEvent event) {
		return of(HandlerUtil.getActiveEditor(event));
	}

	/** The context of the editor, or {@code null} when it is not a connected scenario editor. */
	public static ScenarioEditorContext of(IEditorPart part) {
		ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
		if (editor == null) {
			return null;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		Path file = document == null ? null : OpenDocuments.connectedFile(document);
		if (file == null) {
			return null;
		}
		ITextSelection selection = editor.getSelectionProvider().getSelection() instanceof ITextSelection text ? text
				: new TextSelection(document, 0, 0);
		return new ScenarioEditorContext(editor, document, file, selection);
	}
}
