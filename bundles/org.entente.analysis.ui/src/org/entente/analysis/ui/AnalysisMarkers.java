package org.entente.analysis.ui;

/**
 * The workbench markers of analysis findings: each finding of a run in the workbench becomes a marker of this type
 * on the scenario file, on the element it concerns. Editors (the text editor's rulers, the diagram) and views read
 * them by these names.
 */
public final class AnalysisMarkers {

	/** The marker type of analysis findings (a subtype of {@code org.eclipse.core.resources.problemmarker}). */
	public static final String FINDING = "org.entente.analysis.ui.finding";

	/** Marker attribute: the id of the analysis that found it (a string). */
	public static final String ANALYSIS = "analysis";

	/** Marker attribute: the year the finding concerns (an integer), absent when it concerns no year. */
	public static final String YEAR = "year";

	private AnalysisMarkers() {
	}
}
