package org.entente.dsl.ui.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.CompositeChange;
import org.eclipse.ltk.core.refactoring.PerformChangeOperation;
import org.eclipse.ltk.core.refactoring.RefactoringCore;
import org.eclipse.ltk.core.refactoring.TextFileChange;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.entente.dsl.ide.server.InProcessLanguageServer;
import org.entente.dsl.ui.EntenteEditorPlugin;

/**
 * Applies the server's workspace edits (rename, quick fixes) as one LTK change: open editors are edited in place
 * and stay unsaved if they were, closed files are edited through file buffers and saved, and the whole change is one
 * step of Edit &gt; Undo, across files.
 */
public final class WorkspaceEdits {

	private WorkspaceEdits() {
	}

	/** The edit as an LTK change named {@code label}. */
	public static Change toChange(WorkspaceEdit edit, String label) throws CoreException {
		Map<Path, List<TextEdit>> byFile = new LinkedHashMap<>();
		if (edit.getChanges() != null) {
			edit.getChanges().forEach((uri, edits) -> byFile
					.computeIfAbsent(InProcessLanguageServer.toPath(uri), key -> new ArrayList<>()).addAll(edits));
		}
		if (edit.getDocumentChanges() != null) {
			for (var documentChange : edit.getDocumentChanges()) {
				if (documentChange.isLeft()) {
					TextDocumentEdit textEdit = documentChange.getLeft();
					byFile.computeIfAbsent(InProcessLanguageServer.toPath(textEdit.getTextDocument().getUri()),
							key -> new ArrayList<>()).addAll(textEdit.getEdits().stream().filter(e -> e.isLeft())
							.map(e -> e.getLeft()).toList());
				}
			}
		}
		CompositeChange change = new CompositeChange(label);
		for (Map.Entry<Path, List<TextEdit>> entry : byFile.entrySet()) {
			IFile file = EntenteLanguageService.fileOf(entry.getKey());
			if (file == null) {
				throw new CoreException(Status.error("Cannot edit " + entry.getKey()
						+ ": it is not in the workspace. Import its project to refactor across it."));
			}
			IDocument text = textOf(entry.getKey(), file);
			MultiTextEdit edits = new MultiTextEdit();
			entry.getValue().stream()
					.sorted(Comparator.comparing((TextEdit e) -> OpenDocuments.offset(text, e.getRange().getStart())))
					.forEach(e -> {
						int start = OpenDocuments.offset(text, e.getRange().getStart());
						int end = OpenDocuments.offset(text, e.getRange().getEnd());
						edits.addChild(new ReplaceEdit(start, end - start, e.getNewText()));
					});
			TextFileChange fileChange = new TextFileChange(file.getName(), file);
			fileChange.setEdit(edits);
			fileChange.setSaveMode(TextFileChange.KEEP_SAVE_STATE);
			change.add(fileChange);
		}
		return change;
	}

	/** Applies the edit, undoably; returns the outcome. */
	public static IStatus apply(WorkspaceEdit edit, String label) {
		try {
			Change change = toChange(edit, label);
			change.initializeValidationData(new NullProgressMonitor());
			PerformChangeOperation operation = new PerformChangeOperation(change);
			operation.setUndoManager(RefactoringCore.getUndoManager(), label);
			ResourcesPlugin.getWorkspace().run(operation, new NullProgressMonitor());
			if (operation.getConditionCheckingStatus() != null
					&& operation.getConditionCheckingStatus().hasFatalError()) {
				return Status.error(operation.getConditionCheckingStatus().getMessageMatchingSeverity(
						org.eclipse.ltk.core.refactoring.RefactoringStatus.FATAL));
			}
			return Status.OK_STATUS;
		} catch (CoreException e) {
			EntenteEditorPlugin.log(label + " failed", e);
			return e.getStatus();
		}
	}

	private static IDocument textOf(Path path, IFile file) throws CoreException {
		IDocument open = OpenDocuments.documentOf(path);
		if (open != null) {
			return open;
		}
		try {
			return new Document(Files.readString(path, Charset.forName(file.getCharset())));
		} catch (IOException e) {
			throw new CoreException(Status.error("Cannot read " + path + ": " + e.getMessage(), e));
		}
	}
}
