package org.entente.dsl.ui.internal.editor;

import java.nio.file.Path;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.entente.dsl.ui.internal.OpenDocuments;

/**
 * Links a scenario editor to the language server (contributed to the generic editor as a reconciler, whose life
 * cycle is exactly the viewer's): its document is opened in the server, edits are sent as they happen, so
 * validation, content assist and the rest see the unsaved text, and semantic highlighting is installed.
 */
public class ScenarioDocumentConnector implements IReconciler, ITextInputListener {

	private ITextViewer viewer;
	private IDocument connected;
	private SemanticHighlighter highlighter;

	@Override
	public void install(ITextViewer textViewer) {
		viewer = textViewer;
		viewer.addTextInputListener(this);
		connect(viewer.getDocument());
	}

	@Override
	public void uninstall() {
		if (viewer != null) {
			viewer.removeTextInputListener(this);
			disconnect();
			viewer = null;
		}
	}

	@Override
	public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
		disconnect();
	}

	@Override
	public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
		connect(newInput);
	}

	private void connect(IDocument document) {
		if (document == null || document == connected) {
			return;
		}
		Path file = OpenDocuments.connect(document);
		if (file == null) {
			return;
		}
		connected = document;
		if (viewer instanceof ITextViewerExtension4) {
			highlighter = new SemanticHighlighter(viewer, document, file);
			highlighter.install();
		}
	}

	private void disconnect() {
		if (connected != null) {
			if (highlighter != null) {
				highlighter.uninstall();
				highlighter = null;
			}
			OpenDocuments.disconnect(connected);
			connected = null;
		}
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null; // the server reconciles
	}
}
