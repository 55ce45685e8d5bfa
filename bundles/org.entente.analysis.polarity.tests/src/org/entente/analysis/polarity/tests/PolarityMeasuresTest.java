package org.entente.analysis.polarity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.entente.analysis.polarity.PolarityMeasures;
import org.junit.jupiter.api.Test;

/** The measures on distributions whose values can be checked by hand. */
class PolarityMeasuresTest {

	@Test
	void twoEqualPowers() {
		double[] shares = { 0.5, 0.5 };
		assertEquals(0.5, PolarityMeasures.hhi(shares), 1e-12);
		assertEquals(2.0, PolarityMeasures.effectiveNumber(shares), 1e-12);
		assertEquals(0.0, PolarityMeasures.concentration(shares), 1e-12);
	}

	@Test
	void oneHoldsAll() {
		double[] shares = { 1, 0, 0 };
		assertEquals(1.0, PolarityMeasures.hhi(shares), 1e-12);
		assertEquals(1.0, PolarityMeasures.effectiveNumber(shares), 1e-12);
		assertEquals(1.0, PolarityMeasures.concentration(shares), 1e-12);
	}

	@Test
	void unevenThreeAndUnnormalizedInput() {
		// 0.5, 0.3, 0.2: HHI = .25 + .09 + .04 = .38; N_eff = 1/.38; CON = sqrt((.38 - 1/3) / (2/3)) = sqrt(.07)
		double[] cincs = { 0.05, 0.03, 0.02 };
		assertEquals(0.38, PolarityMeasures.hhi(cincs), 1e-12);
		assertEquals(1 / 0.38, PolarityMeasures.effectiveNumber(cincs), 1e-12);
		assertEquals(Math.sqrt(0.07), PolarityMeasures.concentration(cincs), 1e-12);
	}
}
