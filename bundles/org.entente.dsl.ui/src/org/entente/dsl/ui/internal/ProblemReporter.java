package org.entente.dsl.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.entente.dsl.ide.server.InProcessLanguageServer;
import org.entente.dsl.ui.EntenteEditorPlugin;

/**
 * Shows the server's diagnostics where an Eclipse user looks for them. A file without unsaved changes gets problem
 * markers (Problems view, Project Explorer decorations, the editor's rulers). A file with unsaved changes is
 * validated as it is typed, and its diagnostics show as editor annotations only; they become markers when the file
 * is saved, as in Xtext's own editors, so the Problems view reflects what is on disk.
 */
public final class ProblemReporter implements InProcessLanguageServer.DiagnosticsListener, IFileBufferListener {

	/** The marker type of Entente problems (a problem and text marker). */
	public static final String MARKER_TYPE = "org.entente.dsl.ui.problem";
	/** Marker attribute: the diagnostic's issue code, for quick fixes. */
	public static final String CODE = "code";
	/** Marker attributes: the diagnostic's LSP range, for quick fixes. */
	public static final String START_LINE = "lspStartLine";
	public static final String START_CHARACTER = "lspStartCharacter";
	public static final String END_LINE = "lspEndLine";
	public static final String END_CHARACTER = "lspEndCharacter";

	/** Annotation types of live (unsaved) diagnostics; their look is that of errors and warnings. */
	public static final String ERROR_ANNOTATION = "org.entente.dsl.ui.error";
	public static final String WARNING_ANNOTATION = "org.entente.dsl.ui.warning";
	public static final String INFO_ANNOTATION = "org.entente.dsl.ui.info";

	private static final Object MARKER_JOB_FAMILY = new Object();

