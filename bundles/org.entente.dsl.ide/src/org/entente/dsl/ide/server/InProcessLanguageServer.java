package org.entente.dsl.ide.server;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.entente.dsl.EntenteFiles;

import com.google.inject.Injector;
import com.google.inject.Scopes;
import com.google.inject.util.Modules;

/**
 * Xtext's language server running in the caller's process, called through its Java interfaces: no sockets, no
 * JSON. It is what the workbench editor talks to (the role LSP4E plays in a full Eclipse IDE, which is not available
 * from Maven Central), and what the editor benchmark measures, so both exercise the same path.
 * <p>
 * The server owns the cross-file index: every {@code .entente} file under the workspace folders is parsed, linked and
 * validated; open documents are validated from their unsaved text; a change revalidates the files that depend on
 * it. Diagnostics arrive through {@link DiagnosticsListener}s, on a server thread.
 * <p>
 * Thread-safe: notifications and requests may come from any thread; the server orders writes and runs reads in
 * parallel, cancelling outdated work.
 */
public final class InProcessLanguageServer implements AutoCloseable {

	/** Receives the diagnostics the server publishes after each build, per file. */
	@FunctionalInterface
	public interface DiagnosticsListener {
		/**
		 * @param file        the file the diagnostics belong to (normalized, see {@link #toPath(String)})
		 * @param diagnostics all current diagnostics of that file (empty when it has none)
		 */
		void diagnosticsChanged(Path file, List<Diagnostic> diagnostics);
	}

	private final LanguageServerImpl server;
	private final WorkspaceManager workspaceManager;
	private final UriExtensions uriExtensions;
	private final IResourceServiceProvider language;
	private final List<DiagnosticsListener> listeners = new CopyOnWriteArrayList<>();
	private final Map<Path, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
	private final Map<Path, Integer> versions = new ConcurrentHashMap<>();
	private final List<Path> folders = new CopyOnWriteArrayList<>();

	/**
	 * Starts a server over the given workspace folders (may be empty; see {@link #addFolder(Path)}) and waits until it
	 * has been initialized. The first build of the folders continues in the background.
	 */
	public InProcessLanguageServer(List<Path> workspaceFolders) {
		Injector injector = EntenteLanguageServer.createInjector(Modules.override(new ServerModule()).with(
				binder -> {
					binder.bind(WorkspaceManager.class).in(Scopes.SINGLETON);
					// the default handler calls System.exit on exit: that would end the workbench, not the server
					binder.bind(ILanguageServerShutdownAndExitHandler.class)
							.to(ILanguageServerShutdownAndExitHandler.NullImpl.class);
				}));
		server = injector.getInstance(LanguageServerImpl.class);
		workspaceManager = injector.getInstance(WorkspaceManager.class);
		uriExtensions = injector.getInstance(UriExtensions.class);
		language = injector.getInstance(IResourceServiceProvider.Registry.class)
				.getResourceServiceProvider(org.eclipse.emf.common.util.URI.createFileURI("any" + EntenteFiles.SUFFIX));
		server.connect(new Client());
		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		List<WorkspaceFolder> initialFolders = new ArrayList<>();
		for (Path folder : workspaceFolders) {
			Path normalized = folder.toAbsolutePath().normalize();
			folders.add(normalized);
			initialFolders.add(new WorkspaceFolder(uri(normalized), normalized.getFileName().toString()));
		}
		params.setWorkspaceFolders(initialFolders);
		params.setCapabilities(clientCapabilities());
		try {
			server.initialize(params).get(1, TimeUnit.MINUTES);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while starting the Entente language server", e);
		} catch (ExecutionException | TimeoutException e) {
			throw new IllegalStateException("The Entente language server did not start: " + e.getMessage(), e);
		}
		server.initialized(new InitializedParams());
	}

	private static ClientCapabilities clientCapabilities() {
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		text.setRename(new org.eclipse.lsp4j.RenameCapabilities(true, false));
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setWorkspaceFolders(true);
		workspace.setApplyEdit(false);
		return new ClientCapabilities(workspace, text, null);
	}

	/** The server, for requests (completion, hover, definition, references, rename, formatting, code actions...). */
	public LanguageServerImpl server() {
		return server;
	}

	/**
	 * A service of the Entente language itself (grammar access, semantic highlighting calculator...), as the server
	 * uses it.
	 */
	public <T> T languageService(Class<T> type) {
		return language.get(type);
	}

	/** The version of the open document the server has last been told about, or 0 when it is not open. */
	public int version(Path file) {
		return versions.getOrDefault(normalize(file), 0);
	}

	/** Registers a listener for published diagnostics. */
	public void addDiagnosticsListener(DiagnosticsListener listener) {
		listeners.add(listener);
	}

	/** Unregisters a listener. */
	public void removeDiagnosticsListener(DiagnosticsListener listener) {
		listeners.remove(listener);
	}

	/** The diagnostics last published for the file, or an empty list. */
	public List<Diagnostic> diagnostics(Path file) {
		return diagnostics.getOrDefault(normalize(file), List.of());
	}

	/** The folders the server indexes. */
	public List<Path> folders() {
		return List.copyOf(folders);
	}

