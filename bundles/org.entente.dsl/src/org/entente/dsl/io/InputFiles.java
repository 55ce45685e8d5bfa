package org.entente.dsl.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks a file before it is read as input (a scenario, a data file): only regular, readable files are read. A
 * directory, a named pipe, a device or a loop of symbolic links is refused at once with a message that says what it
 * is, instead of hanging on a pipe with no writer or reading {@code /dev/zero} without end.
 */
public final class InputFiles {

	// The file type bits of st_mode (the "unix:mode" attribute).
	private static final int TYPE_MASK = 0170000;
	private static final int FIFO = 0010000;
	private static final int CHARACTER_DEVICE = 0020000;
	private static final int BLOCK_DEVICE = 0060000;
	private static final int SOCKET = 0140000;

	private InputFiles() {
	}

	/**
	 * Why {@code file} cannot be read as input, starting with its name ({@code "x.csv: is a directory"}), or empty when it
	 * is a regular file this process may read.
	 */
	public static Optional<String> problem(Path file) {
		String name = file.toString();
		if (!Files.exists(file)) {
			if (Files.isSymbolicLink(file)) {
				try {
					file.toRealPath();
				} catch (FileSystemException e) {
					if (e.getReason() != null && e.getReason().contains("symbolic links")) {
						return Optional.of(name + ": is a loop of symbolic links");
					}
				} catch (IOException e) {
					// reported as a dangling link below
				}
				return Optional.of(name + ": is a symbolic link to a file that does not exist");
			}
			return Optional.of(name + ": no such file");
		}
		if (Files.isDirectory(file)) {
			return Optional.of(name + ": is a directory, not a file");
		}
		if (!Files.isRegularFile(file)) {
			return Optional.of(name + ": is " + specialKind(file) + ", not a regular file");
		}
		if (!Files.isReadable(file)) {
			return Optional.of(name + ": cannot be read (permission denied)");
		}
		return Optional.empty();
	}

	/**
	 * Checks that {@code file} can be read as input.
	 *
	 * @throws UnreadableFileException with {@link #problem(Path)}'s message when it cannot
	 */
	public static void requireReadable(Path file) throws UnreadableFileException {
		Optional<String> problem = problem(file);
		if (problem.isPresent()) {
			throw new UnreadableFileException(file, problem.get());
		}
	}

	private static String specialKind(Path file) {
		try {
			Object mode = Files.getAttribute(file, "unix:mode");
			if (mode instanceof Integer bits) {
				return switch (bits & TYPE_MASK) {
				case FIFO -> "a named pipe (FIFO)";
				case CHARACTER_DEVICE -> "a character device";
				case BLOCK_DEVICE -> "a block device";
				case SOCKET -> "a socket";
				default -> "a special file";
				};
			}
		} catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
			// not a Unix file system: fall through
		}
		return "a special file";
	}

	/** A file that cannot be read as input; the message says why, starting with the file's name. */
	public static final class UnreadableFileException extends IOException {
		private static final long serialVersionUID = 1L;
		private final transient Path file;

		public UnreadableFileException(Path file, String message) {
			super(message);
			this.file = file;
		}

		/** The file. */
		public Path file() {
			return file;
		}
	}
}
