package org.entente.analysis.survival.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.entente.analysis.survival.Concordance;
import org.entente.analysis.survival.CoxFit;
import org.entente.analysis.survival.CoxRegression;
import org.entente.analysis.survival.KaplanMeier;
import org.entente.analysis.survival.SurvivalData;
import org.entente.testing.ROracle;
import org.entente.testing.ROracle.CoxReference;
import org.junit.jupiter.api.Test;

/**
 * The Cox fit against R's {@code survival::coxph} on the same counting-process data: one row per subject-year, as
 * Entente's membership-years, so that event times are heavily tied and covariates vary over time.
 */
class CoxRegressionTest {

	private static final List<String> NAMES = List.of("age", "major", "share_change", "members");

	@Test
	void efronFitEqualsR() {
		compareWithR(simulate(800, 11), CoxRegression.Ties.EFRON, "efron");
	}

	@Test
	void breslowFitEqualsR() {
		compareWithR(simulate(300, 23), CoxRegression.Ties.BRESLOW, "breslow");
	}

	@Test
	void aCovariateThatAddsNothingIsNamed() {
		SurvivalData data = simulate(100, 5);
		double[][] x = data.covariates().clone();
		for (int i = 0; i < x.length; i++) {
			x[i] = new double[] { x[i][0], x[i][1], 2 * x[i][0] - x[i][1] };
		}
		SurvivalData collinear = new SurvivalData(List.of("a", "b", "a_minus_b"), data.start(), data.stop(),
				data.event(), x);
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> CoxRegression.efron().fit(collinear));
		assertTrue(error.getMessage().contains("a_minus_b"), error.getMessage());
	}

	private static void compareWithR(SurvivalData data, CoxRegression.Ties ties, String rTies) {
		CoxFit fit = CoxRegression.of(ties, 50, 1e-12).fit(data);
		CoxReference r = ROracle.coxph(data.names(), data.start(), data.stop(), data.event(), data.covariates(), rTies,
				Path.of(System.getProperty("entente.work", "target/work"), "cox-" + rTies));
		assertTrue(fit.converged());
		double[] se = fit.standardErrors();
		for (int j = 0; j < data.columns(); j++) {
			String name = data.names().get(j);
			assertEquals(r.coefficients().get(name), fit.coefficients()[j], 1e-7 * Math.abs(r.coefficients().get(name)),
					"coefficient of " + name);
			assertEquals(r.standardErrors().get(name), se[j], 1e-7 * r.standardErrors().get(name),
					"standard error of " + name);
		}
		assertEquals(r.logLikelihood(), fit.logLikelihood(), 1e-8 * Math.abs(r.logLikelihood()));
		assertEquals(r.nullLogLikelihood(), fit.nullLogLikelihood(), 1e-10 * Math.abs(r.nullLogLikelihood()));
		// basehaz lists every distinct stop time; ours jumps only at event times and is flat between.
		int compared = 0;
		for (double[] point : r.baseline()) {
			double ours = fit.baselineHazard().at(point[0]);
			assertEquals(point[1], ours, 1e-7 * Math.max(point[1], 1e-12), "baseline cumulative hazard at " + point[0]);
			compared++;
		}
		assertTrue(compared >= 10, "baseline compared at " + compared + " times");
		double[] lp = new double[data.rows()];
		for (int i = 0; i < data.rows(); i++) {
			lp[i] = fit.linearPredictor(data.covariates()[i]);
		}
		Concordance c = Concordance.ofRiskSets(data.start(), data.stop(), data.event(), lp);
		assertEquals(r.concordance(), c.value(), 1e-9, "concordance");
		KaplanMeier.Estimate km = KaplanMeier.fit(data.start(), data.stop(), data.event());
		for (double[] point : r.kaplanMeier()) {
			assertEquals(point[1], km.at(point[0]), 1e-12, "Kaplan-Meier at " + point[0]);
		}
	}

	/**
	 * Subjects followed year by year for up to 15 years (some enter late), with an event hazard that depends on a
	 * fixed binary covariate, a covariate that changes every year and one that changes at year 5.
	 */
	static SurvivalData simulate(int subjects, long seed) {
		Random random = new Random(seed);
		List<double[]> x = new ArrayList<>();
		List<Double> start = new ArrayList<>();
		List<Double> stop = new ArrayList<>();
		List<Boolean> event = new ArrayList<>();
		for (int s = 0; s < subjects; s++) {
			double major = random.nextDouble() < 0.3 ? 1 : 0;
			int entry = random.nextDouble() < 0.2 ? random.nextInt(4) : 0;
			int end = 5 + random.nextInt(11);
			double members = 2 + random.nextInt(6);
			double age = 10 * random.nextDouble();
			for (int t = entry; t < end; t++) {
				double shareChange = random.nextGaussian() * 0.2;
				if (t == 5) {
					members += random.nextInt(3);
				}
				double lp = -0.4 * major + 1.2 * shareChange + 0.15 * members - 0.03 * (age + t);
				double hazard = 0.08 * Math.exp(lp);
				boolean happened = random.nextDouble() < hazard;
				x.add(new double[] { age + t, major, shareChange, members });
				start.add((double) t);
				stop.add(t + 1.0);
				event.add(happened);
				if (happened) {
					break;
				}
			}
		}
		boolean[] e = new boolean[event.size()];
		for (int i = 0; i < e.length; i++) {
			e[i] = event.get(i);
		}
		return new SurvivalData(NAMES, start.stream().mapToDouble(Double::doubleValue).toArray(),
				stop.stream().mapToDouble(Double::doubleValue).toArray(), e, x.toArray(double[][]::new));
	}
}
