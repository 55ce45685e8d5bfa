package org.entente.analysis.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Cox proportional-hazards regression on counting-process data ({@link SurvivalData}), fitted by Newton-Raphson
 * with step halving from zero, as R's {@code survival::coxph}: covariates are centred on their means for the
 * arithmetic, tied event times are handled by Efron's or Breslow's approximation, and the baseline cumulative
 * hazard carries the same tie correction ({@code survfit}'s {@code ctype} 2 for Efron, 1 for Breslow).
 *
 * <p>
 * Written here because no library on Maven Central that Entente can run in OSGi fits Cox models with time-varying
 * covariates (Hipparchus and Commons Math have none); R's implementation is the test oracle.
 */
public final class CoxRegression {

	/** How tied event times enter the partial likelihood. */
	public enum Ties {
		/** Efron (1977): the tied events leave the risk set in equal fractions. R's default. */
		EFRON,
		/** Breslow (1974): every tied event sees the whole risk set. */
		BRESLOW
	}

	private final Ties ties;
	private final int maxIterations;
	private final double tolerance;

	private CoxRegression(Ties ties, int maxIterations, double tolerance) {
		this.ties = ties;
		this.maxIterations = maxIterations;
		this.tolerance = tolerance;
	}

	/** Efron ties, at most 30 iterations, converged when the log partial likelihood changes by less than 1e-12 relative. */
	public static CoxRegression efron() {
		return new CoxRegression(Ties.EFRON, 30, 1e-12);
	}

	public static CoxRegression of(Ties ties, int maxIterations, double tolerance) {
		return new CoxRegression(ties, maxIterations, tolerance);
	}

	/**
	 * Fits the model.
	 *
	 * @throws IllegalArgumentException when the data has no event, or when the covariates are collinear (the
	 *                                  message names the covariate that adds no information)
	 */
	public CoxFit fit(SurvivalData data) {
		int n = data.rows();
		int p = data.columns();
		if (data.events() == 0) {
			throw new IllegalArgumentException("no events: a Cox model needs at least one");
		}
		double[] means = new double[p];
		for (double[] row : data.covariates()) {
			for (int j = 0; j < p; j++) {
				means[j] += row[j] / n;
			}
		}
		double[][] x = new double[n][p];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < p; j++) {
				x[i][j] = data.covariates()[i][j] - means[j];
			}
		}
		Sweep sweep = new Sweep(data, x);
		double[] beta = new double[p];
		Derivatives current = sweep.derivatives(beta, ties);
		double nullLogLikelihood = current.logLikelihood;
		int iterations = 0;
		boolean converged = p == 0;
		while (!converged && iterations < maxIterations) {
			iterations++;
			double[] step = Cholesky.of(current.information, data.names()).solve(current.score);
			double[] next = new double[p];
			for (int j = 0; j < p; j++) {
				next[j] = beta[j] + step[j];
			}
			Derivatives candidate = sweep.derivatives(next, ties);
			// Step halving, as coxph: a step that lowers the likelihood is cut until it does not.
			int halvings = 0;
			while (!(candidate.logLikelihood >= current.logLikelihood) && halvings < 30) {
				for (int j = 0; j < p; j++) {
					next[j] = (next[j] + beta[j]) / 2;
				}
				candidate = sweep.derivatives(next, ties);
				halvings++;
			}
			converged = Math.abs(1 - current.logLikelihood / candidate.logLikelihood) <= tolerance;
			beta = next;
			current = candidate;
		}
		double[][] covariance = p == 0 ? new double[0][0] : Cholesky.of(current.information, data.names()).inverse();
		double offset = 0;
		for (int j = 0; j < p; j++) {
			offset += beta[j] * means[j];
		}
		StepFunction baseline = sweep.baselineHazard(beta, ties, Math.exp(-offset));
		return new CoxFit(data.names(), beta, covariance, means, current.logLikelihood, nullLogLikelihood,
				iterations, converged, n, data.events(), ties, baseline);
	}

	/** Log partial likelihood, score and information at one coefficient vector. */
	private record Derivatives(double logLikelihood, double[] score, double[][] information) {
	}

	/**
	 * The risk sets of counting-process data, swept from the last event time to the first: a row joins when the
	 * sweep reaches its stop and leaves when it passes its start.
	 */
	private static final class Sweep {
		private final int n;
		private final int p;
		private final double[] start;
		private final double[] stop;
		private final double[][] x;
		private final Integer[] byStopDescending;
		private final Integer[] byStartDescending;
		/** Distinct event times, descending, and the rows whose event is at each. */
		private final double[] eventTimes;
		private final int[][] deaths;

		Sweep(SurvivalData data, double[][] centred) {
			n = data.rows();
			p = data.columns();
			start = data.start();
			stop = data.stop();
			x = centred;
			byStopDescending = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> -stop[i]))
					.toArray(Integer[]::new);
			byStartDescending = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> -start[i]))
					.toArray(Integer[]::new);
			List<Double> times = new ArrayList<>();
			List<int[]> groups = new ArrayList<>();
			List<Integer> group = new ArrayList<>();
			for (int k = 0; k < n; k++) {
				int i = byStopDescending[k];
				if (!data.event()[i]) {
					continue;
				}
				if (!times.isEmpty() && times.get(times.size() - 1) == stop[i]) {
					group.add(i);
				} else {
					if (!times.isEmpty()) {
						groups.add(group.stream().mapToInt(Integer::intValue).toArray());
					}
					times.add(stop[i]);
					group = new ArrayList<>(List.of(i));
				}
			}
			if (!times.isEmpty()) {
				groups.add(group.stream().mapToInt(Integer::intValue).toArray());
			}
			eventTimes = times.stream().mapToDouble(Double::doubleValue).toArray();
			deaths = groups.toArray(int[][]::new);
		}

		Derivatives derivatives(double[] beta, Ties ties) {
			double[] risk = risks(beta);
			double s0 = 0;
			double[] s1 = new double[p];
			double[][] s2 = new double[p][p];
			double logLikelihood = 0;
			double[] score = new double[p];
			double[][] information = new double[p][p];
			int added = 0;
			int removed = 0;
			for (int e = 0; e < eventTimes.length; e++) {
				double t = eventTimes[e];
				while (added < n && stop[byStopDescending[added]] >= t) {
					int i = byStopDescending[added++];
					s0 += risk[i];
					accumulate(s1, s2, x[i], risk[i]);
				}
				while (removed < n && start[byStartDescending[removed]] >= t) {
					int i = byStartDescending[removed++];
					s0 -= risk[i];
					accumulate(s1, s2, x[i], -risk[i]);
				}
				int[] dead = deaths[e];
				int d = dead.length;
				double d0 = 0;
				double[] d1 = new double[p];
				double[][] d2 = new double[p][p];
				for (int i : dead) {
					d0 += risk[i];
					accumulate(d1, d2, x[i], risk[i]);
					logLikelihood += Math.log(risk[i]);
					for (int j = 0; j < p; j++) {
						score[j] += x[i][j];
					}
				}
				for (int k = 0; k < d; k++) {
					double f = ties == Ties.EFRON ? (double) k / d : 0;
					double a0 = s0 - f * d0;
					logLikelihood -= Math.log(a0);
					for (int j = 0; j < p; j++) {
						double mj = (s1[j] - f * d1[j]) / a0;
						score[j] -= mj;
						for (int l = 0; l <= j; l++) {
							double ml = (s1[l] - f * d1[l]) / a0;
							double v = (s2[j][l] - f * d2[j][l]) / a0 - mj * ml;
							information[j][l] += v;
						}
					}
				}
			}
			for (int j = 0; j < p; j++) {
				for (int l = 0; l < j; l++) {
					information[l][j] = information[j][l];
				}
			}
			return new Derivatives(logLikelihood, score, information);
		}

		/** The baseline cumulative hazard at covariates zero, at each event time, ascending. */
		StepFunction baselineHazard(double[] beta, Ties ties, double scale) {
			double[] risk = risks(beta);
			double s0 = 0;
			int added = 0;
			int removed = 0;
			double[] increments = new double[eventTimes.length];
			for (int e = 0; e < eventTimes.length; e++) {
				double t = eventTimes[e];
				while (added < n && stop[byStopDescending[added]] >= t) {
					s0 += risk[byStopDescending[added++]];
				}
				while (removed < n && start[byStartDescending[removed]] >= t) {
					s0 -= risk[byStartDescending[removed++]];
				}
				double d0 = 0;
				for (int i : deaths[e]) {
					d0 += risk[i];
				}
				int d = deaths[e].length;
				double increment = 0;
				for (int k = 0; k < d; k++) {
					double f = ties == Ties.EFRON ? (double) k / d : 0;
					increment += 1 / (s0 - f * d0);
				}
				increments[e] = increment * scale;
			}
			int m = eventTimes.length;
			double[] times = new double[m];
			double[] cumulative = new double[m];
			double sum = 0;
			for (int k = 0; k < m; k++) {
				times[k] = eventTimes[m - 1 - k];
				sum += increments[m - 1 - k];
				cumulative[k] = sum;
			}
			return new StepFunction(times, cumulative, 0);
		}

		private double[] risks(double[] beta) {
			double[] risk = new double[n];
			for (int i = 0; i < n; i++) {
				double lp = 0;
				for (int j = 0; j < p; j++) {
					lp += beta[j] * x[i][j];
				}
				risk[i] = Math.exp(lp);
			}
			return risk;
		}

		private void accumulate(double[] s1, double[][] s2, double[] xi, double weight) {
			for (int j = 0; j < p; j++) {
				double wx = weight * xi[j];
				s1[j] += wx;
				double[] row = s2[j];
				for (int l = 0; l <= j; l++) {
					row[l] += wx * xi[l];
				}
			}
		}
	}

	/** Cholesky factorisation of a symmetric positive-definite matrix (the information matrix). */
	static final class Cholesky {
		private final double[][] lower;

		private Cholesky(double[][] lower) {
			this.lower = lower;
		}

		static Cholesky of(double[][] matrix, List<String> names) {
			int p = matrix.length;
			double[][] l = new double[p][p];
			for (int j = 0; j < p; j++) {
				double diagonal = matrix[j][j];
				for (int k = 0; k < j; k++) {
					diagonal -= l[j][k] * l[j][k];
				}
				// coxph's toler.chol: a pivot this small relative to the diagonal means the column adds nothing.
				if (!(diagonal > 1e-9 * Math.max(Math.abs(matrix[j][j]), Double.MIN_NORMAL))) {
					throw new IllegalArgumentException("covariate " + names.get(j)
							+ " is constant or a combination of the ones before it; leave it out");
				}
				l[j][j] = Math.sqrt(diagonal);
				for (int i = j + 1; i < p; i++) {
					double value = matrix[i][j];
					for (int k = 0; k < j; k++) {
						value -= l[i][k] * l[j][k];
					}
					l[i][j] = value / l[j][j];
				}
			}
			return new Cholesky(l);
		}

		double[] solve(double[] b) {
			int p = b.length;
			double[] y = Arrays.copyOf(b, p);
			for (int i = 0; i < p; i++) {
				for (int k = 0; k < i; k++) {
					y[i] -= lower[i][k] * y[k];
				}
				y[i] /= lower[i][i];
			}
			for (int i = p - 1; i >= 0; i--) {
				for (int k = i + 1; k < p; k++) {
					y[i] -= lower[k][i] * y[k];
				}
				y[i] /= lower[i][i];
			}
			return y;
		}

		double[][] inverse() {
			int p = lower.length;
			double[][] inverse = new double[p][];
			for (int j = 0; j < p; j++) {
				double[] unit = new double[p];
				unit[j] = 1;
				inverse[j] = solve(unit);
			}
			return inverse;
		}
	}
}
