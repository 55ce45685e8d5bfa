package org.entente.analysis.survival;

import java.util.List;

/**
 * A fitted Cox proportional-hazards model.
 *
 * @param names              the covariates, in coefficient order
 * @param coefficients       the estimated log hazard ratios
 * @param covariance         their covariance (the inverse of the information matrix at the estimate)
 * @param means              the covariate means of the data the model was fitted on
 * @param logLikelihood      the log partial likelihood at the estimate
 * @param nullLogLikelihood  the log partial likelihood with every coefficient zero
 * @param iterations         Newton-Raphson iterations taken
 * @param converged          whether the likelihood converged within the iteration limit
 * @param rows               rows of data fitted on
 * @param events             events in that data
 * @param ties               the approximation for tied event times
 * @param baselineHazard     the cumulative hazard of a subject whose covariates are all zero, by time
 */
public record CoxFit(List<String> names, double[] coefficients, double[][] covariance, double[] means,
		double logLikelihood, double nullLogLikelihood, int iterations, boolean converged, int rows, int events,
		CoxRegression.Ties ties, StepFunction baselineHazard) {

	/** The window, in time units, whose mean baseline hazard rate continues past the data. */
	public static final double TAIL = 20;

	public CoxFit {
		names = List.copyOf(names);
	}

	public double[] standardErrors() {
		double[] se = new double[coefficients.length];
		for (int j = 0; j < se.length; j++) {
			se[j] = Math.sqrt(covariance[j][j]);
		}
		return se;
	}

	/** {@code x · coefficients} for covariates in {@link #names()} order. */
	public double linearPredictor(double[] x) {
		double lp = 0;
		for (int j = 0; j < coefficients.length; j++) {
			lp += coefficients[j] * x[j];
		}
		return lp;
	}

	/** The likelihood-ratio statistic against the null model, chi-square with {@code names().size()} degrees of freedom. */
	public double likelihoodRatio() {
		return 2 * (logLikelihood - nullLogLikelihood);
	}

	/**
	 * The probability that a subject with covariates {@code x}, at risk at time {@code t}, has its event by
	 * {@code t + horizon}. Past the last event time of the data the baseline hazard rate is taken to stay at its
	 * mean over the last {@link #TAIL} time units: a flat cumulative hazard would say that a subject older than any
	 * seen to end can never end.
	 */
	public double probabilityWithin(double[] x, double t, double horizon) {
		double increase = baselineHazard.extrapolated(t + horizon, TAIL) - baselineHazard.extrapolated(t, TAIL);
		return 1 - Math.exp(-increase * Math.exp(linearPredictor(x)));
	}
}
