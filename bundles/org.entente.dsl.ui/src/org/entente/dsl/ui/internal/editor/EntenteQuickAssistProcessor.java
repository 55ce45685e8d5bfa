package org.entente.dsl.ui.internal.editor;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.entente.dsl.ui.internal.CodeActions;
import org.entente.dsl.ui.internal.EntenteLanguageService;
import org.entente.dsl.ui.internal.OpenDocuments;
import org.entente.dsl.ui.internal.WorkspaceEdits;

/** Quick fixes (Ctrl+1) for the problems on the caret's line, saved or not. */
public class EntenteQuickAssistProcessor implements IQuickAssistProcessor {

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IDocument document = context.getSourceViewer().getDocument();
		Path file = OpenDocuments.connectedFile(document);
		if (file == null) {
			return new ICompletionProposal[0];
		}
		int line;
		try {
			line = document.getLineOfOffset(context.getOffset());
		} catch (BadLocationException e) {
			return new ICompletionProposal[0];
		}
		List<Diagnostic> onLine = EntenteLanguageService.get().server().diagnostics(file).stream()
				.filter(diagnostic -> CodeActions.coversLine(diagnostic, line)).toList();
		return onLine.stream().flatMap(diagnostic -> CodeActions.forDiagnostics(file, List.of(diagnostic)).stream())
				.map(FixProposal::new).toArray(ICompletionProposal[]::new);
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return true;
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	/** A quick fix as a proposal of the Ctrl+1 list. */
	record FixProposal(CodeAction action) implements ICompletionProposal {
		@Override
		public void apply(IDocument document) {
			WorkspaceEdits.apply(action.getEdit(), action.getTitle());
		}

		@Override
		public Point getSelection(IDocument document) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return action.getTitle();
		}

		@Override
		public String getDisplayString() {
			return action.getTitle();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
