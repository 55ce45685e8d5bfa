package org.entente.dsl.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Range;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.entente.dsl.ui.EntenteEditorPlugin;

/** Opens a scenario file in an editor and selects a range of it (go to definition, references, outline). */
public final class EditorOpener {

	private EditorOpener() {
	}

	/** Opens the file (in the workspace or not) and selects the range; returns the editor or {@code null}. */
	public static ITextEditor open(Path file, Range range) {
		if (file == null) {
			return null;
		}
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			IFile workspaceFile = EntenteLanguageService.fileOf(file);
			IEditorPart editor = workspaceFile != null ? IDE.openEditor(page, workspaceFile, true)
					: IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()));
			if (editor instanceof ITextEditor textEditor && range != null) {
				select(textEditor, range);
				return textEditor;
			}
			return editor instanceof ITextEditor textEditor ? textEditor : null;
		} catch (PartInitException e) {
			EntenteEditorPlugin.log("Could not open " + file, e);
			return null;
		}
	}

	/** Selects and reveals the range in the editor. */
	public static void select(ITextEditor editor, Range range) {
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int start = OpenDocuments.offset(document, range.getStart());
		int end = OpenDocuments.offset(document, range.getEnd());
		editor.selectAndReveal(start, Math.max(0, end - start));
	}
}
