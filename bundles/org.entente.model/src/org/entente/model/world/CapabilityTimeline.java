package org.entente.model.world;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.entente.model.CapabilitySeries;
import org.entente.model.CapabilityPoint;
import org.entente.model.Interpolation;

/**
 * A state's capability series prepared for fast lookup by year.
 *
 * <p>
 * Policy: before the first given year there is no value. Between two given years, {@link Interpolation#STEP} keeps
 * the earlier value and {@link Interpolation#LINEAR} interpolates each value that both years give (a value missing
 * at either end stays missing). After the last given year the last values hold.
 */
final class CapabilityTimeline {

	private static final int VALUES = 7;

	private final int[] years;
	private final Double[][] values;
	private final boolean linear;

	CapabilityTimeline(CapabilitySeries series) {
		List<CapabilityPoint> points = new ArrayList<>(series.getPoints());
		points.sort(Comparator.comparingInt(CapabilityPoint::getYear));
		years = new int[points.size()];
		values = new Double[points.size()][];
		for (int i = 0; i < points.size(); i++) {
			CapabilityPoint p = points.get(i);
			years[i] = p.getYear();
			values[i] = new Double[] { p.getScore(), p.getMilex(), p.getMilper(), p.getIrst(), p.getPec(),
					p.getTpop(), p.getUpop() };
		}
		linear = series.getInterpolation() == Interpolation.LINEAR;
	}

	/** The capability in {@code year}, or {@code null} before the first given year or when nothing is given. */
	Capability at(int year) {
		if (years.length == 0 || year < years[0]) {
			return null;
		}
		int index = Arrays.binarySearch(years, year);
		if (index >= 0) {
			return toCapability(values[index]);
		}
		int before = -index - 2;
		if (before == years.length - 1 || !linear) {
			return toCapability(values[before]);
		}
		int after = before + 1;
		double t = (double) (year - years[before]) / (years[after] - years[before]);
		Double[] interpolated = new Double[VALUES];
		for (int v = 0; v < VALUES; v++) {
			Double a = values[before][v];
			Double b = values[after][v];
			interpolated[v] = a == null || b == null ? null : a + t * (b - a);
		}
		return toCapability(interpolated);
	}

	private static Capability toCapability(Double[] v) {
		return new Capability(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
	}
}
