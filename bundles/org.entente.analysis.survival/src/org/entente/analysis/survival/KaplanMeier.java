package org.entente.analysis.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The Kaplan-Meier product-limit estimate of survival, for right-censored or counting-process (left-truncated)
 * data: at each event time the risk set is every row with {@code start < t <= stop}, as R's
 * {@code survfit(Surv(start, stop, event) ~ 1)}.
 */
public final class KaplanMeier {

	private KaplanMeier() {
	}

	/** The estimate: survival from each event time on, with the numbers at risk and ending there. */
	public record Estimate(StepFunction survival, int[] atRisk, int[] events) {

		/** Survival to {@code t}. */
		public double at(double t) {
			return survival.at(t);
		}

		/**
		 * The probability of the event in {@code (t, t + horizon]} given survival to {@code t}; 1 when S(t) is 0.
		 * Past the last event time the hazard rate stays at its mean over the last {@link CoxFit#TAIL} time units,
		 * as {@link CoxFit#probabilityWithin}.
		 */
		public double probabilityWithin(double t, double horizon) {
			double now = survival.at(t);
			if (now <= 0) {
				return 1;
			}
			double last = survival.lastTime();
			if (Double.isNaN(last) || t + horizon <= last) {
				return 1 - survival.at(t + horizon) / now;
			}
			double sLast = survival.at(last);
			double from = Math.max(0, last - CoxFit.TAIL);
			double sFrom = survival.at(from);
			if (sLast <= 0) {
				return 1;
			}
			double rate = (Math.log(sFrom) - Math.log(sLast)) / (last - from);
			double logAtEnd = Math.log(sLast) - rate * (t + horizon - last);
			double logNow = t <= last ? Math.log(now) : Math.log(sLast) - rate * (t - last);
			return 1 - Math.exp(logAtEnd - logNow);
		}
	}

	public static Estimate fit(double[] start, double[] stop, boolean[] event) {
		int n = stop.length;
		Integer[] byStop = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> stop[i]))
				.toArray(Integer[]::new);
		double[] sortedStart = Arrays.copyOf(start, n);
		Arrays.sort(sortedStart);
		double[] sortedStop = Arrays.copyOf(stop, n);
		Arrays.sort(sortedStop);
		List<Double> times = new ArrayList<>();
		List<Double> survival = new ArrayList<>();
		List<Integer> atRisk = new ArrayList<>();
		List<Integer> events = new ArrayList<>();
		double s = 1;
		int k = 0;
		while (k < n) {
			double t = stop[byStop[k]];
			int deaths = 0;
			while (k < n && stop[byStop[k]] == t) {
				if (event[byStop[k]]) {
					deaths++;
				}
				k++;
			}
			if (deaths == 0) {
				continue;
			}
			// at risk at t: start < t and stop >= t
			int started = lowerBound(sortedStart, t);
			int stoppedBefore = lowerBound(sortedStop, t);
			int risk = started - stoppedBefore;
			s *= 1 - (double) deaths / risk;
			times.add(t);
			survival.add(s);
			atRisk.add(risk);
			events.add(deaths);
		}
		return new Estimate(
				new StepFunction(times.stream().mapToDouble(Double::doubleValue).toArray(),
						survival.stream().mapToDouble(Double::doubleValue).toArray(), 1),
				atRisk.stream().mapToInt(Integer::intValue).toArray(),
				events.stream().mapToInt(Integer::intValue).toArray());
	}

	/** Right-censored data: every subject at risk from 0. */
	public static Estimate fit(double[] time, boolean[] event) {
		return fit(new double[time.length], time, event);
	}

	/** The number of entries of sorted {@code values} below {@code t}. */
	private static int lowerBound(double[] values, double t) {
		int lo = 0;
		int hi = values.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (values[mid] < t) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}
}
