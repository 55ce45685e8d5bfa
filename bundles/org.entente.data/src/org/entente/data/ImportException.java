package org.entente.data;

import java.nio.file.Path;

/**
 * Input an importer cannot read: a missing column, a broken row, a value that is not what the data set defines.
 * The message starts with the file and, where there is one, the line: {@code NMC.csv:12: year '18x6' is not a
 * whole number}.
 */
public class ImportException extends Exception {
	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final long line;

	/**
	 * A problem at a line of a file.
	 *
	 * @param file    the file
	 * @param line    the 1-based line, or 0 for the file as a whole
	 * @param problem what is wrong
	 */
	public ImportException(Path file, long line, String problem) {
		super(file + (line > 0 ? ":" + line : "") + ": " + problem);
		this.file = file;
		this.line = line;
	}

	/** A problem that concerns no single file. */
	public ImportException(String problem) {
		super(problem);
		this.file = null;
		this.line = 0;
	}

	/** The file, or {@code null}. */
	public Path file() {
		return file;
	}

	/** The 1-based line, or 0. */
	public long line() {
		return line;
	}
}
