package org.entente.dsl.ui.internal.editor;

import java.nio.file.Path;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkedString;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.entente.dsl.ide.server.InProcessLanguageServer;
import org.entente.dsl.ui.internal.EntenteLanguageService;
import org.entente.dsl.ui.internal.OpenDocuments;

/** Hover over a name: the element's summary (kind, name, description, period, source), from the language. */
public class EntenteTextHover implements ITextHover {

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		IDocument document = viewer.getDocument();
		Path file = OpenDocuments.connectedFile(document);
		if (file == null) {
			return null;
		}
		InProcessLanguageServer server = EntenteLanguageService.get().server();
		Hover hover = LanguageRequests.await(server.server().hover(new HoverParams(
				new TextDocumentIdentifier(server.uri(file)), OpenDocuments.position(document, region.getOffset()))),
				null, "hover");
		return hover == null ? null : plainText(hover);
	}

	/** The hover's Markdown as readable plain text (the default hover control shows text, not HTML). */
	static String plainText(Hover hover) {
		String markdown;
		if (hover.getContents().isRight()) {
			markdown = hover.getContents().getRight().getValue();
		} else {
			StringBuilder joined = new StringBuilder();
			for (var part : hover.getContents().getLeft()) {
				joined.append(part.isLeft() ? part.getLeft() : ((MarkedString) part.getRight()).getValue())
						.append('\n');
			}
			markdown = joined.toString();
		}
		return markdown.replace("**", "").replace("`", "").replaceAll("(?m)^#+\\s*", "").strip();
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		IDocument document = viewer.getDocument();
		int start = offset;
		int end = offset;
		try {
			while (start > 0 && LanguageCompletionProposal.isNamePart(document.getChar(start - 1))) {
				start--;
			}
			while (end < document.getLength() && LanguageCompletionProposal.isNamePart(document.getChar(end))) {
				end++;
			}
		} catch (org.eclipse.jface.text.BadLocationException e) {
			return new Region(offset, 0);
		}
		return new Region(start, end - start);
	}
}
