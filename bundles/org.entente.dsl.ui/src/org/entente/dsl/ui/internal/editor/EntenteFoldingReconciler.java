package org.entente.dsl.ui.internal.editor;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.swt.widgets.Display;
import org.entente.dsl.ide.server.InProcessLanguageServer;
import org.entente.dsl.ui.internal.EntenteLanguageService;
import org.entente.dsl.ui.internal.OpenDocuments;

/**
 * Folding of blocks (states' capabilities, alliances' members, variants) and comments, from the language's folding
 * ranges after each build.
 */
public class EntenteFoldingReconciler implements IReconciler {

	private ProjectionViewer viewer;
	private final Map<Integer, ProjectionAnnotation> byStartLine = new HashMap<>();
	private final java.util.function.Consumer<Path> onBuild = this::built;

	@Override
	public void install(ITextViewer textViewer) {
		if (textViewer instanceof ProjectionViewer projectionViewer) {
			viewer = projectionViewer;
			EntenteLanguageService.get().problems().addBuildListener(onBuild);
		}
	}

	@Override
	public void uninstall() {
		if (viewer != null) {
			EntenteLanguageService.get().problems().removeBuildListener(onBuild);
			viewer = null;
		}
	}

	/** A file was built: if it is this editor's, fetch its folding ranges. */
	private void built(Path builtFile) {
		ProjectionViewer current = viewer;
		if (current == null) {
			return;
		}
		Display.getDefault().asyncExec(() -> {
			if (viewer == null || viewer.getDocument() == null) {
				return;
			}
			IDocument document = viewer.getDocument();
			Path file = OpenDocuments.connectedFile(document);
			if (file == null || !file.equals(builtFile)) {
				return;
			}
			InProcessLanguageServer server = EntenteLanguageService.get().server();
			int version = server.version(file);
			server.server().foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(server.uri(file))))
					.thenAccept(ranges -> Display.getDefault().asyncExec(() -> {
						if (viewer != null && viewer.getDocument() == document && server.version(file) == version) {
							update(document, ranges);
						}
					}));
		});
	}

	/** Replaces the folding annotations, keeping the collapsed state of blocks that still start on the same line. */
	private void update(IDocument document, List<FoldingRange> ranges) {
		ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
		if (model == null) {
			return;
		}
		Map<Annotation, Position> added = new HashMap<>();
		Map<Integer, ProjectionAnnotation> next = new HashMap<>();
		for (FoldingRange range : ranges) {
			if (range.getEndLine() <= range.getStartLine() || next.containsKey(range.getStartLine())) {
				continue;
			}
			try {
				int start = document.getLineOffset(range.getStartLine());
				int endLine = Math.min(range.getEndLine(), document.getNumberOfLines() - 1);
				int end = document.getLineOffset(endLine) + document.getLineLength(endLine);
				ProjectionAnnotation previous = byStartLine.get(range.getStartLine());
				ProjectionAnnotation annotation = new ProjectionAnnotation(previous != null && previous.isCollapsed());
				next.put(range.getStartLine(), annotation);
				added.put(annotation, new Position(start, end - start));
			} catch (BadLocationException e) {
				// the document changed since; the next build brings fresh ranges
			}
		}
		model.modifyAnnotations(byStartLine.values().toArray(Annotation[]::new), added, null);
		byStartLine.clear();
		byStartLine.putAll(next);
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}
}
