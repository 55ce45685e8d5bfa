package org.entente.analysis.polarity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.entente.analysis.polarity.Polarity;
import org.entente.analysis.polarity.PolarityClassifier;
import org.entente.analysis.polarity.PolarityClassifier.Classification;
import org.entente.analysis.polarity.PolarityClassifier.Rule;
import org.junit.jupiter.api.Test;

/** Wayman's rule and the threshold rule on distributions whose answer is known by hand. */
class PolarityClassifierTest {

	private static final PolarityClassifier WAYMAN = PolarityClassifier.wayman(2);

	@Test
	void waymanByHand() {
		assertEquals(Polarity.UNIPOLAR, WAYMAN.classify(new double[] { 0.6, 0.2, 0.2 }).polarity(), "half, 3x second");
		assertEquals(Polarity.BIPOLAR, WAYMAN.classify(new double[] { 0.5, 0.3, 0.2 }).polarity(),
				"half but not twice the second");
		assertEquals(Polarity.BIPOLAR, WAYMAN.classify(new double[] { 0.3, 0.2, 0.2, 0.2, 0.1 }).polarity(),
				"the two largest hold half");
		Classification multipolar = WAYMAN.classify(new double[] { 0.2, 0.2, 0.2, 0.2, 0.2 });
		assertEquals(Polarity.MULTIPOLAR, multipolar.polarity());
		assertEquals(5, multipolar.poles());
		assertFalse(multipolar.unbalanced());
		assertTrue(WAYMAN.classify(new double[] { 0.24, 0.12, 0.11, 0.11, 0.11, 0.11, 0.1, 0.1 }).unbalanced(),
				"multipolar with a state twice the second");
		assertEquals(Polarity.BIPOLAR, WAYMAN.classify(new double[] { 5, 3, 2 }).polarity(), "shares are normalized");
	}

	@Test
	void thresholdRuleCountsThePoles() {
		PolarityClassifier rule = new PolarityClassifier(Rule.THRESHOLD, 0.15, 2);
		assertEquals(Polarity.BIPOLAR, rule.classify(new double[] { 0.4, 0.3, 0.1, 0.1, 0.1 }).polarity());
		assertEquals(3, rule.classify(new double[] { 0.3, 0.3, 0.2, 0.1, 0.1 }).poles());
	}

	@Test
	void noCapabilityIsNoDataAndHugeValuesDoNotOverflow() {
		assertNull(WAYMAN.classify(new double[0]));
		assertNull(WAYMAN.classify(new double[] { 0, 0, 0 }), "all zero is no data, not a balanced multipolar system");
		assertEquals(Polarity.BIPOLAR, WAYMAN.classify(new double[] { 1e308, 1e308, 1e307 }).polarity(),
				"values near the largest double");
	}
}
