package org.entente.diagram;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.entente.diagram.layout.LayoutFile;
import org.entente.dsl.io.AtomicFiles;

/**
 * A scenario file as a diagram's document, for the standalone diagram: each diagram edit is written to the file at
 * once (through a temporary file and a rename, so a failed write leaves the old file), and changes others make to
 * the file (a text editor's save) reach the diagram within a poll interval.
 */
public final class FileScenarioDocument extends AbstractScenarioDocument implements AutoCloseable {
	private static final long POLL_MILLIS = 250;
	private final Path file;
	private final ScheduledExecutorService watcher;
	private String text;
	private FileTime lastModified;

	/**
	 * Reads the file.
	 *
	 * @throws IOException when it cannot be read; the message names the file
	 */
	public FileScenarioDocument(Path file) throws IOException {
		this.file = file.toAbsolutePath().normalize();
		try {
			this.text = Files.readString(this.file, StandardCharsets.UTF_8);
		} catch (MalformedInputException notUtf8) {
			throw new IOException(this.file + ": not UTF-8 text; scenario files are UTF-8", notUtf8);
		}
		this.lastModified = Files.getLastModifiedTime(this.file);
		this.watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "Entente diagram file watcher: " + this.file.getFileName());
			thread.setDaemon(true);
			return thread;
		});
		watcher.scheduleWithFixedDelay(this::pollFile, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
	}

	/** The file. */
	public Path file() {
		return file;
	}

	@Override
	public URI uri() {
		return URI.createFileURI(file.toString());
	}

	@Override
	public Path layoutFile() {
		return LayoutFile.beside(file);
	}

	@Override
	public synchronized String text() {
		return text;
	}

	@Override
	public void replaceText(String expected, String newText) throws IOException {
		boolean changedOnDisk = false;
		try {
			synchronized (this) {
				String onDisk = Files.readString(file, StandardCharsets.UTF_8);
				if (!onDisk.equals(text)) {
					text = onDisk;
					lastModified = Files.getLastModifiedTime(file);
					changedOnDisk = true;
				}
				if (!text.equals(expected)) {
					throw new TextChangedException(file.getFileName().toString());
				}
				if (newText.equals(text)) {
					return;
				}
				AtomicFiles.write(file, newText.getBytes(StandardCharsets.UTF_8));
				text = newText;
				lastModified = Files.getLastModifiedTime(file);
			}
		} finally {
			if (changedOnDisk) {
				textChanged();
			}
		}
		textChanged();
	}

	/** Always saved: edits are written at once. */
	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public void save() {
		// Written at each edit.
	}

	@Override
	public void close() {
		watcher.shutdownNow();
	}

	private void pollFile() {
		boolean changed = false;
		try {
			synchronized (this) {
				FileTime modified = Files.getLastModifiedTime(file);
				if (!modified.equals(lastModified)) {
					lastModified = modified;
					String current = Files.readString(file, StandardCharsets.UTF_8);
					if (!current.equals(text)) {
						text = current;
						changed = true;
					}
				}
			}
		} catch (IOException unreadable) {
			// Being replaced, or deleted: keep the last text, try again at the next poll.
		}
		if (changed) {
			textChanged();
		}
	}
}
