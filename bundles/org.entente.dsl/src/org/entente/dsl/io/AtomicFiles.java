package org.entente.dsl.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes files whole or not at all: through a temporary file beside the target, flushed to disk, and a rename, so
 * a failed write leaves the old file, and readers never see half of one. An existing file keeps its permissions; a
 * new one gets those of any new file of the user (the umask applies: {@code rw-r--r--} under the usual 022), not the
 * private {@code rw-------} of {@link Files#createTempFile}. A
 * symbolic link is written through rather than replaced. A temporary file that a writer killed mid-write left behind
 * is deleted by the next write of the same file. Every writer of Entente (reports, imports, diagram layouts
 * and exports) writes through this class.
 */
public final class AtomicFiles {

	private static final SecureRandom RANDOM = new SecureRandom();

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
		String name = real.getFileName().toString();
		Temporary temporary;
		FileLock writing;
		// One writer of this JVM at a time between the clean-up and the lock, so that none takes another's new,
		// not yet locked, temporary for an abandoned one.
		synchronized (AtomicFiles.class) {
			removeAbandonedTemporaries(folder, name);
			temporary = Temporary.create(folder, name);
			// Locked while it is written, so that a later writer can tell it from one a killed writer left.
			writing = lockIfSupported(temporary.channel());
		}
		try (FileChannel channel = temporary.channel(); FileLock held = writing) {
			ByteBuffer buffer = ByteBuffer.wrap(content);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			channel.force(true);
			copyPermissions(real, temporary.path());
			move(temporary.path(), real);
		} finally {
			Files.deleteIfExists(temporary.path());
		}
	}

	/** An exclusive lock on the channel's file, or {@code null} where the file system has no locks (some NFS). */
	private static FileLock lockIfSupported(FileChannel channel) {
		try {
			return channel.tryLock();
		} catch (IOException | OverlappingFileLockException noLocks) {
			return null;
		}
	}

	/**
	 * Deletes the temporary files of {@code name} that writers killed in the middle of a write left in
	 * {@code folder} (a killed process cannot clean up). A temporary is abandoned when no one holds its lock: the
	 * operating system releases a process's locks when it dies, however it dies. One still being written, in this
	 * process or another, is left alone.
	 */
	private static void removeAbandonedTemporaries(Path folder, String name) {
		String prefix = "." + name;
		try (DirectoryStream<Path> candidates = Files.newDirectoryStream(folder,
				entry -> entry.getFileName().toString().startsWith(prefix)
						&& entry.getFileName().toString().endsWith(".tmp") && Files.isRegularFile(entry,
								LinkOption.NOFOLLOW_LINKS))) {
			for (Path candidate : candidates) {
				removeIfAbandoned(candidate);
			}
		} catch (IOException | DirectoryIteratorException unlistable) {
			// Cleaning up is a courtesy: the write itself does not depend on it.
		}
	}

	private static void removeIfAbandoned(Path temporary) {
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
				FileLock abandoned = channel.tryLock()) {
			if (abandoned != null) {
				Files.deleteIfExists(temporary);
			}
		} catch (OverlappingFileLockException beingWrittenHere) {
			// a writer of this process holds it
		} catch (IOException gone) {
			// renamed or deleted by its writer meanwhile
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

	/** A temporary file beside the target, open for writing. */
	private record Temporary(Path path, FileChannel channel) {

		/**
		 * Creates one, without explicit permissions, so that the process's umask decides them as for any file the
		 * user creates.
		 */
		static Temporary create(Path folder, String targetName) throws IOException {
			for (int attempt = 0;; attempt++) {
				String suffix = Long.toUnsignedString(RANDOM.nextLong(), 36);
				Path candidate = folder.resolve("." + targetName + "." + suffix + ".tmp");
				try {
					return new Temporary(candidate, FileChannel.open(candidate, StandardOpenOption.CREATE_NEW,
							StandardOpenOption.WRITE));
				} catch (FileAlreadyExistsException taken) {
					if (attempt > 100) {
						throw taken;
					}
				}
			}
		}
	}

	private static void copyPermissions(Path existing, Path temporary) throws IOException {
		if (Files.exists(existing) && temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(existing));
		}
	}

	private static Path realPath(Path target) throws IOException {
		try {
			return target.toRealPath();
		} catch (NoSuchFileException notYet) {
			return target;
		}
	}
}
