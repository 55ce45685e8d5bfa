package org.entente.diagram;

import java.util.List;

/**
 * What hosts a diagram (a workbench editor, or nothing when standalone) and wants to hear of it. The server calls
 * these methods from its own threads; a UI host must move to its display thread.
 */
public interface DiagramHost {

	/** A host that ignores everything: the standalone server's. */
	DiagramHost NONE = new DiagramHost() {
	};

	/** The user asked to see an element's text (double-click, or a marker). */
	default void reveal(DiagramElement element) {
	}

	/** The diagram's selection changed. */
	default void selectionChanged(List<DiagramElement> selection) {
	}

	/**
	 * The client exported the diagram.
	 *
	 * @param format {@code svg} or {@code png}
	 * @param data the file's bytes
	 */
	default void exported(String format, byte[] data) {
	}

	/** Findings to show on diagram elements beside the validation issues, such as those of the last analysis run. */
	default List<DiagramFinding> findings() {
		return List.of();
	}
}
