package org.entente.dsl.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.entente.dsl.EntenteFiles;
import org.entente.dsl.ide.server.InProcessLanguageServer;
import org.entente.dsl.ui.EntenteEditorPlugin;

/**
 * The workbench's single connection to the Entente language server, which runs in process
 * ({@link InProcessLanguageServer}). It keeps the server's view of the workspace current: projects that hold
 * scenarios are indexed, and every change to a {@code .entente} file on disk (saves, deletions, a Git checkout) is
 * forwarded, so that dependent files are revalidated. Editors add their unsaved text through {@link OpenDocuments}.
 * Diagnostics become problem markers and editor annotations through {@link ProblemReporter}.
 */
public final class EntenteLanguageService {

	/** The file extension of scenarios. */
	public static final String FILE_EXTENSION = EntenteFiles.EXTENSION;

	private static EntenteLanguageService instance;

	private final InProcessLanguageServer server;
	private final ProblemReporter problems;
	private final IResourceChangeListener resourceListener = this::resourceChanged;

	private EntenteLanguageService() {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		List<Path> folders = new ArrayList<>();
		for (IProject project : root.getProjects()) {
			if (holdsScenarios(project)) {
				folders.add(project.getLocation().toPath());
			}
		}
		server = new InProcessLanguageServer(folders);
		problems = new ProblemReporter(server);
		server.addDiagnosticsListener(problems);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(resourceListener, IResourceChangeEvent.POST_CHANGE);
	}

	private void start() {
		EntentePreferences.applySeverities(this);
		EntentePreferences.store().addPropertyChangeListener(event -> {
			if (event.getProperty().startsWith(EntentePreferences.severityKey(""))) {
				EntentePreferences.applySeverities(this);
			}
		});
	}

