package org.entente.analysis.survival;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Harrell's concordance: of the pairs of subjects whose order of events is known, the share in which the one with
 * the higher predicted risk had its event first; pairs tied in risk count one half. A censored time counts as
 * longer than an event at the same time; two events at the same time are not comparable (as R's
 * {@code survival::concordance}).
 *
 * @param concordant pairs ordered as predicted
 * @param discordant pairs ordered against the prediction
 * @param tiedRisk   comparable pairs with equal predicted risk
 */
public record Concordance(double concordant, double discordant, double tiedRisk) {

	public static final Concordance NONE = new Concordance(0, 0, 0);

	public double comparable() {
		return concordant + discordant + tiedRisk;
	}

	/** C = (concordant + tied / 2) / comparable; {@code NaN} without a comparable pair. */
	public double value() {
		double comparable = comparable();
		return comparable == 0 ? Double.NaN : (concordant + tiedRisk / 2) / comparable;
	}

	/** The pooled concordance of two sets of pairs (for instance of two backtest origins). */
	public Concordance plus(Concordance other) {
		return new Concordance(concordant + other.concordant, discordant + other.discordant,
				tiedRisk + other.tiedRisk);
	}

	/** For right-censored times from one origin: {@code risk} higher means an earlier event expected. */
	public static Concordance of(double[] time, boolean[] event, double[] risk) {
		int n = time.length;
		double concordant = 0;
		double discordant = 0;
		double tied = 0;
		for (int i = 0; i < n; i++) {
			if (!event[i]) {
				continue;
			}
			for (int j = 0; j < n; j++) {
				boolean comparable = time[j] > time[i] || (time[j] == time[i] && !event[j]);
				if (j == i || !comparable) {
					continue;
				}
				if (risk[i] > risk[j]) {
					concordant++;
				} else if (risk[i] < risk[j]) {
					discordant++;
				} else {
					tied++;
				}
			}
		}
		return new Concordance(concordant, discordant, tied);
	}

	/**
	 * For a binary outcome: the share of (positive, negative) pairs in which the positive has the higher risk, ties
	 * one half. Its {@link #value()} is the area under the ROC curve (the Mann-Whitney statistic over the number of
	 * pairs).
	 */
	public static Concordance ofOutcomes(boolean[] positive, double[] risk) {
		// A positive is an event at time 1, a negative censored later: exactly the (positive, negative) pairs compare.
		double[] time = new double[positive.length];
		for (int i = 0; i < time.length; i++) {
			time[i] = positive[i] ? 1 : 2;
		}
		return of(time, positive, risk);
	}

	/**
	 * For counting-process data with time-varying risk: each event is compared with every other row at risk at its
	 * time ({@code start < t <= stop}) that does not have an event then, as {@code concordance(coxph(...))} in R.
	 */
	public static Concordance ofRiskSets(double[] start, double[] stop, boolean[] event, double[] risk) {
		int n = stop.length;
		double[] distinct = Arrays.stream(risk).sorted().distinct().toArray();
		int[] rank = Arrays.stream(risk).mapToInt(r -> Arrays.binarySearch(distinct, r)).toArray();
		Fenwick atRisk = new Fenwick(distinct.length);
		Integer[] byStop = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> -stop[i]))
				.toArray(Integer[]::new);
		Integer[] byStart = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> -start[i]))
				.toArray(Integer[]::new);
		double concordant = 0;
		double discordant = 0;
		double tied = 0;
		int added = 0;
		int removed = 0;
		int k = 0;
		while (k < n) {
			double t = stop[byStop[k]];
			int first = k;
			while (k < n && stop[byStop[k]] == t) {
				k++;
			}
			while (added < n && stop[byStop[added]] >= t) {
				atRisk.add(rank[byStop[added++]], 1);
			}
			while (removed < n && start[byStart[removed]] >= t) {
				atRisk.add(rank[byStart[removed++]], -1);
			}
			int[] deaths = IntStream.range(first, k).map(m -> byStop[m]).filter(i -> event[i]).toArray();
			// The deaths at t are not compared with each other: take them out while counting.
			for (int i : deaths) {
				atRisk.add(rank[i], -1);
			}
			for (int i : deaths) {
				double below = atRisk.sum(rank[i] - 1);
				double equal = atRisk.sum(rank[i]) - below;
				double total = atRisk.sum(distinct.length - 1);
				concordant += below;
				tied += equal;
				discordant += total - below - equal;
			}
			for (int i : deaths) {
				atRisk.add(rank[i], 1);
			}
		}
		return new Concordance(concordant, discordant, tied);
	}

	/** Counts by risk rank, with prefix sums. */
	private static final class Fenwick {
		private final double[] tree;

		Fenwick(int size) {
			tree = new double[size + 1];
		}

		void add(int index, double value) {
			for (int i = index + 1; i < tree.length; i += i & -i) {
				tree[i] += value;
			}
		}

		/** The sum over ranks 0..index; 0 for index -1. */
		double sum(int index) {
			double s = 0;
			for (int i = index + 1; i > 0; i -= i & -i) {
				s += tree[i];
			}
			return s;
		}
	}
}
