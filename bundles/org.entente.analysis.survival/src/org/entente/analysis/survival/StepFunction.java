package org.entente.analysis.survival;

import java.util.Arrays;

/**
 * A right-continuous step function of time, such as a cumulative hazard or a survival curve: {@code initial} before
 * the first jump, {@code values[k]} from {@code times[k]} until the next jump.
 *
 * @param times   the jump times, ascending
 * @param values  the value from each jump on
 * @param initial the value before the first jump
 */
public record StepFunction(double[] times, double[] values, double initial) {

	public StepFunction {
		if (times.length != values.length) {
			throw new IllegalArgumentException("one value per time");
		}
		for (int k = 1; k < times.length; k++) {
			if (!(times[k] > times[k - 1])) {
				throw new IllegalArgumentException("times must ascend");
			}
		}
	}

	/** The value at {@code t}: the last jump at or before {@code t}. */
	public double at(double t) {
		int k = Arrays.binarySearch(times, t);
		if (k < 0) {
			k = -k - 2;
		}
		return k < 0 ? initial : values[k];
	}

	/** The value just before {@code t} (the left limit). */
	public double before(double t) {
		int k = Arrays.binarySearch(times, t);
		k = k < 0 ? -k - 2 : k - 1;
		return k < 0 ? initial : values[k];
	}

	/**
	 * The value at {@code t}, continued past the last jump as a straight line with the mean slope of the last
	 * {@code window} time units: a cumulative hazard whose hazard rate is taken to stay what it was at the end of the
	 * data, rather than to fall to zero.
	 */
	public double extrapolated(double t, double window) {
		double last = lastTime();
		if (Double.isNaN(last) || t <= last) {
			return at(t);
		}
		double from = Math.max(0, last - window);
		double slope = (at(last) - at(from)) / (last - from);
		return at(last) + slope * (t - last);
	}

	/** The last jump time, or {@code NaN} when there is none. */
	public double lastTime() {
		return times.length == 0 ? Double.NaN : times[times.length - 1];
	}
}
