package org.entente.diagram.model;

/**
 * Estimates text extents so the server can size nodes without a round trip to the browser. The client draws
 * labels in a 12 px sans-serif font, whose average advance is about 0.6 em; the estimate errs wide.
 */
public final class LabelMetrics {
	/** The label font size in pixels, as in the client's CSS. */
	public static final double FONT_SIZE = 12;
	private static final double AVERAGE_ADVANCE = 0.62 * FONT_SIZE;

	private LabelMetrics() {
	}

	/** The estimated width of {@code text} in pixels. */
	public static double width(String text) {
		return text == null ? 0 : Math.ceil(text.length() * AVERAGE_ADVANCE);
	}
}
