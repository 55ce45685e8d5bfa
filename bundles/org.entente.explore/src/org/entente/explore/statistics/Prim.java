package org.entente.explore.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scenario discovery with the Patient Rule Induction Method (Friedman and Fisher 1999), as RAND and the EMA
 * Workbench use it (Bryant and Lempert 2010): starting from the box that holds every sample, peel off the
 * {@code alpha} share of the samples at one side of one input, choosing the peel that leaves the highest share of
 * cases of interest, until fewer than {@code minMass} of the samples are left. Every box on the way is kept (the
 * peeling trajectory), so the analyst can trade density against coverage.
 *
 * <p>
 * Inputs whose values are few (a choice that happens or not, sampled as 0 and 1) are peeled one value at a time: a
 * quantile cut would otherwise remove nothing or everything. Pasting (growing a box back) is not done; the
 * trajectory's boxes are those of peeling alone. Written here because no maintained Java library offers PRIM.
 */
public final class Prim {

	/**
	 * One box of the trajectory.
	 *
	 * @param lower    the smallest value of each input inside the box
	 * @param upper    the largest value of each input inside the box
	 * @param mass     the share of all samples inside the box
	 * @param coverage the share of all cases of interest that lie inside the box
	 * @param density  the share of the box's samples that are cases of interest
	 * @param count    how many samples are inside
	 */
	public record Box(double[] lower, double[] upper, double mass, double coverage, double density, int count) {
		public Box {
			lower = lower.clone();
			upper = upper.clone();
		}

		/** Whether the box narrows input {@code input} compared with {@code whole}, the first box of the trajectory. */
		public boolean restricts(int input, Box whole) {
			return lower[input] > whole.lower[input] || upper[input] < whole.upper[input];
		}

		@Override
		public double[] lower() {
			return lower.clone();
		}

		@Override
		public double[] upper() {
			return upper.clone();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Box box && Arrays.equals(lower, box.lower) && Arrays.equals(upper, box.upper)
					&& count == box.count && coverage == box.coverage && density == box.density;
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(lower) * 31 + Arrays.hashCode(upper);
		}

		@Override
		public String toString() {
			return "Box[lower=" + Arrays.toString(lower) + ", upper=" + Arrays.toString(upper) + ", coverage=" + coverage
					+ ", density=" + density + ", mass=" + mass + "]";
		}
	}

	/**
	 * The trajectory and the box it suggests.
	 *
	 * @param trajectory the boxes from the whole sample to the smallest, in peeling order
	 * @param selected   the index in the trajectory of the suggested box: of the boxes that still cover
	 *                   {@code minCoverage} of the cases, the one with the highest coverage among those whose density
	 *                   is within {@link Prim#DENSITY_TOLERANCE} of the best density (the knee of the trade-off curve,
	 *                   where peeling further buys little density for much coverage)
	 * @param cases      how many samples are cases of interest
	 * @param samples    how many samples there are
	 */
	public record Result(List<Box> trajectory, int selected, int cases, int samples) {
		public Result {
			trajectory = List.copyOf(trajectory);
		}

		public Box selectedBox() {
			return trajectory.get(selected);
		}

		public Box whole() {
			return trajectory.get(0);
		}
	}

	/**
	 * The method's settings.
	 *
	 * @param alpha       the share of the box's samples one peel removes (0.05 in Friedman and Fisher, and in EMA)
	 * @param minMass     peeling stops before a box holds fewer than this share of the samples
	 * @param minCoverage the coverage the suggested box must keep
	 */
	public record Options(double alpha, double minMass, double minCoverage) {
		public static final Options DEFAULT = new Options(0.05, 0.05, 0.5);

		public Options {
			if (!(alpha > 0 && alpha < 0.5)) {
				throw new IllegalArgumentException("peeling alpha must lie in (0, 0.5), was " + alpha);
			}
			if (!(minMass > 0 && minMass < 1)) {
				throw new IllegalArgumentException("minimum mass must lie in (0, 1), was " + minMass);
			}
			if (!(minCoverage >= 0 && minCoverage <= 1)) {
				throw new IllegalArgumentException("minimum coverage must lie in [0, 1], was " + minCoverage);
			}
		}
	}

	/** How much density the suggested box may give up, against the densest box, for more coverage. */
	public static final double DENSITY_TOLERANCE = 0.05;

	private Prim() {
	}

