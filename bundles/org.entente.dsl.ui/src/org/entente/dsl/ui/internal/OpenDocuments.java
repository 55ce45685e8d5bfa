package org.entente.dsl.ui.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.entente.dsl.ide.server.InProcessLanguageServer;

/**
 * The scenario documents open in editors, and their link to the language server: the first editor on a document
 * opens it in the server, every edit is sent as an incremental change, and the last editor to go closes it, so the
 * file on disk counts again. Two editors on one file share one document and one connection.
 */
public final class OpenDocuments {

	private static final Map<IDocument, Connection> CONNECTIONS = new ConcurrentHashMap<>();

	private OpenDocuments() {
	}

	/** Connects an editor's document; returns its file, or {@code null} when the document is not a file's. */
	public static synchronized Path connect(IDocument document) {
		Connection connection = CONNECTIONS.get(document);
		if (connection != null) {
			connection.editors++;
			return connection.file;
		}
		Path file = fileOf(document);
		if (file == null) {
			return null;
		}
		EntenteLanguageService service = EntenteLanguageService.get();
		service.ensureIndexed(file);
		connection = new Connection(file, service.server());
		CONNECTIONS.put(document, connection);
		service.server().open(file, document.get());
		document.addDocumentListener(connection);
		return file;
	}

	/** Disconnects one editor from the document; the last one closes it in the server. */
	public static synchronized void disconnect(IDocument document) {
		Connection connection = CONNECTIONS.get(document);
		if (connection != null && --connection.editors == 0) {
			CONNECTIONS.remove(document);
			document.removeDocumentListener(connection);
			connection.server.close(connection.file);
			EntenteLanguageService.get().problems().documentClosed(connection.file, document);
		}
	}

	/** The open document of the file, or {@code null}. */
	public static IDocument documentOf(Path file) {
		for (Map.Entry<IDocument, Connection> entry : CONNECTIONS.entrySet()) {
			if (entry.getValue().file.equals(file)) {
				return entry.getKey();
			}
		}
		return null;
	}

	/** The file of a connected document, or {@code null}. */
	public static Path connectedFile(IDocument document) {
		Connection connection = CONNECTIONS.get(document);
		return connection == null ? null : connection.file;
	}

	/** The file behind a document of the file buffer manager, or {@code null}. */
	public static Path fileOf(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null) {
			return null;
		}
		try {
			return Path.of(buffer.getFileStore().toURI()).toAbsolutePath().normalize();
		} catch (IllegalArgumentException | UnsupportedOperationException e) {
			return null; // not a local file
		}
	}

	/** Converts an LSP position to a document offset, clamped to the document. */
	public static int offset(IDocument document, Position position) {
		try {
			int line = Math.min(position.getLine(), document.getNumberOfLines() - 1);
			int lineOffset = document.getLineOffset(line);
			int lineLength = document.getLineLength(line);
			return lineOffset + Math.min(position.getCharacter(), lineLength);
		} catch (BadLocationException e) {
			return document.getLength();
		}
	}

	/** Converts a document offset to an LSP position. */
	public static Position position(IDocument document, int offset) {
		try {
			int line = document.getLineOfOffset(offset);
			return new Position(line, offset - document.getLineOffset(line));
		} catch (BadLocationException e) {
			return new Position(document.getNumberOfLines() - 1, 0);
		}
	}

	/** A document's link to the server. */
	private static final class Connection implements IDocumentListener {
		private final Path file;
		private final InProcessLanguageServer server;
		private int editors = 1;
		private Range pendingRange;

		Connection(Path file, InProcessLanguageServer server) {
			this.file = file;
			this.server = server;
		}

		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
			IDocument document = event.getDocument();
			pendingRange = new Range(position(document, event.getOffset()),
					position(document, event.getOffset() + event.getLength()));
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			String text = event.getText() == null ? "" : event.getText();
			server.change(file, pendingRange, text);
		}
	}
}
