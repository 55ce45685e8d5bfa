package org.entente.dsl.ui.internal.editor;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.entente.dsl.ide.server.InProcessLanguageServer;
import org.entente.dsl.ui.internal.EntenteLanguageService;
import org.entente.dsl.ui.internal.OpenDocuments;

/**
 * Content assist from the language: keywords that may follow, and names of the elements a reference may denote,
 * with their descriptions. The generic editor calls it off the UI thread, so waiting for the server never blocks
 * typing.
 */
public class EntenteContentAssistProcessor implements IContentAssistProcessor {

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		IDocument document = viewer.getDocument();
		Path file = OpenDocuments.connectedFile(document);
		if (file == null) {
			return new ICompletionProposal[0];
		}
		InProcessLanguageServer server = EntenteLanguageService.get().server();
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(server.uri(file)),
				OpenDocuments.position(document, offset));
		Either<List<CompletionItem>, CompletionList> result = LanguageRequests
				.await(server.server().completion(params), Either.forLeft(List.of()), "content assist");
		List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
		String prefix = prefixAt(document, offset);
		return items.stream().map(item -> new LanguageCompletionProposal(document, item, offset, prefix))
				.sorted(LanguageCompletionProposal.ORDER).toArray(ICompletionProposal[]::new);
	}

	private static String prefixAt(IDocument document, int offset) {
		int start = offset;
		try {
			while (start > 0 && LanguageCompletionProposal.isNamePart(document.getChar(start - 1))) {
				start--;
			}
			return document.get(start, offset - start);
		} catch (BadLocationException e) {
			return "";
		}
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
