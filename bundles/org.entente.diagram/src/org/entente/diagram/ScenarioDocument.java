package org.entente.diagram;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;

/**
 * The text a diagram shows and edits. The text is the master copy: the diagram is computed from it, and an edit in
 * the diagram replaces it. In the workbench the document is the text editor's; standalone it is the file.
 * Implementations must be thread-safe: the diagram server calls them from its own threads.
 */
public interface ScenarioDocument {

	/** The file the text belongs to; imports are resolved against it. */
	URI uri();

	/** Where the diagram's layout is kept, beside the scenario; {@code null} to keep it in memory only. */
	Path layoutFile();

	/** Called after the layout file was written, so a workspace can take note of the new file. */
	default void layoutFileWritten() {
	}

	/** The current text. */
	String text();

	/**
	 * Replaces the text with the result of a diagram edit, made on {@code expected}.
	 *
	 * @throws TextChangedException when the text is no longer {@code expected} (someone typed or saved meanwhile);
	 *         nothing is changed
	 * @throws IOException when a document that writes through to its file cannot; the text is then unchanged
	 */
	void replaceText(String expected, String newText) throws IOException;

	/** Calls {@code listener} after each change of the text, whoever made it. */
	void addChangeListener(Runnable listener);

	/** Stops calling {@code listener}. */
	void removeChangeListener(Runnable listener);

	/** Whether the text has changes not saved to its file. */
	boolean isDirty();

	/** Saves the text to its file. */
	void save() throws IOException;
}
