package org.entente.explore.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.entente.explore.sampling.SaltelliLayout;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * First-order and total Sobol indices of one outcome from a Saltelli sample, with bootstrap confidence intervals.
 *
 * <p>
 * Estimators: first order after Saltelli et al. (2010), S<sub>i</sub> = mean(f(B) (f(A<sub>B</sub><sup>i</sup>)
 * - f(A))) / V; total order after Jansen (1999), S<sub>Ti</sub> = mean((f(A) - f(A<sub>B</sub><sup>i</sup>))<sup>2</sup>)
 * / 2V; V the variance of f over A and B together. These are the estimators SALib's {@code sobol.analyze} uses, and
 * the confidence half-width is computed as SALib does: the normal quantile of the confidence level times the
 * standard deviation of the estimates over bootstrap resamples of the N base rows. Written here because Hipparchus
 * has no sensitivity analysis; the estimators are a few lines over its random generator and normal distribution.
 */
public final class SobolIndices {

	/** The indices of one input. The half-widths are those of the {@code confidence} interval asked for. */
	public record Index(double first, double firstHalfWidth, double total, double totalHalfWidth) {
		public double firstLow() {
			return first - firstHalfWidth;
		}

		public double firstHigh() {
			return first + firstHalfWidth;
		}

		public double totalLow() {
			return total - totalHalfWidth;
		}

		public double totalHigh() {
			return total + totalHalfWidth;
		}
	}

	/**
	 * The indices of every input, in input order.
	 *
	 * @param variance   V, the outcome's variance over A and B; 0 when the outcome never varied (all indices are
	 *                   then 0 with a zero interval)
	 * @param confidence the level of the intervals, for example 0.95
	 */
	public record Result(List<Index> indices, double variance, double confidence, int bootstrap) {
		public Result {
			indices = List.copyOf(indices);
		}
	}

	private SobolIndices() {
	}

	/**
	 * Estimates the indices of {@code outcome} (one value per point of the Saltelli sample, in the layout's order;
	 * NaN where a point has no value).
	 *
	 * @param resamples  bootstrap resamples for the intervals (SALib's default is 100; 0 for no intervals)
	 * @param confidence the intervals' level
	 * @param seed       the bootstrap's seed, so that the intervals are reproducible too
	 * @throws IllegalArgumentException when the outcome has the wrong length or a point has no value
	 */
	public static Result estimate(SaltelliLayout layout, double[] outcome, int resamples, double confidence, long seed) {
		if (outcome.length != layout.size()) {
			throw new IllegalArgumentException(
					"the outcome has " + outcome.length + " values for a Saltelli sample of " + layout.size() + " points");
		}
		for (int i = 0; i < outcome.length; i++) {
			if (!Double.isFinite(outcome[i])) {
				throw new IllegalArgumentException("the outcome has no value at point " + i
						+ "; Sobol indices need a number at every point of the design");
			}
		}
		int n = layout.base();
		int[] all = new int[n];
		double scale = scale(outcome);
		for (int r = 0; r < n; r++) {
			all[r] = r;
		}
		double variance = variance(layout, outcome, all);
		// an outcome that is constant up to rounding has no variance to apportion
		if (variance <= 1e-24 * scale * scale) {
			variance = 0;
		}
		double z = new NormalDistribution().inverseCumulativeProbability(0.5 + confidence / 2);
		SplittableRandom random = new SplittableRandom(seed);
		int[][] draws = new int[resamples][n];
		for (int b = 0; b < resamples; b++) {
			for (int r = 0; r < n; r++) {
				draws[b][r] = random.nextInt(n);
			}
		}
		List<Index> indices = new ArrayList<>();
		for (int input = 0; input < layout.inputs(); input++) {
			double first = first(layout, outcome, input, all, variance);
			double total = total(layout, outcome, input, all, variance);
			double firstHalf = 0;
			double totalHalf = 0;
			if (resamples > 1) {
				double[] firsts = new double[resamples];
				double[] totals = new double[resamples];
				for (int b = 0; b < resamples; b++) {
					double v = variance(layout, outcome, draws[b]);
					firsts[b] = first(layout, outcome, input, draws[b], v);
					totals[b] = total(layout, outcome, input, draws[b], v);
				}
				firstHalf = z * standardDeviation(firsts);
				totalHalf = z * standardDeviation(totals);
			}
			indices.add(new Index(first, firstHalf, total, totalHalf));
		}
		return new Result(indices, variance, confidence, resamples);
	}

	private static double first(SaltelliLayout layout, double[] y, int input, int[] rows, double variance) {
		if (variance == 0) {
			return 0;
		}
		double sum = 0;
		for (int r : rows) {
			sum += y[layout.b(r)] * (y[layout.ab(input, r)] - y[layout.a(r)]);
		}
		return sum / rows.length / variance;
	}

	private static double total(SaltelliLayout layout, double[] y, int input, int[] rows, double variance) {
		if (variance == 0) {
			return 0;
		}
		double sum = 0;
		for (int r : rows) {
			double d = y[layout.a(r)] - y[layout.ab(input, r)];
			sum += d * d;
		}
		return 0.5 * sum / rows.length / variance;
	}

	private static double scale(double[] y) {
		double largest = 0;
		for (double value : y) {
			largest = Math.max(largest, Math.abs(value));
		}
		return largest;
	}

	/** The population variance of f over the rows of A and B. */
	private static double variance(SaltelliLayout layout, double[] y, int[] rows) {
		double mean = 0;
		for (int r : rows) {
			mean += y[layout.a(r)] + y[layout.b(r)];
		}
		mean /= 2.0 * rows.length;
		double sum = 0;
		for (int r : rows) {
			double a = y[layout.a(r)] - mean;
			double b = y[layout.b(r)] - mean;
			sum += a * a + b * b;
		}
		return sum / (2.0 * rows.length);
	}

	private static double standardDeviation(double[] values) {
		double mean = 0;
		for (double value : values) {
			mean += value;
		}
		mean /= values.length;
		double sum = 0;
		for (double value : values) {
			sum += (value - mean) * (value - mean);
		}
		return Math.sqrt(sum / (values.length - 1));
	}
}
