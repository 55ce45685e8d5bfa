package org.entente.diagram;

/**
 * What a host can ask of an open diagram. Obtained from {@link DiagramInputs.Input#controllers()}; one per
 * connected client (a browser page or the workbench's browser widget).
 */
public interface DiagramController {

	/** Selects the diagram element whose text contains this offset of the scenario text (the caret), if any. */
	void selectAt(int offset);

	/** Recomputes the diagram, for example after new findings. */
	void refresh();
}
