package org.entente.analysis.stability;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Landscape theory of aggregation (Axelrod and Bennett 1993): the energy of a split of n actors into two camps is
 * E(X) = Σ_{i<j} s_i s_j p_ij d_ij(X), with sizes s, propensities p (positive: affinity) and d_ij = 1 when i and j are
 * in different camps. The predicted alignment is the split of least energy.
 */
public final class Landscape {

	private Landscape() {
	}

	/** The energy of {@code side} (0/1 per actor). */
	public static double energy(double[] size, double[][] propensity, int[] side) {
		double energy = 0;
		for (int i = 0; i < size.length; i++) {
			for (int j = i + 1; j < size.length; j++) {
				if (side[i] != side[j]) {
					energy += size[i] * size[j] * propensity[i][j];
				}
			}
		}
		return energy;
	}

	/** A split and its energy. */
	public record Minimum(int[] side, double energy) {
	}

	/**
	 * The split of least energy by exhaustive search over the 2^(n-1) splits (actor 0 stays in camp 0), visited in
	 * Gray-code order so that each step flips one actor and updates the energy in O(n).
	 */
	public static Minimum exhaustiveMinimum(double[] size, double[][] propensity) {
		return exhaustiveMinimum(size, propensity, () -> false);
	}

	/** {@link #exhaustiveMinimum(double[], double[][])}, ending with a {@link CancellationException} when {@code stop} holds. */
	public static Minimum exhaustiveMinimum(double[] size, double[][] propensity, BooleanSupplier stop) {
		int n = size.length;
		if (n > 31) {
			throw new IllegalArgumentException("exhaustive search is for at most 31 actors, not " + n);
		}
		int[] side = new int[n];
		double[][] weight = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				weight[i][j] = i == j ? 0 : size[i] * size[j] * propensity[i][j];
			}
		}
		double energy = 0;
		double bestEnergy = 0;
		int[] best = side.clone();
		long splits = n <= 1 ? 1 : 1L << (n - 1);
		for (long step = 1; step < splits; step++) {
			if ((step & 0xFFFFF) == 0 && stop.getAsBoolean()) {
				throw new CancellationException("stopped");
			}
			int actor = Long.numberOfTrailingZeros(step) + 1;
			double delta = 0;
			for (int other = 0; other < n; other++) {
				if (other != actor) {
					delta += side[other] == side[actor] ? weight[actor][other] : -weight[actor][other];
				}
			}
			side[actor] ^= 1;
			energy += delta;
			if (energy < bestEnergy - 1e-12) {
				bestEnergy = energy;
				best = side.clone();
			}
		}
		return new Minimum(best, bestEnergy);
	}

	/**
	 * A low-energy split for systems too large for exhaustive search: multi-start descent, each start flipping the
	 * actor that lowers the energy most until none does. The result is a local minimum (a stable configuration in
	 * the theory's sense), not a proven global one.
	 */
	public static Minimum localSearchMinimum(double[] size, double[][] propensity, int starts, long seed) {
		return localSearchMinimum(size, propensity, starts, seed, () -> false);
	}

	/**
	 * {@link #localSearchMinimum(double[], double[][], int, long)}, ending with a {@link CancellationException} when
	 * {@code stop} holds. Each actor's energy change on flipping is kept up to date as others flip (O(n) a flip,
	 * not O(n^2)); before a flip the chosen actor's change is recomputed exactly, and when rounding has made it no
	 * descent all changes are recomputed, so that every flip lowers the energy and the descent ends.
	 */
	public static Minimum localSearchMinimum(double[] size, double[][] propensity, int starts, long seed,
			BooleanSupplier stop) {
		int n = size.length;
		java.util.Random random = new java.util.Random(seed);
		int[] best = new int[n];
		double bestEnergy = Double.MAX_VALUE;
		double[] delta = new double[n];
		for (int start = 0; start < starts; start++) {
			if (stop.getAsBoolean()) {
				throw new CancellationException("stopped");
			}
			int[] side = new int[n];
			for (int i = 1; i < n && start > 0; i++) {
				side[i] = random.nextInt(2);
			}
			for (int actor = 0; actor < n; actor++) {
				delta[actor] = flipDelta(size, propensity, side, actor);
			}
			long flips = 0;
			while (true) {
				int bestActor = -1;
				double bestDelta = -1e-12;
				for (int actor = 0; actor < n; actor++) {
					if (delta[actor] < bestDelta) {
						bestDelta = delta[actor];
						bestActor = actor;
					}
				}
				if (bestActor < 0) {
					break;
				}
				if (flipDelta(size, propensity, side, bestActor) >= -1e-12) {
					// Rounding drift: start this descent's bookkeeping afresh.
					for (int actor = 0; actor < n; actor++) {
						delta[actor] = flipDelta(size, propensity, side, actor);
					}
					continue;
				}
				side[bestActor] ^= 1;
				delta[bestActor] = -delta[bestActor];
				for (int other = 0; other < n; other++) {
					if (other != bestActor) {
						double weight = size[bestActor] * size[other] * propensity[other][bestActor];
						delta[other] += side[other] == side[bestActor] ? 2 * weight : -2 * weight;
					}
				}
				if ((++flips & 0xFF) == 0 && stop.getAsBoolean()) {
					throw new CancellationException("stopped");
				}
			}
			double energy = energy(size, propensity, side);
			if (energy < bestEnergy) {
				bestEnergy = energy;
				best = side.clone();
			}
		}
		return new Minimum(best, bestEnergy);
	}

	/** How much the energy changes when {@code actor} changes camp. */
	private static double flipDelta(double[] size, double[][] propensity, int[] side, int actor) {
		double delta = 0;
		for (int other = 0; other < size.length; other++) {
			if (other != actor) {
				double weight = size[actor] * size[other] * propensity[actor][other];
				delta += side[other] == side[actor] ? weight : -weight;
			}
		}
		return delta;
	}
}
