package org.entente.diagram;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files whole or not at all: through a temporary file beside the target and a rename, so a failed write
 * leaves the old file, and readers never see half of one. An existing file keeps its permissions, and a symbolic
 * link is written through rather than replaced.
 */
public final class AtomicFiles {
	private AtomicFiles() {
	}

	/**
	 * Writes {@code content} to {@code target}.
	 *
	 * @throws IOException when the file cannot be written; the target is then unchanged
	 */
	public static void write(Path target, byte[] content) throws IOException {
		Path real = realPath(target.toAbsolutePath());
		Path temporary = Files.createTempFile(real.getParent(), "." + real.getFileName(), ".tmp");
		try {
			Files.write(temporary, content);
			if (Files.exists(real)) {
				try {
					Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(real));
				} catch (UnsupportedOperationException notPosix) {
					// Other file systems keep their own defaults.
				}
			}
			try {
				Files.move(temporary, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException notAtomic) {
				Files.move(temporary, real, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
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
