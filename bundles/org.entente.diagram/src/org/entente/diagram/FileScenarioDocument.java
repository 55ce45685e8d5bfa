package org.entente.diagram;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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
 * <p>
 * Only a regular file is read: something else put in its place (a named pipe, a device, a folder) is never opened,
 * because reading it could block for ever. The file is read outside the lock that edits take, so a slow read
 * cannot hold up the sessions; a file deleted and put back (a new inode, the same time stamp or not) is read
 * again.
 */
public final class FileScenarioDocument extends AbstractScenarioDocument implements AutoCloseable {
	private static final long POLL_MILLIS = 250;
	private final Path file;
	private final ScheduledExecutorService watcher;
	private final Object editLock = new Object();
	private volatile String text;
	/** What the file was when {@link #text} was last read from it or written to it. */
	private Stamp stamp;

	/** A file's identity and version: its inode (where the platform has one), size and modification time. */
	private record Stamp(Object key, long size, FileTime modified) {

		static Stamp of(Path file) throws IOException {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			if (!attributes.isRegularFile()) {
				throw new IOException(file + ": not a regular file; a scenario is a text file");
			}
			return new Stamp(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime());
		}
	}

	/**
	 * Reads the file.
	 *
	 * @throws IOException when it cannot be read; the message names the file
	 */
	public FileScenarioDocument(Path file) throws IOException {
		this.file = file.toAbsolutePath().normalize();
		this.stamp = Stamp.of(this.file);
		this.text = read(this.file);
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
	public String text() {
		return text;
	}

	/** The file's text, checked to be a regular file first (a named pipe would block the read for ever). */
	private static String read(Path file) throws IOException {
		Stamp.of(file);
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (MalformedInputException notUtf8) {
			throw new IOException(file + ": not UTF-8 text; scenario files are UTF-8", notUtf8);
		}
	}

	@Override
	public void replaceText(String expected, String newText) throws IOException {
		boolean changedOnDisk = false;
		try {
			synchronized (editLock) {
				Stamp before = Stamp.of(file);
				String onDisk = read(file);
				if (!onDisk.equals(text)) {
					text = onDisk;
					stamp = before;
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
				stamp = Stamp.of(file);
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
			Stamp now = Stamp.of(file);
			Stamp known;
			synchronized (editLock) {
				known = stamp;
			}
			if (now.equals(known)) {
				return;
			}
			String current = read(file);
			synchronized (editLock) {
				// An edit written meanwhile has its own stamp: the text read here may be older than it.
				if (stamp == known && now.equals(Stamp.of(file))) {
					stamp = now;
					if (!current.equals(text)) {
						text = current;
						changed = true;
					}
				}
			}
		} catch (IOException unreadable) {
			// Being replaced, deleted, or not a regular file: keep the last text, try again at the next poll.
		}
		if (changed) {
			textChanged();
		}
	}
}
