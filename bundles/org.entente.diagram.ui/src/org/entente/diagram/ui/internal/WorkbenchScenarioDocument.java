package org.entente.diagram.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Display;
import org.entente.diagram.AbstractScenarioDocument;
import org.entente.diagram.TextChangedException;
import org.entente.diagram.layout.LayoutFile;

/**
 * A scenario file's shared document (its file buffer) as a diagram's document: the diagram and any text editor on
 * the file edit the same text, so an edit in one shows in the other at once, both share the dirty state, and the
 * text editor's undo covers the diagram's edits too. A diagram edit replaces only the region that changed.
 * IDocument is not thread-safe: the server's calls move to the display thread.
 */
final class WorkbenchScenarioDocument extends AbstractScenarioDocument {
	private final IFile file;
	private final Display display;
	private final ITextFileBuffer buffer;
	private final IDocument document;
	private volatile boolean disposed;
	private final IDocumentListener documentListener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			textChanged();
		}
	};

	/** Connects to the file's buffer; call {@link #dispose()} to release it. */
	WorkbenchScenarioDocument(IFile file, Display display) throws CoreException {
		this.file = file;
		this.display = display;
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		manager.connect(file.getFullPath(), LocationKind.IFILE, null);
		this.buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
		this.document = buffer.getDocument();
		document.addDocumentListener(documentListener);
	}

	IFile file() {
		return file;
	}

	@Override
	public URI uri() {
		return URI.createFileURI(file.getLocation().toOSString());
	}

	@Override
	public Path layoutFile() {
		return LayoutFile.beside(file.getLocation().toPath());
	}

	/** The layout file is written beside the scenario on disk: tell the workspace, off the caller's thread. */
	@Override
	public void layoutFileWritten() {
		IFile layout = file.getParent().getFile(IPath.fromOSString(file.getName() + LayoutFile.SUFFIX));
		Job refresh = Job.create("Refresh " + layout.getName(), monitor -> {
			layout.refreshLocal(IResource.DEPTH_ZERO, monitor);
		});
		refresh.setSystem(true);
		refresh.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().refreshRule(layout));
		refresh.schedule();
	}

	@Override
	public String text() {
		return onDisplay(document::get);
	}

	@Override
	public void replaceText(String expected, String newText) throws IOException {
		AtomicReference<IOException> failure = new AtomicReference<>();
		display.syncExec(() -> {
			if (disposed) {
				failure.set(new IOException("The diagram of " + file.getName() + " is closed."));
				return;
			}
			String old = document.get();
			if (!old.equals(expected)) {
				failure.set(new TextChangedException(file.getName()));
				return;
			}
			int start = 0;
			int limit = Math.min(old.length(), newText.length());
			while (start < limit && old.charAt(start) == newText.charAt(start)) {
				start++;
			}
			int oldEnd = old.length();
			int newEnd = newText.length();
			while (oldEnd > start && newEnd > start && old.charAt(oldEnd - 1) == newText.charAt(newEnd - 1)) {
				oldEnd--;
				newEnd--;
			}
			try {
				document.replace(start, oldEnd - start, newText.substring(start, newEnd));
			} catch (BadLocationException impossible) {
				failure.set(new IOException("Could not change " + file.getName() + ": " + impossible.getMessage()));
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
	}

	@Override
	public boolean isDirty() {
		return onDisplay(buffer::isDirty);
	}

	@Override
	public void save() throws IOException {
		AtomicReference<CoreException> failure = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				// Not over a file changed on disk since it was read: that is the text editor's question to ask.
				buffer.commit(null, false);
			} catch (CoreException e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw new IOException(failure.get().getMessage(), failure.get());
		}
	}

	void dispose() {
		disposed = true;
		onDisplay(() -> {
			document.removeDocumentListener(documentListener);
			return null;
		});
		try {
			FileBuffers.getTextFileBufferManager().disconnect(file.getFullPath(), LocationKind.IFILE, null);
		} catch (CoreException e) {
			DiagramUiPlugin.log("Could not release the buffer of " + file.getFullPath(), e);
		}
	}

	private <T> T onDisplay(Supplier<T> supplier) {
		if (Display.getCurrent() == display) {
			return supplier.get();
		}
		AtomicReference<T> result = new AtomicReference<>();
		display.syncExec(() -> result.set(supplier.get()));
		return result.get();
	}
}
