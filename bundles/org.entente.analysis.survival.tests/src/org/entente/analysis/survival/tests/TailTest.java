package org.entente.analysis.survival.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.entente.analysis.survival.KaplanMeier;
import org.entente.analysis.survival.StepFunction;
import org.junit.jupiter.api.Test;

/** Predictions past the last event time continue the hazard rate of the data's tail instead of dropping to zero. */
class TailTest {

	@Test
	void aCumulativeHazardContinuesWithTheSlopeOfItsLastWindow() {
		StepFunction h = new StepFunction(new double[] { 10, 20, 30 }, new double[] { 1, 2, 4 }, 0);
		assertEquals(2, h.extrapolated(25, 20), 0);
		// slope over (10, 30]: (4 - 1) / 20
		assertEquals(4 + 10 * 3.0 / 20, h.extrapolated(40, 20), 1e-12);
	}

	@Test
	void beyondTheOldestEndingTheKaplanMeierRiskIsTheTailRateNotZero() {
		Random random = new Random(3);
		double rate = 0.05;
		int n = 20000;
		double[] time = new double[n];
		boolean[] event = new boolean[n];
		for (int i = 0; i < n; i++) {
			time[i] = Math.ceil(-Math.log(random.nextDouble()) / rate);
			event[i] = true;
		}
		KaplanMeier.Estimate km = KaplanMeier.fit(time, event);
		double last = km.survival().lastTime();
		double beyond = km.probabilityWithin(last + 5, 10);
		assertTrue(beyond > 0.2, "a constant hazard of 0.05 a year ends about 40 % within 10 years: " + beyond);
		assertEquals(1 - Math.exp(-10 * rate), km.probabilityWithin(20, 10), 0.02);
	}
}
