package org.entente.model.world;

import org.entente.model.Period;

/**
 * Year arithmetic on {@link Period}s. A missing period, or a missing bound, is open: {@code 1990..} holds from 1990
 * on, {@code ..1990} up to 1990, and no period at all holds always.
 */
public final class Years {

	private Years() {
	}

	/** The first year of the period, or {@link Integer#MIN_VALUE} when it is open at the start. */
	public static int start(Period period) {
		return period == null || period.getFrom() == null ? Integer.MIN_VALUE : period.getFrom();
	}

	/** The last year of the period, or {@link Integer#MAX_VALUE} when it is open at the end. */
	public static int end(Period period) {
		return period == null || period.getTo() == null ? Integer.MAX_VALUE : period.getTo();
	}

	/** Whether {@code year} lies within the period, bounds included. */
	public static boolean contains(Period period, int year) {
		return start(period) <= year && year <= end(period);
	}

	/** Whether the two periods share at least one year. */
	public static boolean overlap(Period a, Period b) {
		return start(a) <= end(b) && start(b) <= end(a);
	}

	/** Renders a period as the DSL writes it: {@code 1949..}, {@code ..1990}, {@code 1914..1918}. */
	public static String format(Period period) {
		int start = start(period);
		int end = end(period);
		return (start == Integer.MIN_VALUE ? "" : Integer.toString(start)) + ".."
				+ (end == Integer.MAX_VALUE ? "" : Integer.toString(end));
	}
}
