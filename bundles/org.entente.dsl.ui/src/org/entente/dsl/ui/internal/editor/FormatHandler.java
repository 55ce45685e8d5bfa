package org.entente.dsl.ui.internal.editor;

import java.util.Comparator;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.entente.dsl.ide.server.InProcessLanguageServer;
import org.entente.dsl.ui.internal.EntenteLanguageService;
import org.entente.dsl.ui.internal.EntentePreferences;
import org.entente.dsl.ui.internal.OpenDocuments;

/** Format (Ctrl+Shift+F): the selected lines, or the whole scenario, with the language's formatter; one undo step. */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ScenarioEditorContext context = ScenarioEditorContext.of(event);
		if (context != null) {
			format(context);
		}
		return null;
	}

	/** Formats the selection (when it spans text) or the document. */
	public static void format(ScenarioEditorContext context) {
		InProcessLanguageServer server = EntenteLanguageService.get().server();
		TextDocumentIdentifier id = new TextDocumentIdentifier(server.uri(context.file()));
		FormattingOptions options = EntentePreferences.formattingOptions();
		IDocument document = context.document();
		List<? extends TextEdit> edits;
		if (context.selection().getLength() > 0) {
			Range range = new Range(OpenDocuments.position(document, context.selection().getOffset()),
					OpenDocuments.position(document, context.selection().getOffset() + context.selection().getLength()));
			edits = LanguageRequests.await(
					server.server().rangeFormatting(new DocumentRangeFormattingParams(id, options, range)), List.of(),
					"formatting");
		} else {
			edits = LanguageRequests.await(server.server().formatting(new DocumentFormattingParams(id, options)),
					List.of(), "formatting");
		}
		applyEdits(context, edits);
	}

	/** Applies text edits to the editor's document as one undoable change, last edit first so offsets hold. */
	static void applyEdits(ScenarioEditorContext context, List<? extends TextEdit> edits) {
		if (edits.isEmpty()) {
			return;
		}
		IDocument document = context.document();
		IRewriteTarget target = context.editor().getAdapter(IRewriteTarget.class);
		if (target != null) {
			target.beginCompoundChange();
		}
		try {
			List<? extends TextEdit> ordered = edits.stream().sorted(Comparator
					.comparing((TextEdit e) -> OpenDocuments.offset(document, e.getRange().getStart())).reversed())
					.toList();
			for (TextEdit edit : ordered) {
				int start = OpenDocuments.offset(document, edit.getRange().getStart());
				int end = OpenDocuments.offset(document, edit.getRange().getEnd());
				document.replace(start, end - start, edit.getNewText());
			}
		} catch (BadLocationException e) {
			// the edits were computed for this document version; a failure means it changed meanwhile
		} finally {
			if (target != null) {
				target.endCompoundChange();
			}
		}
	}
}
