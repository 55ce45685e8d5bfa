package org.entente.dsl.ui.internal.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.util.CancelIndicator;
import org.entente.dsl.ide.highlighting.EntenteSemanticHighlightingCalculator;
import org.entente.dsl.ide.server.InProcessLanguageServer;
import org.entente.dsl.ui.internal.EntenteLanguageService;
import org.entente.dsl.ui.internal.EntentePreferences;

/**
 * Colors names by what they denote (states, alliances, ties...), after each build of the document, on top of the
 * lexical coloring. The positions come from the language's {@link ISemanticHighlightingCalculator} and live in the
 * document, so they move with later edits until the next build replaces them.
 */
final class SemanticHighlighter implements ITextPresentationListener, Runnable {

	private static final Map<String, Style> STYLES = Map.of(
			EntenteSemanticHighlightingCalculator.STATE, new Style(new RGB(0, 64, 160), SWT.BOLD),
			EntenteSemanticHighlightingCalculator.ALLIANCE, new Style(new RGB(150, 70, 0), SWT.BOLD),
			EntenteSemanticHighlightingCalculator.TIE, new Style(new RGB(0, 120, 120), SWT.NORMAL),
			EntenteSemanticHighlightingCalculator.THREAT, new Style(new RGB(180, 0, 0), SWT.NORMAL),
			EntenteSemanticHighlightingCalculator.OBJECTIVE, new Style(new RGB(110, 0, 160), SWT.NORMAL),
			EntenteSemanticHighlightingCalculator.SOURCE, new Style(new RGB(100, 100, 100), SWT.ITALIC),
			EntenteSemanticHighlightingCalculator.SCENARIO, new Style(new RGB(0, 0, 0), SWT.BOLD),
			EntenteSemanticHighlightingCalculator.EVENT, new Style(new RGB(0, 110, 0), SWT.NORMAL));

	private record Style(RGB rgb, int fontStyle) {
	}

	/** A highlighted range, moved by the document's position updater as the text changes. */
	private static final class StyledPosition extends Position {
		final Style style;

		StyledPosition(int offset, int length, Style style) {
			super(offset, length);
			this.style = style;
		}
	}

	private final ITextViewer viewer;
	private final IDocument document;
	private final Path file;
	private final String category = "entente.semantic." + System.identityHashCode(this);
	private final IPositionUpdater updater = new DefaultPositionUpdater(category);
	private final InProcessLanguageServer server;
	private volatile boolean installed;
	private final java.util.function.Consumer<Path> onBuild = this::built;

	SemanticHighlighter(ITextViewer viewer, IDocument document, Path file) {
		this.viewer = viewer;
		this.document = document;
		this.file = file;
		this.server = EntenteLanguageService.get().server();
	}

	void install() {
		document.addPositionCategory(category);
		document.addPositionUpdater(updater);
		((ITextViewerExtension4) viewer).addTextPresentationListener(this);
		EntenteLanguageService.get().problems().addBuildListener(onBuild);
		installed = true;
		run();
	}

	void uninstall() {
		installed = false;
		EntenteLanguageService.get().problems().removeBuildListener(onBuild);
		((ITextViewerExtension4) viewer).removeTextPresentationListener(this);
		document.removePositionUpdater(updater);
		try {
			document.removePositionCategory(category);
		} catch (BadPositionCategoryException e) {
			// already gone
		}
	}

	private void built(Path builtFile) {
		if (builtFile.equals(file)) {
			run();
		}
	}

	/** The document was built: recompute its positions, if it is still the version that was built. */
	@Override
	public void run() {
		int version = server.version(file);
		server.read(file, (serverDocument, resource) -> {
			if (serverDocument.getVersion() != version) {
				return null; // a newer build follows
			}
			ISemanticHighlightingCalculator calculator = resource.getResourceServiceProvider()
					.get(ISemanticHighlightingCalculator.class);
			List<StyledPosition> positions = new ArrayList<>();
			calculator.provideHighlightingFor(resource, (offset, length, ids) -> {
				Style style = ids.length > 0 ? STYLES.get(ids[0]) : null;
				if (style != null) {
					positions.add(new StyledPosition(offset, length, style));
				}
			}, CancelIndicator.NullImpl);
			return positions;
		}).thenAccept(positions -> {
			if (positions != null && installed) {
				Display.getDefault().asyncExec(() -> apply(positions, version));
			}
		});
	}

	private void apply(List<StyledPosition> positions, int version) {
		if (!installed || server.version(file) != version) {
			return;
		}
		try {
			for (Position old : document.getPositions(category)) {
				document.removePosition(category, old);
			}
			for (StyledPosition position : positions) {
				if (position.offset + position.length <= document.getLength()) {
					document.addPosition(category, position);
				}
			}
		} catch (BadLocationException | BadPositionCategoryException e) {
			return;
		}
		if (viewer instanceof ITextViewerExtension2 extension && viewer.getTextWidget() != null
				&& !viewer.getTextWidget().isDisposed()) {
			extension.invalidateTextPresentation(0, document.getLength());
		}
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		if (!EntentePreferences.store().getBoolean(EntentePreferences.SEMANTIC_HIGHLIGHTING)) {
			return;
		}
		IRegion extent = presentation.getExtent();
		if (extent == null) {
			extent = new Region(0, document.getLength());
		}
		Position[] positions;
		try {
			positions = document.getPositions(category);
		} catch (BadPositionCategoryException e) {
			return;
		}
		List<StyleRange> ranges = new ArrayList<>();
		for (Position position : positions) {
			if (position.isDeleted() || !position.overlapsWith(extent.getOffset(), extent.getLength())) {
				continue;
			}
			IRegion widgetRange = modelToWidget(position);
			if (widgetRange == null) {
				continue;
			}
			Style style = ((StyledPosition) position).style;
			StyleRange range = new StyleRange(position.offset, position.length,
					new Color(style.rgb()), null, style.fontStyle());
			ranges.add(range);
		}
		if (!ranges.isEmpty()) {
			presentation.mergeStyleRanges(ranges.toArray(StyleRange[]::new));
		}
	}

	private IRegion modelToWidget(Position position) {
		if (viewer instanceof ITextViewerExtension5 extension) {
			// folded text has no widget range; the presentation is in model coordinates either way
			return extension.modelRange2WidgetRange(new Region(position.offset, position.length)) == null ? null
					: new Region(position.offset, position.length);
		}
		return new Region(position.offset, position.length);
	}
}
