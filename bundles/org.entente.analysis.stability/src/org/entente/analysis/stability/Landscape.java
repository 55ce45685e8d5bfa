package org.entente.analysis.stability;

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
		int n = size.length;
		java.util.Random random = new java.util.Random(seed);
		int[] best = new int[n];
		double bestEnergy = Double.MAX_VALUE;
		for (int start = 0; start < starts; start++) {
			int[] side = new int[n];
			for (int i = 1; i < n && start > 0; i++) {
				side[i] = random.nextInt(2);
			}
			boolean improved = true;
			while (improved) {
				improved = false;
				int bestActor = -1;
				double bestDelta = -1e-12;
				for (int actor = 0; actor < n; actor++) {
					double delta = 0;
					for (int other = 0; other < n; other++) {
						if (other != actor) {
							double weight = size[actor] * size[other] * propensity[actor][other];
							delta += side[other] == side[actor] ? weight : -weight;
						}
					}
					if (delta < bestDelta) {
						bestDelta = delta;
						bestActor = actor;
					}
				}
				if (bestActor >= 0) {
					side[bestActor] ^= 1;
					improved = true;
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
}
