package org.entente.dsl.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files whole or not at all: through a temporary file beside the target, flushed to disk, and a rename, so
 * a failed write leaves the old file, and readers never see half of one. An existing file keeps its permissions; a
 * new one is readable by all ({@code rw-r--r--}) like a file an editor creates, not private like a temporary file. A
 * symbolic link is written through rather than replaced. Every writer of Entente (reports, imports, diagram layouts
 * and exports) writes through this class.
 */
public final class AtomicFiles {

	private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

	private AtomicFiles() {
	}

	/**
	 * Writes {@code text} to {@code target} as UTF-8.
	 *
	 * @throws IOException when the file cannot be written; the target is then unchanged
	 */
	public static void write(Path target, String text) throws IOException {
		write(target, text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Writes {@code content} to {@code target}.
	 *
	 * @throws IOException when the file cannot be written (with a message that names the file and why); the target
	 *                     is then unchanged
	 */
	public static void write(Path target, byte[] content) throws IOException {
		Path real = realPath(target.toAbsolutePath());
		Path folder = real.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			throw new IOException("cannot write " + target + ": the folder " + folder + " does not exist");
		}
		if (Files.isDirectory(real)) {
			throw new IOException("cannot write " + target + ": it is a directory");
		}
		Path temporary = Files.createTempFile(folder, "." + real.getFileName(), ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				channel.write(java.nio.ByteBuffer.wrap(content));
				channel.force(true);
			}
			copyPermissions(real, temporary);
			move(temporary, real);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** Moves {@code source} over {@code target} in one rename where the file system can, else by a plain move. */
	public static void move(Path source, Path target) throws IOException {
		try {
			Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException notAtomic) {
			Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void copyPermissions(Path existing, Path temporary) throws IOException {
		if (!temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return;
		}
		Files.setPosixFilePermissions(temporary,
				Files.exists(existing) ? Files.getPosixFilePermissions(existing) : NEW_FILE);
	}

	private static Path realPath(Path target) throws IOException {
		try {
			return target.toRealPath();
		} catch (NoSuchFileException notYet) {
			return target;
		}
	}
}
