package org.entente.diagram.model;

/**
 * A layer of the diagram the user can switch on and off.
 *
 * @param key the key, {@code group.name}: {@code alliance.<obligation>}, {@code tie.<kind>}, {@code threat.all},
 *        {@code region.<region>} or {@code state.isolated}
 * @param label what the filter panel shows
 */
public record DiagramFilter(String key, String label) {
	/** The filter of the threat arrows. */
	public static final String THREATS = "threat.all";
	/** The filter of the states with nothing to connect them. */
	public static final String ISOLATED_STATES = "state.isolated";
	/** The region filter of states without a region. */
	public static final String NO_REGION = "region.none";
}
