package org.entente.model.world;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;

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

	/** The most years one selection may hold: more is a mistyped year, not an analysis anyone can wait for. */
	public static final int MAX_YEARS = 10_000;

	/**
	 * The years of a selection written as the command line and the workbench take it: a range {@code 1871-1914},
	 * single years {@code 2026,2028}, or both {@code 1900-1905,1914}; ascending, each once.
	 *
	 * @throws IllegalArgumentException saying what is wrong: not a year, a range that ends before it starts, or more
	 *                                  than {@link #MAX_YEARS} years
	 */
	public static List<Integer> parse(String selection) {
		TreeSet<Integer> years = new TreeSet<>();
		for (String part : selection.split(",")) {
			String trimmed = part.trim();
			int dash = trimmed.indexOf('-', 1);
			try {
				if (dash > 0) {
					int from = Integer.parseInt(trimmed.substring(0, dash).trim());
					int to = Integer.parseInt(trimmed.substring(dash + 1).trim());
					if (to < from) {
						throw new IllegalArgumentException("the years " + trimmed + " end before they start");
					}
					checkSpan(from, to);
					IntStream.rangeClosed(from, to).forEach(years::add);
				} else {
					years.add(Integer.parseInt(trimmed));
				}
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("'" + selection + "' is not a selection of years (A-B, or Y,Y,...)");
			}
			if (years.size() > MAX_YEARS) {
				throw new IllegalArgumentException("'" + selection + "' selects more than " + MAX_YEARS + " years");
			}
		}
		return List.copyOf(years);
	}

	/**
	 * The years of {@code period} from {@code from} to {@code to} ({@code null}: the period's own bound), ascending.
	 *
	 * @throws IllegalArgumentException when a bound stays open (an open period and no year given), or the span holds
	 *                                  more than {@link #MAX_YEARS} years
	 */
	public static List<Integer> within(Period period, Integer from, Integer to) {
		int first = from == null ? start(period) : Math.max(from, start(period));
		int last = to == null ? end(period) : Math.min(to, end(period));
		if (first == Integer.MIN_VALUE || last == Integer.MAX_VALUE) {
			throw new IllegalArgumentException("the period " + format(period) + " is open; give the first and last year");
		}
		if (last < first) {
			return List.of();
		}
		checkSpan(first, last);
		return IntStream.rangeClosed(first, last).boxed().toList();
	}

	private static void checkSpan(int from, int to) {
		if ((long) to - from + 1 > MAX_YEARS) {
			throw new IllegalArgumentException("the years " + from + "-" + to + " are " + ((long) to - from + 1)
					+ " years, more than the " + MAX_YEARS + " an analysis takes");
		}
	}
}
