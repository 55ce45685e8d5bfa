package org.entente.analysis.polarity;

import java.util.Arrays;

/**
 * The concentration measures of a distribution of capability shares (the shares need not be normalized; they are
 * divided by their sum). Formulas and sources in {@code docs/analyses.md}.
 */
public final class PolarityMeasures {

	private PolarityMeasures() {
	}

	/**
	 * The shares divided by their sum; all zero when the sum is zero. Values are scaled by the largest first, so that
	 * capabilities near the largest double do not overflow the sum.
	 */
	public static double[] normalize(double[] values) {
		double largest = Arrays.stream(values).filter(Double::isFinite).max().orElse(0);
		if (!(largest > 0)) {
			return new double[values.length];
		}
		double sum = Arrays.stream(values).map(v -> v / largest).sum();
		return Arrays.stream(values).map(v -> v / largest / sum).toArray();
	}

	/** Herfindahl-Hirschman index: the sum of squared shares, 1/N (equal) to 1 (one holds all). */
	public static double hhi(double[] values) {
		return Arrays.stream(normalize(values)).map(s -> s * s).sum();
	}

	/** Effective number of poles (Laakso-Taagepera): 1 / HHI. */
	public static double effectiveNumber(double[] values) {
		double hhi = hhi(values);
		return hhi > 0 ? 1 / hhi : 0;
	}

	/**
	 * Concentration (Singer, Bremer and Stuckey 1972) over the N units: sqrt((HHI - 1/N) / (1 - 1/N)), 0 when all
	 * hold equal shares, 1 when one holds all; 1 for a single unit.
	 */
	public static double concentration(double[] values) {
		int n = values.length;
		if (n <= 1) {
			return 1;
		}
		double hhi = hhi(values);
		return Math.sqrt(Math.max(0, (hhi - 1.0 / n) / (1 - 1.0 / n)));
	}
}
