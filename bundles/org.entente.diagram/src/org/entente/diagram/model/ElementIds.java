package org.entente.diagram.model;

import org.entente.model.Alliance;
import org.entente.model.State;
import org.entente.model.Threat;
import org.entente.model.Tie;

/**
 * Diagram element ids. They are derived from names, not from positions in the text, so that an element keeps its id
 * (and its manual position in the layout file) across edits of the text.
 */
public final class ElementIds {
	private static final String LABEL_SUFFIX = "#name";

	private ElementIds() {
	}

	/** The id of a state's node. */
	public static String state(State state) {
		return "state:" + state.getName();
	}

	/** The id of an alliance's hub. */
	public static String alliance(Alliance alliance) {
		return "alliance:" + alliance.getName();
	}

	/** The id of a membership edge; {@code ordinal} tells apart two memberships of one state in one alliance. */
	public static String membership(Alliance alliance, State state, int ordinal) {
		return "member:" + alliance.getName() + ":" + state.getName() + (ordinal == 0 ? "" : ":" + ordinal);
	}

	/** The id of a tie's edge: its name, or its ends and kind when it has none. */
	public static String tie(Tie tie, int ordinal) {
		String key = tie.getName() != null ? tie.getName()
				: tie.getSource().getName() + "-" + tie.getKind().getName() + "-" + tie.getTarget().getName();
		return "tie:" + key + (ordinal == 0 ? "" : ":" + ordinal);
	}

	/** The id of a threat's arrow. */
	public static String threat(Threat threat) {
		return "threat:" + threat.getName();
	}

	/** The id a state, alliance or threat gets when renamed to {@code newName}. */
	public static String renamed(String id, String newName) {
		return id.substring(0, id.indexOf(':') + 1) + newName;
	}

	/** The id of the name label of the element with this id. */
	public static String nameLabel(String elementId) {
		return elementId + LABEL_SUFFIX;
	}

	/** The element a label id belongs to, or the id itself when it is not a label's. */
	public static String owner(String id) {
		int hash = id.indexOf('#');
		return hash < 0 ? id : id.substring(0, hash);
	}
}
