package org.entente.diagram.layout;

/**
 * A node's top-left corner in diagram coordinates.
 *
 * @param x the horizontal coordinate
 * @param y the vertical coordinate
 */
public record Position(double x, double y) {

	/**
	 * The largest coordinate kept. Far beyond any drawing (a diagram of 500 states spans a few thousand units), yet
	 * small enough that the layout and the browser compute with it exactly.
	 */
	public static final double MAX_COORDINATE = 1_000_000;

	/** Whether a node can be placed at {@code (x, y)}: both coordinates finite and within {@link #MAX_COORDINATE}. */
	public static boolean isUsable(double x, double y) {
		return Double.isFinite(x) && Double.isFinite(y) && Math.abs(x) <= MAX_COORDINATE
				&& Math.abs(y) <= MAX_COORDINATE;
	}

	/** Whether this position {@linkplain #isUsable(double, double) can be used}. */
	public boolean isUsable() {
		return isUsable(x, y);
	}
}