	/**
	 * Runs PRIM on samples {@code x} ({@code x[sample][input]}) with {@code interesting[sample]} saying whether the
	 * sample is a case of interest.
	 *
	 * @throws IllegalArgumentException when the arrays disagree in size, a value is not finite, or no sample is a
	 *                                  case of interest
	 */
	public static Result find(double[][] x, boolean[] interesting, Options options) {
		int n = x.length;
		if (interesting.length != n) {
			throw new IllegalArgumentException(n + " samples but " + interesting.length + " outcomes");
		}
		if (n == 0) {
			throw new IllegalArgumentException("no samples");
		}
		int d = x[0].length;
		int cases = 0;
		for (int i = 0; i < n; i++) {
			if (x[i].length != d) {
				throw new IllegalArgumentException("sample " + i + " has " + x[i].length + " inputs, not " + d);
			}
			for (double value : x[i]) {
				if (!Double.isFinite(value)) {
					throw new IllegalArgumentException("sample " + i + " has an input without a finite value");
				}
			}
			if (interesting[i]) {
				cases++;
			}
		}
		if (cases == 0) {
			throw new IllegalArgumentException("no sample meets the condition, so there is no box to find");
		}
		int[] inside = new int[n];
		for (int i = 0; i < n; i++) {
			inside[i] = i;
		}
		int size = n;
		List<Box> trajectory = new ArrayList<>();
		trajectory.add(box(x, interesting, inside, size, d, n, cases));
		int minCount = (int) Math.ceil(options.minMass() * n);
		while (true) {
			int bestKept = -1;
			double bestDensity = -1;
			int[] bestInside = null;
			for (int input = 0; input < d; input++) {
				double[] values = new double[size];
				for (int k = 0; k < size; k++) {
					values[k] = x[inside[k]][input];
				}
				double[] sorted = values.clone();
				Arrays.sort(sorted);
				if (sorted[0] == sorted[size - 1]) {
					continue;
				}
				for (boolean lowerSide : new boolean[] { true, false }) {
					double cut = lowerSide ? quantile(sorted, options.alpha()) : quantile(sorted, 1 - options.alpha());
					int[] kept = new int[size];
					int keptCount = peel(x, inside, size, input, cut, lowerSide, false, kept);
					if (keptCount == size) {
						// ties at the edge: remove the edge value itself (one category of a discrete input)
						keptCount = peel(x, inside, size, input, lowerSide ? sorted[0] : sorted[size - 1], lowerSide, true,
								kept);
					}
					if (keptCount == 0 || keptCount == size || keptCount < minCount) {
						continue;
					}
					int keptCases = 0;
					for (int k = 0; k < keptCount; k++) {
						if (interesting[kept[k]]) {
							keptCases++;
						}
					}
					double density = (double) keptCases / keptCount;
					// the densest peel wins; among equally dense ones, the one that keeps more samples
					if (density > bestDensity || density == bestDensity && keptCount > bestKept) {
						bestDensity = density;
						bestKept = keptCount;
						bestInside = kept;
					}
				}
			}
			if (bestInside == null) {
				break;
			}
			inside = bestInside;
			size = bestKept;
			trajectory.add(box(x, interesting, inside, size, d, n, cases));
		}
		return new Result(trajectory, select(trajectory, options.minCoverage()), cases, n);
	}

	/** Keeps the samples on the inner side of {@code cut}; with {@code inclusive} the cut value itself goes too. */
	private static int peel(double[][] x, int[] inside, int size, int input, double cut, boolean lowerSide,
			boolean inclusive, int[] kept) {
		int count = 0;
		for (int k = 0; k < size; k++) {
			double value = x[inside[k]][input];
			boolean removed = lowerSide ? (inclusive ? value <= cut : value < cut) : (inclusive ? value >= cut : value > cut);
			if (!removed) {
				kept[count++] = inside[k];
			}
		}
		return count;
	}

	private static Box box(double[][] x, boolean[] interesting, int[] inside, int size, int d, int n, int cases) {
		double[] lower = new double[d];
		double[] upper = new double[d];
		Arrays.fill(lower, Double.POSITIVE_INFINITY);
		Arrays.fill(upper, Double.NEGATIVE_INFINITY);
		int inCases = 0;
		for (int k = 0; k < size; k++) {
			double[] row = x[inside[k]];
			for (int j = 0; j < d; j++) {
				lower[j] = Math.min(lower[j], row[j]);
				upper[j] = Math.max(upper[j], row[j]);
			}
			if (interesting[inside[k]]) {
				inCases++;
			}
		}
		return new Box(lower, upper, (double) size / n, (double) inCases / cases, (double) inCases / size, size);
	}

	private static int select(List<Box> trajectory, double minCoverage) {
		double bestDensity = 0;
		for (Box box : trajectory) {
			if (box.coverage() >= minCoverage) {
				bestDensity = Math.max(bestDensity, box.density());
			}
		}
		int selected = 0;
		for (int i = 0; i < trajectory.size(); i++) {
			Box box = trajectory.get(i);
			if (box.coverage() >= minCoverage && box.density() >= bestDensity - DENSITY_TOLERANCE) {
				// the trajectory's coverage only falls, so the first such box covers most
				return i;
			}
		}
		return selected;
	}

	/** The R-7 (linear) quantile of sorted values. */
	static double quantile(double[] sorted, double p) {
		double h = (sorted.length - 1) * p;
		int low = (int) Math.floor(h);
		int high = Math.min(low + 1, sorted.length - 1);
		return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
	}
}
