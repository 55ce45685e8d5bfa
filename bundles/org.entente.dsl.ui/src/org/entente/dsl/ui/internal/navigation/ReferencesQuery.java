package org.entente.dsl.ui.internal.navigation;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.ISearchResult;
import org.eclipse.search.ui.text.Match;
import org.entente.dsl.ide.server.InProcessLanguageServer;
import org.entente.dsl.ui.EntenteEditorPlugin;
import org.entente.dsl.ui.internal.EntenteLanguageService;
import org.entente.dsl.ui.internal.OpenDocuments;

/** The references to one element, found by the language server's index, as a Search view query. */
public class ReferencesQuery implements ISearchQuery {

	private final Path file;
	private final Position position;
	private final String name;
	private final ReferencesResult result = new ReferencesResult(this);

	ReferencesQuery(Path file, Position position, String name) {
		this.file = file;
		this.position = position;
		this.name = name;
	}

	@Override
	public IStatus run(IProgressMonitor monitor) throws OperationCanceledException {
		result.removeAll();
		InProcessLanguageServer server = EntenteLanguageService.get().server();
		ReferenceParams params = new ReferenceParams(new TextDocumentIdentifier(server.uri(file)), position,
				new ReferenceContext(true));
		List<? extends Location> locations;
		try {
			locations = server.server().references(params).get(60, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		} catch (Exception e) {
			return Status.error("Could not find the references to " + name + ": " + e.getMessage(), e);
		}
		for (Location location : locations == null ? List.<Location>of() : locations) {
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			Path target = InProcessLanguageServer.toPath(location.getUri());
			IFile workspaceFile = EntenteLanguageService.fileOf(target);
			if (workspaceFile == null) {
				continue;
			}
			try {
				IDocument text = textOf(target, workspaceFile);
				int start = OpenDocuments.offset(text, location.getRange().getStart());
				int end = OpenDocuments.offset(text, location.getRange().getEnd());
				result.addMatch(new Match(workspaceFile, start, end - start));
			} catch (IOException | CoreException e) {
				EntenteEditorPlugin.log("Could not read " + target, e);
			}
		}
		return Status.OK_STATUS;
	}

	private static IDocument textOf(Path path, IFile file) throws IOException, CoreException {
		IDocument open = OpenDocuments.documentOf(path);
		return open != null ? open : new Document(Files.readString(path, Charset.forName(file.getCharset())));
	}

	@Override
	public String getLabel() {
		return "References to " + name;
	}

	@Override
	public boolean canRerun() {
		return true;
	}

	@Override
	public boolean canRunInBackground() {
		return true;
	}

	@Override
	public ISearchResult getSearchResult() {
		return result;
	}
}
