package org.entente.dsl.ui.internal.editor;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.entente.dsl.ide.server.InProcessLanguageServer;
import org.entente.dsl.ui.internal.EditorOpener;
import org.entente.dsl.ui.internal.EntenteLanguageService;
import org.entente.dsl.ui.internal.OpenDocuments;

/**
 * Go to definition (F3, or Ctrl+click): from a name to the element it denotes, in this file or an imported one.
 */
public class EntenteHyperlinkDetector extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		IDocument document = viewer.getDocument();
		Path file = OpenDocuments.connectedFile(document);
		if (file == null) {
			return null;
		}
		InProcessLanguageServer server = EntenteLanguageService.get().server();
		Either<List<? extends Location>, List<? extends LocationLink>> result = LanguageRequests.await(
				server.server().definition(new DefinitionParams(new TextDocumentIdentifier(server.uri(file)),
						OpenDocuments.position(document, region.getOffset()))),
				Either.forLeft(List.of()), "the definition");
		List<? extends Location> locations = result.isLeft() ? result.getLeft()
				: result.getRight().stream().map(link -> new Location(link.getTargetUri(), link.getTargetSelectionRange()))
						.toList();
		if (locations.isEmpty()) {
			return null;
		}
		IRegion word = new EntenteTextHover().getHoverRegion(viewer, region.getOffset());
		return locations.stream().map(location -> new DefinitionHyperlink(word, location)).toArray(IHyperlink[]::new);
	}

	private record DefinitionHyperlink(IRegion getHyperlinkRegion, Location location) implements IHyperlink {
		@Override
		public String getTypeLabel() {
			return "Open Declaration";
		}

		@Override
		public String getHyperlinkText() {
			Path target = InProcessLanguageServer.toPath(location.getUri());
			return "Open Declaration in " + (target == null ? location.getUri() : target.getFileName());
		}

		@Override
		public void open() {
			EditorOpener.open(InProcessLanguageServer.toPath(location.getUri()), location.getRange());
		}
	}
}
