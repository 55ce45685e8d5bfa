package org.entente.dsl.ui.internal.editor;

import java.util.Comparator;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.entente.dsl.ui.internal.OpenDocuments;

/**
 * A proposal of the server, applied with the replacement range the server computed, and filtered by what is typed
 * while the list is open.
 */
final class LanguageCompletionProposal implements ICompletionProposal, ICompletionProposalExtension2 {

	/** Names (references) first, then keywords, each alphabetically. */
	static final Comparator<LanguageCompletionProposal> ORDER = Comparator
			.comparing((LanguageCompletionProposal p) -> p.isKeyword())
			.thenComparing(p -> p.item.getLabel(), String.CASE_INSENSITIVE_ORDER);

	private final IDocument document;
	private final CompletionItem item;
	private final int replacementOffset;
	private final int replacementLength;
	private final String replacement;

	LanguageCompletionProposal(IDocument document, CompletionItem item, int offset, String prefix) {
		this.document = document;
		this.item = item;
		TextEdit edit = item.getTextEdit() != null && item.getTextEdit().isLeft() ? item.getTextEdit().getLeft() : null;
		if (edit != null) {
			replacementOffset = OpenDocuments.offset(document, edit.getRange().getStart());
			replacementLength = Math.max(0, offset - replacementOffset);
			replacement = edit.getNewText();
		} else {
			replacementOffset = offset - prefix.length();
			replacementLength = prefix.length();
			replacement = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
		}
	}

	static boolean isNamePart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '-';
	}

	boolean isKeyword() {
		return item.getKind() == CompletionItemKind.Keyword;
	}

	@Override
	public void apply(IDocument target) {
		apply(null, '\0', 0, replacementOffset + replacementLength);
	}

	@Override
	public void apply(ITextViewer viewer, char trigger, int stateMask, int offset) {
		try {
			document.replace(replacementOffset, Math.max(replacementLength, offset - replacementOffset), replacement);
		} catch (BadLocationException e) {
			// the text changed under the proposal; nothing sensible to insert
		}
	}

	@Override
	public Point getSelection(IDocument target) {
		return new Point(replacementOffset + replacement.length(), 0);
	}

	@Override
	public String getAdditionalProposalInfo() {
		String documentation = item.getDocumentation() == null ? null
				: item.getDocumentation().isLeft() ? item.getDocumentation().getLeft()
						: item.getDocumentation().getRight().getValue();
		if (documentation == null && item.getDetail() == null) {
			return null;
		}
		return (item.getDetail() == null ? "" : item.getDetail() + "\n\n") + (documentation == null ? "" : documentation);
	}

	@Override
	public String getDisplayString() {
		return item.getDetail() == null || item.getDetail().isBlank() || item.getDetail().equals(item.getLabel())
				? item.getLabel()
				: item.getLabel() + " - " + item.getDetail();
	}

	@Override
	public Image getImage() {
		return PlatformUI.getWorkbench().getSharedImages()
				.getImage(isKeyword() ? ISharedImages.IMG_OBJ_ELEMENT : ISharedImages.IMG_OBJ_FILE);
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}

	@Override
	public void selected(ITextViewer viewer, boolean smartToggle) {
		// no preview
	}

	@Override
	public void unselected(ITextViewer viewer) {
		// no preview
	}

	@Override
	public boolean validate(IDocument target, int offset, DocumentEvent event) {
		if (offset < replacementOffset) {
			return false;
		}
		try {
			String typed = target.get(replacementOffset, offset - replacementOffset);
			String label = item.getFilterText() != null ? item.getFilterText() : replacement;
			return label.regionMatches(true, 0, typed, 0, typed.length());
		} catch (BadLocationException e) {
			return false;
		}
	}

	/** The raw item, for tests. */
	CompletionItem item() {
		return item;
	}
}
