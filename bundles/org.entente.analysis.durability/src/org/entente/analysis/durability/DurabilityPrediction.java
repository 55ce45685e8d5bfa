package org.entente.analysis.durability;

import java.util.List;

import org.entente.analysis.survival.CoxFit;

/**
 * The model's view of one membership in one year.
 *
 * @param variant       the fit used: the richest whose covariates the row has
 * @param hazardRatio   the hazard relative to the average membership-year the model was fitted on
 * @param withinFive    probability that the membership ends within five years after this one
 * @param withinTen     the same within ten years
 * @param contributions each covariate's share of the log hazard ratio, {@code coefficient x (value - mean)}, in
 *                      {@code variant.covariates()} order
 */
public record DurabilityPrediction(DurabilityModel.Variant variant, double hazardRatio, double withinFive,
		double withinTen, double[] contributions) {

	/**
	 * Predicts with the first of {@code variants} whose covariates {@code row} has; {@code null} when none fits.
	 *
	 * @param duration years the membership had lasted at the start of the row's year
	 */
	public static DurabilityPrediction of(List<DurabilityModel.Variant> variants, MembershipCovariates.Row row,
			int duration) {
		for (DurabilityModel.Variant variant : variants) {
			double[] x = DurabilityDesign.values(row, variant.covariates());
			if (x != null) {
				return of(variant, x, duration);
			}
		}
		return null;
	}

	/** Predicts with one variant from its covariate values. */
	public static DurabilityPrediction of(DurabilityModel.Variant variant, double[] x, int duration) {
		CoxFit fit = variant.fit();
		double[] contributions = new double[x.length];
		double centred = 0;
		for (int j = 0; j < x.length; j++) {
			contributions[j] = fit.coefficients()[j] * (x[j] - fit.means()[j]);
			centred += contributions[j];
		}
		// The row covers (duration, duration + 1]; the member has lasted through it.
		double survived = duration + 1;
		return new DurabilityPrediction(variant, Math.exp(centred), fit.probabilityWithin(x, survived, 5),
				fit.probabilityWithin(x, survived, 10), contributions);
	}

	/** The probability of ending within {@code horizon} years after this one. */
	public static double within(DurabilityModel.Variant variant, double[] x, int duration, int horizon) {
		return variant.fit().probabilityWithin(x, duration + 1, horizon);
	}
}
