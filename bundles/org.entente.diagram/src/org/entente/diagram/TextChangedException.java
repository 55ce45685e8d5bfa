package org.entente.diagram;

import java.io.IOException;

/** The text changed between reading it and writing a diagram edit over it; the edit was not made. */
public final class TextChangedException extends IOException {
	private static final long serialVersionUID = 1L;

	/** The exception, naming the file. */
	public TextChangedException(String fileName) {
		super(fileName + " changed while the diagram edit was computed; the edit was not made. Try again.");
	}
}