	/** Revalidates every scenario of the indexed projects (after a change of validation settings). */
	public void revalidateAll() {
		List<FileEvent> events = new ArrayList<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (project.getLocation() == null || !server.isIndexed(project.getLocation().toPath())) {
				continue;
			}
			try {
				project.accept(proxy -> {
					if (proxy.getType() == IResource.FILE && proxy.getName().endsWith("." + FILE_EXTENSION)) {
						IResource file = proxy.requestResource();
						if (file.getLocation() != null) {
							events.add(new FileEvent(server.uri(file.getLocation().toPath()), FileChangeType.Changed));
						}
					}
					return true;
				}, IResource.NONE);
			} catch (CoreException e) {
				EntenteEditorPlugin.log("Could not list the scenarios of " + project.getName(), e);
			}
		}
		server.filesChanged(events);
	}

	/** The service, started on first use. */
	public static synchronized EntenteLanguageService get() {
		if (instance == null) {
			instance = new EntenteLanguageService();
			instance.start();
		}
		return instance;
	}

	/** Stops the server if it runs (when the bundle stops). */
	public static synchronized void shutdown() {
		if (instance != null) {
			ResourcesPlugin.getWorkspace().removeResourceChangeListener(instance.resourceListener);
			instance.server.close();
			instance = null;
		}
	}

	/** The language server. */
	public InProcessLanguageServer server() {
		return server;
	}

	/** Turns diagnostics into markers and annotations. */
	public ProblemReporter problems() {
		return problems;
	}

	/**
	 * Waits until the server has processed every change sent so far and the resulting markers are written: what a
	 * test or a builder needs before it looks at the Problems view.
	 */
	public void awaitIdle(long timeout, TimeUnit unit) throws InterruptedException, TimeoutException {
		server.awaitIdle(timeout, unit);
		problems.awaitMarkers();
	}

	/** The document symbols (the structure) of a scenario file, as a tree. */
	public CompletableFuture<List<DocumentSymbol>> documentSymbols(Path file) {
		ensureIndexed(file);
		return server.server().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(server.uri(file))))
				.thenApply(symbols -> symbols.stream().filter(Either::isRight).map(Either::getRight).toList());
	}

	/** Makes sure the project is indexed (its builder runs, or a scenario of it is opened). */
	public void ensureIndexed(IProject project) {
		if (project.isOpen() && project.getLocation() != null) {
			server.addFolder(project.getLocation().toPath());
		}
	}

	/** Makes sure the project (or, outside the workspace, the folder) of the file is indexed. */
	public void ensureIndexed(Path file) {
		if (server.isIndexed(file)) {
			return;
		}
		IFile workspaceFile = fileOf(file);
		if (workspaceFile != null && workspaceFile.getProject().getLocation() != null) {
			server.addFolder(workspaceFile.getProject().getLocation().toPath());
		} else if (file.getParent() != null) {
			server.addFolder(file.getParent());
		}
	}

	/** The file system path of a workspace file, or {@code null} when it has no local location. */
	public static Path pathOf(IFile file) {
		IPath location = file.getLocation();
		return location == null ? null : location.toPath().toAbsolutePath().normalize();
	}

	/** The workspace file at the path, or {@code null} when the path lies outside the workspace. */
	public static IFile fileOf(Path path) {
		if (path == null) {
			return null;
		}
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(path.toUri());
		for (IFile file : files) {
			if (file.isAccessible()) {
				return file;
			}
		}
		return files.length > 0 ? files[0] : null;
	}

	/** Whether the resource is a scenario file. */
	public static boolean isScenario(IResource resource) {
		return resource.getType() == IResource.FILE && FILE_EXTENSION.equals(resource.getFileExtension());
	}

	private static boolean holdsScenarios(IProject project) {
		if (!project.isOpen() || project.getLocation() == null) {
			return false;
		}
		try {
			if (project.hasNature(org.entente.dsl.ui.internal.builder.EntenteNature.ID)) {
				return true;
			}
			boolean[] found = { false };
			project.accept(proxy -> {
				if (found[0]) {
					return false;
				}
				if (proxy.getType() == IResource.FILE && proxy.getName().endsWith("." + FILE_EXTENSION)) {
					found[0] = true;
				}
				return !proxy.isDerived();
			}, IContainer.NONE);
			return found[0];
		} catch (CoreException e) {
			return false;
		}
	}

	private void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		if (delta == null) {
			return;
		}
		List<FileEvent> events = new ArrayList<>();
		try {
			delta.accept(child -> {
				IResource resource = child.getResource();
				if (resource instanceof IProject project) {
					projectChanged(project, child);
					return project.isOpen();
				}
				if (isScenario(resource) && resource.getLocation() != null) {
					FileChangeType type = switch (child.getKind()) {
					case IResourceDelta.ADDED -> FileChangeType.Created;
					case IResourceDelta.REMOVED -> FileChangeType.Deleted;
					default -> (child.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0
							? FileChangeType.Changed
							: null;
					};
					if (type != null) {
						Path path = resource.getLocation().toPath().toAbsolutePath().normalize();
						if (type == FileChangeType.Created) {
							ensureIndexed(path);
						}
						events.add(new FileEvent(server.uri(path), type));
						if (type == FileChangeType.Deleted) {
							problems.forget(path);
						}
					}
				}
				return true;
			});
		} catch (CoreException e) {
			EntenteEditorPlugin.log("Could not forward workspace changes to the Entente language server", e);
		}
		server.filesChanged(events);
	}

	private void projectChanged(IProject project, IResourceDelta delta) {
		boolean openedOrClosed = (delta.getFlags() & IResourceDelta.OPEN) != 0;
		if (delta.getKind() == IResourceDelta.REMOVED || openedOrClosed && !project.isOpen()) {
			IPath location = delta.getKind() == IResourceDelta.REMOVED ? null : project.getLocation();
			server.folders().stream()
					.filter(folder -> location != null ? folder.equals(location.toPath())
							: folder.getFileName() != null
									&& folder.getFileName().toString().equals(project.getName()))
					.forEach(server::removeFolder);
		} else if ((delta.getKind() == IResourceDelta.ADDED || openedOrClosed) && holdsScenarios(project)) {
			server.addFolder(project.getLocation().toPath());
		}
	}
}
