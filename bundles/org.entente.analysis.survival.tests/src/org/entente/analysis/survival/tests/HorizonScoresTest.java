package org.entente.analysis.survival.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.entente.analysis.survival.Concordance;
import org.entente.analysis.survival.HorizonScores;
import org.entente.analysis.survival.HorizonScores.CalibrationGroup;
import org.entente.testing.ROracle;
import org.junit.jupiter.api.Test;

/** The horizon scores against their definitions: brute force without censoring, and unbiased under censoring. */
class HorizonScoresTest {

	private static final double HORIZON = 10;

	@Test
	void withoutCensoringTheAucIsTheMannWhitneyStatisticOfCasesAgainstControls() {
		Simulation s = new Simulation(2000, 3, false);
		double wins = 0;
		double pairs = 0;
		for (int i = 0; i < s.time.length; i++) {
			for (int j = 0; j < s.time.length; j++) {
				if (s.latent[i] <= HORIZON && s.latent[j] > HORIZON) {
					pairs++;
					wins += s.risk[i] > s.risk[j] ? 1 : s.risk[i] == s.risk[j] ? 0.5 : 0;
				}
			}
		}
		assertEquals(wins / pairs, HorizonScores.auc(s.time, s.event, s.risk, HORIZON), 1e-12);
	}

	@Test
	void theAucOfABinaryOutcomeIsRsWilcoxonStatisticOverThePairs() {
		Random random = new Random(11);
		int n = 300;
		boolean[] positive = new boolean[n];
		double[] risk = new double[n];
		double[] pos = new double[n];
		for (int i = 0; i < n; i++) {
			positive[i] = random.nextDouble() < 0.4;
			pos[i] = positive[i] ? 1 : 0;
			// Rounded so that many risks tie, across and within the classes.
			risk[i] = Math.round((random.nextGaussian() + (positive[i] ? 0.5 : 0)) * 4) / 4.0;
		}
		double r = ROracle.evaluate("wilcox.test(d$risk[d$pos == 1], d$risk[d$pos == 0], exact = FALSE)$statistic"
				+ " / (sum(d$pos == 1) * sum(d$pos == 0))", java.util.Map.of("pos", pos, "risk", risk),
				java.nio.file.Path.of("target", "work", "binary-auc"));
		Concordance c = Concordance.ofOutcomes(positive, risk);
		assertEquals(r, c.value(), 1e-12);
		long positives = java.util.stream.IntStream.range(0, n).filter(i -> positive[i]).count();
		assertEquals(positives * (n - positives), c.comparable(), 1e-9, "every (positive, negative) pair, no other");
	}

	@Test
	void withoutCensoringTheBrierScoreIsTheMeanSquaredError() {
		Simulation s = new Simulation(1000, 4, false);
		double sum = 0;
		for (int i = 0; i < s.time.length; i++) {
			double outcome = s.time[i] <= HORIZON ? 1 : 0;
			sum += (outcome - s.probability[i]) * (outcome - s.probability[i]);
		}
		assertEquals(sum / s.time.length, HorizonScores.brier(s.time, s.event, s.probability, HORIZON), 1e-12);
	}

	@Test
	void censoringWeightsRecoverTheUncensoredScores() {
		Simulation full = new Simulation(20000, 7, false);
		Simulation censored = new Simulation(20000, 7, true);
		double auc = HorizonScores.auc(full.time, full.event, full.risk, HORIZON);
		double ipcw = HorizonScores.auc(censored.time, censored.event, censored.risk, HORIZON);
		assertEquals(auc, ipcw, 0.01, "IPCW AUC " + ipcw + " vs uncensored " + auc);
		double brier = HorizonScores.brier(full.time, full.event, full.probability, HORIZON);
		double ipcwBrier = HorizonScores.brier(censored.time, censored.event, censored.probability, HORIZON);
		assertEquals(brier, ipcwBrier, 0.002, "IPCW Brier " + ipcwBrier + " vs uncensored " + brier);
		// Dropping the subjects censored before the horizon, unweighted, is biased by three times that: the
		// weights matter.
		double naive = 0;
		int kept = 0;
		for (int i = 0; i < censored.time.length; i++) {
			if (!censored.event[i] && censored.time[i] <= HORIZON) {
				continue;
			}
			double outcome = censored.time[i] <= HORIZON ? 1 : 0;
			naive += (outcome - censored.probability[i]) * (outcome - censored.probability[i]);
			kept++;
		}
		assertTrue(Math.abs(naive / kept - brier) > 0.005, "naive " + naive / kept);
	}

	@Test
	void trueProbabilitiesAreCalibratedInEveryDecile() {
		Simulation s = new Simulation(20000, 9, true);
		List<CalibrationGroup> groups = HorizonScores.calibration(s.time, s.event, s.probability, HORIZON, 10);
		assertEquals(10, groups.size());
		for (CalibrationGroup group : groups) {
			assertEquals(2000, group.subjects());
			assertEquals(group.predicted(), group.observed(), 0.035, group.toString());
		}
	}

	@Test
	void harrellsConcordanceByHand() {
		double[] time = { 1, 2, 3, 4, 4 };
		boolean[] event = { true, false, true, true, false };
		double[] risk = { 0.9, 0.1, 0.5, 0.2, 0.2 };
		// Comparable pairs (event first): 1-2,1-3,1-4,1-5 (all concordant); 3-4 concordant, 3-5 concordant;
		// 4-5 (same time, 5 censored): tied in risk. 2 is censored and never first.
		Concordance c = Concordance.of(time, event, risk);
		assertEquals(6, c.concordant());
		assertEquals(0, c.discordant());
		assertEquals(1, c.tiedRisk());
		assertEquals(6.5 / 7, c.value(), 1e-15);
	}

	/** Exponential event times with a known hazard; optional independent uniform censoring. */
	private static final class Simulation {
		final double[] time;
		final double[] latent;
		final boolean[] event;
		final double[] risk;
		final double[] probability;

		Simulation(int n, long seed, boolean censor) {
			Random random = new Random(seed);
			time = new double[n];
			latent = new double[n];
			event = new boolean[n];
			risk = new double[n];
			probability = new double[n];
			for (int i = 0; i < n; i++) {
				double x = random.nextGaussian();
				double rate = 0.05 * Math.exp(0.8 * x);
				latent[i] = -Math.log(random.nextDouble()) / rate;
				risk[i] = x;
				probability[i] = 1 - Math.exp(-rate * HORIZON);
				double c = censor ? 25 * random.nextDouble() : Double.POSITIVE_INFINITY;
				time[i] = Math.min(latent[i], c);
				event[i] = latent[i] <= c;
			}
		}
	}
}
