package org.entente.diagram.model;

/**
 * The element types of the Entente diagram, shared with the web client (which registers a view for each) and the
 * palette. Changing one is a protocol change: the client's {@code src/types.ts} must change with it.
 */
public final class DiagramTypes {
	/** The GLSP diagram type of a scenario diagram. */
	public static final String DIAGRAM = "entente-diagram";
	/** The root. */
	public static final String GRAPH = "graph";
	/** A state: a node sized by its capability share. */
	public static final String STATE = "node:state";
	/** An alliance: a hub node its members connect to. */
	public static final String ALLIANCE = "node:alliance";
	/** A state's membership of an alliance: an edge from the state to the alliance hub. */
	public static final String MEMBERSHIP = "edge:membership";
	/** A tie between two states. */
	public static final String TIE = "edge:tie";
	/** A threat: an arrow from the perceiving state to the feared one. */
	public static final String THREAT = "edge:threat";
	/** A name, editable in place. */
	public static final String NAME_LABEL = "label:name";
	/** The major-power badge of a state. */
	public static final String BADGE_LABEL = "label:badge";

	private DiagramTypes() {
	}
}
