package org.entente.diagram.model;

import org.entente.model.CapabilityPoint;
import org.entente.model.Period;
import org.entente.model.Scenario;
import org.entente.model.State;

/**
 * The years a diagram's slider spans: the scenario's period, or its base's for a variant that declares none, or
 * else the years its capability data cover.
 *
 * @param first the first year
 * @param last the last year, not before {@code first}
 */
public record YearRange(int first, int last) {

	/** Checks the order. */
	public YearRange {
		if (last < first) {
			throw new IllegalArgumentException("Year range " + first + ".." + last + " ends before it starts");
		}
	}

	/** The year {@code year} brought into this range. */
	public int clamp(int year) {
		return Math.max(first, Math.min(last, year));
	}

	/** The range of {@code scenario}; {@code fallbackYear} when nothing in it names a year. */
	public static YearRange of(Scenario scenario, int fallbackYear) {
		Integer from = null;
		Integer to = null;
		// A cycle of bases (which validation reports) ends the walk.
		java.util.Set<Scenario> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		for (Scenario layer = scenario; layer != null && !layer.eIsProxy() && (from == null || to == null)
				&& seen.add(layer); layer = layer.getBase()) {
			Period period = layer.getPeriod();
			if (period != null) {
				from = from == null ? period.getFrom() : from;
				to = to == null ? period.getTo() : to;
			}
		}
		int dataFirst = Integer.MAX_VALUE;
		int dataLast = Integer.MIN_VALUE;
		for (State state : scenario.getStates()) {
			if (state.getCapabilities() != null) {
				for (CapabilityPoint point : state.getCapabilities().getPoints()) {
					dataFirst = Math.min(dataFirst, point.getYear());
					dataLast = Math.max(dataLast, point.getYear());
				}
			}
		}
		int first = from != null ? from : dataFirst != Integer.MAX_VALUE ? dataFirst : fallbackYear;
		int last = to != null ? to : dataLast != Integer.MIN_VALUE ? dataLast : Math.max(first, fallbackYear);
		return new YearRange(first, Math.max(first, last));
	}
}
