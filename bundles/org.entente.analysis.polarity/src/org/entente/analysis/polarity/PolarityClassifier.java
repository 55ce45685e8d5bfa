package org.entente.analysis.polarity;

import java.util.Arrays;

/**
 * Classifies a distribution of capability shares as unipolar, bipolar or multipolar: the one rule of Entente, used by
 * the polarity analysis and by every analysis that needs the system's polarity (durability, say).
 *
 * <p>
 * Wayman (1984): bipolar when the two largest hold at least half of the capability; unipolar when one alone holds
 * half and at least {@code hegemonRatio} times the second's; multipolar otherwise, with the states above the
 * threshold as its poles (at least three). The threshold rule instead counts the states whose share reaches the
 * threshold as poles. A multipolar system is unbalanced (Mearsheimer) when the largest holds at least
 * {@code hegemonRatio} times the second's capability.
 *
 * @param rule         the rule
 * @param threshold    the share from which a state is a pole
 * @param hegemonRatio how many times the second's capability the largest must hold to dominate
 */
public record PolarityClassifier(Rule rule, double threshold, double hegemonRatio) {

	/** The rules. */
	public enum Rule {
		/** Wayman (1984). */
		WAYMAN,
		/** Poles are the states above the threshold. */
		THRESHOLD;

		/** The rule named as the parameter {@code rule} takes it: {@code wayman} or {@code threshold}. */
		public static Rule of(String name) {
			return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
		}
	}

	/**
	 * The classification of a distribution.
	 *
	 * @param polarity   the polarity
	 * @param poles      how many states are poles
	 * @param unbalanced for a multipolar system, whether the largest dominates; {@code false} otherwise
	 */
	public record Classification(Polarity polarity, int poles, boolean unbalanced) {
	}

	/** Wayman's rule with the usual threshold (0.1) and the given hegemon ratio. */
	public static PolarityClassifier wayman(double hegemonRatio) {
		return new PolarityClassifier(Rule.WAYMAN, 0.1, hegemonRatio);
	}

	/**
	 * Classifies shares, sorted largest first (they need not sum to one: they are normalized).
	 *
	 * @return the classification, or {@code null} when there is no capability at all (no state, or all zero)
	 */
	public Classification classify(double[] sortedShares) {
		double[] shares = PolarityMeasures.normalize(sortedShares);
		if (shares.length == 0 || !(shares[0] > 0)) {
			return null;
		}
		double first = shares[0];
		double second = shares.length > 1 ? shares[1] : 0;
		int aboveThreshold = (int) Arrays.stream(shares).filter(s -> s >= threshold).count();
		Polarity polarity;
		int poles;
		if (rule == Rule.THRESHOLD) {
			poles = aboveThreshold;
			polarity = poles <= 1 ? Polarity.UNIPOLAR : poles == 2 ? Polarity.BIPOLAR : Polarity.MULTIPOLAR;
			poles = Math.max(poles, 1);
		} else if (first >= 0.5 && first >= hegemonRatio * second) {
			polarity = Polarity.UNIPOLAR;
			poles = 1;
		} else if (first + second >= 0.5) {
			polarity = Polarity.BIPOLAR;
			poles = 2;
		} else {
			polarity = Polarity.MULTIPOLAR;
			poles = Math.max(3, aboveThreshold);
		}
		poles = Math.min(poles, shares.length);
		boolean unbalanced = polarity == Polarity.MULTIPOLAR && second > 0 && first / second >= hegemonRatio;
		return new Classification(polarity, poles, unbalanced);
	}
}
