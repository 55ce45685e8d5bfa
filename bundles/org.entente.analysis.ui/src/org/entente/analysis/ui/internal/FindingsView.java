package org.entente.analysis.ui.internal;

import org.eclipse.ui.views.markers.MarkerSupportView;

/**
 * The Analysis Findings view: every finding of the analyses as a marker list (severity, finding with its drivers,
 * element, file), grouped by severity; double-click goes to the element in the text.
 */
public class FindingsView extends MarkerSupportView {

	/** The view's id. */
	public static final String ID = "org.entente.analysis.ui.findings";

	public FindingsView() {
		super("org.entente.analysis.ui.findingsGenerator");
	}
}