	/** Adds a folder to the index (no-op when it or a folder containing it is indexed already). */
	public void addFolder(Path folder) {
		Path normalized = normalize(folder);
		if (folders.stream().anyMatch(normalized::startsWith)) {
			return;
		}
		folders.add(normalized);
		WorkspaceFoldersChangeEvent event = new WorkspaceFoldersChangeEvent(
				List.of(new WorkspaceFolder(uri(normalized), normalized.getFileName().toString())), List.of());
		server.didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(event));
	}

	/** Removes a folder from the index (for a closed or deleted project). */
	public void removeFolder(Path folder) {
		Path normalized = normalize(folder);
		if (folders.remove(normalized)) {
			WorkspaceFoldersChangeEvent event = new WorkspaceFoldersChangeEvent(List.of(),
					List.of(new WorkspaceFolder(uri(normalized), normalized.getFileName().toString())));
			server.didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(event));
			diagnostics.keySet().removeIf(file -> file.startsWith(normalized));
		}
	}

	/** Whether the file lies in an indexed folder. */
	public boolean isIndexed(Path file) {
		Path normalized = normalize(file);
		return folders.stream().anyMatch(normalized::startsWith);
	}

	/** Tells the server that an editor opened the file with the given text; the text now overrides the disk. */
	public void open(Path file, String text) {
		Path normalized = normalize(file);
		if (!isIndexed(normalized) && normalized.getParent() != null) {
			// a file outside every project: index its folder so that its imports resolve
			addFolder(normalized.getParent());
		}
		versions.put(normalized, 1);
		server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(normalized), "entente", 1, text)));
	}

	/**
	 * Tells the server that the open document changed: {@code range} (in the text before the change) was replaced by
	 * {@code text}. A {@code null} range replaces the whole text.
	 */
	public void change(Path file, Range range, String text) {
		Path normalized = normalize(file);
		int version = versions.merge(normalized, 1, Integer::sum);
		TextDocumentContentChangeEvent change = range == null ? new TextDocumentContentChangeEvent(text)
				: new TextDocumentContentChangeEvent(range, text);
		server.didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri(normalized), version), List.of(change)));
	}

	/** Tells the server that the open document was saved. */
	public void save(Path file) {
		server.didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri(normalize(file)))));
	}

	/** Tells the server the editor closed the document; the file on disk counts again. */
	public void close(Path file) {
		Path normalized = normalize(file);
		versions.remove(normalized);
		server.didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri(normalized))));
	}

	/** Whether an editor has the file open. */
	public boolean isOpen(Path file) {
		return versions.containsKey(normalize(file));
	}

	/** Tells the server that files changed on disk (created, changed or deleted by someone else than an editor). */
	public void filesChanged(List<FileEvent> events) {
		if (!events.isEmpty()) {
			server.didChangeWatchedFiles(new DidChangeWatchedFilesParams(events));
		}
	}

	/**
	 * Reads the file's current model (from the open document, else from the index) on a server read thread: the
	 * function sees a consistent document and resource, and must not keep them.
	 */
	public <T> CompletableFuture<T> read(Path file, BiFunction<Document, XtextResource, T> reader) {
		org.eclipse.emf.common.util.URI uri = uriExtensions.toUri(uri(normalize(file)));
		return server.getRequestManager().runRead(cancelIndicator -> workspaceManager.doRead(uri, reader::apply));
	}

	/**
	 * Waits until the server has processed every notification sent so far, including the builds they caused, so
	 * that {@link #diagnostics(Path)} is up to date.
	 */
	public void awaitIdle(long timeout, TimeUnit unit) throws InterruptedException, TimeoutException {
		try {
			server.getRequestManager().runRead(cancelIndicator -> null).get(timeout, unit);
		} catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		}
	}

	/** The URI string the server uses for the file. */
	public String uri(Path file) {
		return file.toAbsolutePath().normalize().toUri().toString();
	}

	/**
	 * The file of a URI the server sent (it may spell {@code file:} URIs differently from {@link #uri(Path)}), or
	 * {@code null} when the URI is not a file.
	 */
	public static Path toPath(String uri) {
		try {
			URI parsed = new URI(uri);
			if (!"file".equals(parsed.getScheme())) {
				return null;
			}
			return Path.of(new URI("file", null, parsed.getPath(), null)).toAbsolutePath().normalize();
		} catch (Exception e) {
			return null;
		}
	}

	private static Path normalize(Path file) {
		return file.toAbsolutePath().normalize();
	}

	@Override
	public void close() {
		try {
			server.shutdown().get(10, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (ExecutionException | TimeoutException e) {
			// shutting down anyway
		}
		server.exit();
	}

	/** Receives what the server sends: diagnostics matter, messages are logged by the server already. */
	private final class Client implements LanguageClient {

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			Path file = toPath(params.getUri());
			if (file == null) {
				return;
			}
			List<Diagnostic> current = List.copyOf(params.getDiagnostics());
			diagnostics.put(file, current);
			for (DiagnosticsListener listener : listeners) {
				listener.diagnosticsChanged(file, current);
			}
		}

		@Override
		public void telemetryEvent(Object object) {
			// not collected
		}

		@Override
		public void showMessage(MessageParams messageParams) {
			System.getLogger(InProcessLanguageServer.class.getName()).log(System.Logger.Level.INFO,
					messageParams.getMessage());
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
			System.getLogger(InProcessLanguageServer.class.getName()).log(System.Logger.Level.DEBUG,
					message.getMessage());
		}
	}
}