	private final InProcessLanguageServer server;
	private final Map<Path, List<Diagnostic>> pendingMarkers = new LinkedHashMap<>();
	private final Map<IDocument, List<Annotation>> liveAnnotations = new ConcurrentHashMap<>();
	private final List<Consumer<Path>> buildListeners = new CopyOnWriteArrayList<>();
	private final Job markerJob = new Job("Updating Entente problem markers") {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			return writePendingMarkers(monitor);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == MARKER_JOB_FAMILY;
		}
	};

	ProblemReporter(InProcessLanguageServer server) {
		this.server = server;
		markerJob.setSystem(true);
		FileBuffers.getTextFileBufferManager().addFileBufferListener(this);
	}

	/**
	 * Registers code to run (on a server thread) whenever a file's diagnostics were published, i.e. it was rebuilt;
	 * it receives the file.
	 */
	public void addBuildListener(Consumer<Path> listener) {
		buildListeners.add(listener);
	}

	/** Unregisters a build listener. */
	public void removeBuildListener(Consumer<Path> listener) {
		buildListeners.remove(listener);
	}

	@Override
	public void diagnosticsChanged(Path file, List<Diagnostic> diagnostics) {
		IDocument document = OpenDocuments.documentOf(file);
		if (document != null && isDirty(document)) {
			showAnnotations(document, diagnostics);
		} else {
			if (document != null) {
				showAnnotations(document, List.of());
			}
			scheduleMarkers(file, diagnostics);
		}
		buildListeners.forEach(listener -> listener.accept(file));
	}

	/** Forgets a deleted file's problems (its markers went with it). */
	void forget(Path file) {
		synchronized (pendingMarkers) {
			pendingMarkers.remove(file);
		}
	}

	/** An editor closed the document: its live annotations go; the server republishes the file from disk. */
	void documentClosed(Path file, IDocument document) {
		List<Annotation> annotations = liveAnnotations.remove(document);
		IAnnotationModel model = annotationModel(document);
		if (annotations != null && model != null) {
			annotations.forEach(model::removeAnnotation);
		}
	}

	/** Waits until pending markers have been written. */
	public void awaitMarkers() throws InterruptedException {
		Job.getJobManager().join(MARKER_JOB_FAMILY, null);
	}

	private static boolean isDirty(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		return buffer != null && buffer.isDirty();
	}

	private static IAnnotationModel annotationModel(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		return buffer == null ? null : buffer.getAnnotationModel();
	}

	private void showAnnotations(IDocument document, List<Diagnostic> diagnostics) {
		IAnnotationModel model = annotationModel(document);
		if (model == null) {
			return;
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Diagnostic diagnostic : diagnostics) {
			int start = OpenDocuments.offset(document, diagnostic.getRange().getStart());
			int end = OpenDocuments.offset(document, diagnostic.getRange().getEnd());
			added.put(new Annotation(annotationType(diagnostic.getSeverity()), false, message(diagnostic)),
					new Position(start, Math.max(0, end - start)));
		}
		List<Annotation> removed = liveAnnotations.put(document, new ArrayList<>(added.keySet()));
		Annotation[] toRemove = removed == null ? new Annotation[0] : removed.toArray(Annotation[]::new);
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(toRemove, added);
		} else {
			for (Annotation annotation : toRemove) {
				model.removeAnnotation(annotation);
			}
			added.forEach(model::addAnnotation);
		}
	}

	/** The diagnostic's message as plain text. */
	public static String message(Diagnostic diagnostic) {
		return diagnostic.getMessage() == null ? ""
				: diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft()
						: diagnostic.getMessage().getRight().getValue();
	}

	private static String annotationType(DiagnosticSeverity severity) {
		if (severity == null || severity == DiagnosticSeverity.Error) {
			return ERROR_ANNOTATION;
		}
		return severity == DiagnosticSeverity.Warning ? WARNING_ANNOTATION : INFO_ANNOTATION;
	}

	private void scheduleMarkers(Path file, List<Diagnostic> diagnostics) {
		synchronized (pendingMarkers) {
			pendingMarkers.put(file, diagnostics);
		}
		markerJob.schedule();
	}

	private IStatus writePendingMarkers(IProgressMonitor monitor) {
		Map<Path, List<Diagnostic>> batch;
		synchronized (pendingMarkers) {
			batch = new LinkedHashMap<>(pendingMarkers);
			pendingMarkers.clear();
		}
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		try {
			// one workspace operation for the batch, so the Problems view refreshes once
			workspace.run(progress -> batch.forEach(this::replaceMarkers), null, IWorkspace.AVOID_UPDATE, monitor);
		} catch (CoreException e) {
			return new Status(IStatus.WARNING, EntenteEditorPlugin.PLUGIN_ID, "Could not write problem markers", e);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
		return Status.OK_STATUS;
	}

	private void replaceMarkers(Path path, List<Diagnostic> diagnostics) {
		IFile file = EntenteLanguageService.fileOf(path);
		if (file == null || !file.exists()) {
			return;
		}
		try {
			file.deleteMarkers(MARKER_TYPE, true, IResource.DEPTH_ZERO);
			IDocument document = OpenDocuments.documentOf(path);
			if (document == null && !diagnostics.isEmpty()) {
				// offsets let the editor and the Problems view point at the exact text, not only the line
				document = new org.eclipse.jface.text.Document(
						java.nio.file.Files.readString(path, java.nio.charset.Charset.forName(file.getCharset())));
			}
			for (Diagnostic diagnostic : diagnostics) {
				file.createMarker(MARKER_TYPE, attributes(diagnostic, document));
			}
		} catch (CoreException | java.io.IOException e) {
			EntenteEditorPlugin.log("Could not write problem markers of " + file.getFullPath(), e);
		}
	}

	private static Map<String, Object> attributes(Diagnostic diagnostic, IDocument document) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, message(diagnostic));
		attributes.put(IMarker.SEVERITY, switch (diagnostic.getSeverity() == null ? DiagnosticSeverity.Error
				: diagnostic.getSeverity()) {
		case Error -> IMarker.SEVERITY_ERROR;
		case Warning -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		});
		org.eclipse.lsp4j.Position start = diagnostic.getRange().getStart();
		org.eclipse.lsp4j.Position end = diagnostic.getRange().getEnd();
		attributes.put(IMarker.LINE_NUMBER, start.getLine() + 1);
		attributes.put(IMarker.LOCATION, "line " + (start.getLine() + 1) + ", column " + (start.getCharacter() + 1));
		if (document != null) {
			attributes.put(IMarker.CHAR_START, OpenDocuments.offset(document, start));
			attributes.put(IMarker.CHAR_END, OpenDocuments.offset(document, end));
		}
		attributes.put(START_LINE, start.getLine());
		attributes.put(START_CHARACTER, start.getCharacter());
		attributes.put(END_LINE, end.getLine());
		attributes.put(END_CHARACTER, end.getCharacter());
		if (diagnostic.getCode() != null && diagnostic.getCode().isLeft()) {
			attributes.put(CODE, diagnostic.getCode().getLeft());
		}
		attributes.put(IMarker.SOURCE_ID, "Entente");
		return attributes;
	}

	/** A saved document: what was validated as typed is now what is on disk, so it becomes markers. */
	@Override
	public void dirtyStateChanged(IFileBuffer buffer, boolean isDirty) {
		if (isDirty || !(buffer instanceof ITextFileBuffer textBuffer)) {
			return;
		}
		Path file = OpenDocuments.connectedFile(textBuffer.getDocument());
		if (file != null) {
			server.save(file);
			showAnnotations(textBuffer.getDocument(), List.of());
			scheduleMarkers(file, server.diagnostics(file));
		}
	}

	@Override
	public void bufferCreated(IFileBuffer buffer) {
		// connected by the editor
	}

	@Override
	public void bufferDisposed(IFileBuffer buffer) {
		// disconnected by the editor
	}

	@Override
	public void bufferContentAboutToBeReplaced(IFileBuffer buffer) {
		// not needed
	}

	@Override
	public void bufferContentReplaced(IFileBuffer buffer) {
		// a revert: the document listener sends the new text
	}

	@Override
	public void stateChanging(IFileBuffer buffer) {
		// not needed
	}

	@Override
	public void stateValidationChanged(IFileBuffer buffer, boolean isStateValidated) {
		// not needed
	}

	@Override
	public void underlyingFileMoved(IFileBuffer buffer, org.eclipse.core.runtime.IPath path) {
		// the editor follows the move and reconnects
	}

	@Override
	public void underlyingFileDeleted(IFileBuffer buffer) {
		// the resource listener forgets the file
	}

	@Override
	public void stateChangeFailed(IFileBuffer buffer) {
		// not needed
	}
}
