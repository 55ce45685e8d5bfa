package org.entente.explore.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.entente.explore.sampling.Design;
import org.entente.explore.sampling.SaltelliLayout;
import org.entente.explore.sampling.UnitSample;
import org.entente.explore.statistics.SobolIndices;
import org.junit.jupiter.api.Test;

/**
 * Sobol indices of the Ishigami function (Ishigami and Homma 1990), the standard check of a sensitivity method:
 * f = sin x1 + a sin<sup>2</sup> x2 + b x3<sup>4</sup> sin x1 on [-pi, pi]<sup>3</sup>, a = 7, b = 0.1, whose indices
 * are known in closed form. At N = 8192 base samples (40,960 evaluations) every analytic index lies inside the
 * estimate's 95 % interval, and the intervals are narrower than 0.05.
 */
class SobolIshigamiTest {

	private static final double A = 7;
	private static final double B = 0.1;
	private static final int BASE = 8192;

	static double ishigami(double[] unit) {
		double x1 = -Math.PI + 2 * Math.PI * unit[0];
		double x2 = -Math.PI + 2 * Math.PI * unit[1];
		double x3 = -Math.PI + 2 * Math.PI * unit[2];
		return Math.sin(x1) + A * Math.pow(Math.sin(x2), 2) + B * Math.pow(x3, 4) * Math.sin(x1);
	}

	@Test
	void indicesOfIshigamiMatchTheAnalyticValues() {
		double v1 = 0.5 * Math.pow(1 + B * Math.pow(Math.PI, 4) / 5, 2);
		double v2 = A * A / 8;
		double v13 = 8 * B * B * Math.pow(Math.PI, 8) / 225;
		double v = v1 + v2 + v13;
		double[] first = { v1 / v, v2 / v, 0 };
		double[] total = { (v1 + v13) / v, v2 / v, v13 / v };
		// the published values (Saltelli et al. 2008, table 2.3; SALib's documentation)
		assertArrayClose(new double[] { 0.314, 0.442, 0 }, first, 0.0005);
		assertArrayClose(new double[] { 0.558, 0.442, 0.244 }, total, 0.0005);

		UnitSample sample = UnitSample.of(Design.SALTELLI, BASE, 3, 20261207L);
		double[] y = new double[sample.size()];
		for (int i = 0; i < y.length; i++) {
			y[i] = ishigami(sample.point(i));
		}
		SobolIndices.Result result = SobolIndices.estimate(SaltelliLayout.of(sample), y, 100, 0.95, 1L);
		assertEquals(v, result.variance(), 0.25, "the variance of Ishigami is " + v);
		for (int i = 0; i < 3; i++) {
			SobolIndices.Index index = result.indices().get(i);
			assertTrue(index.firstLow() <= first[i] && first[i] <= index.firstHigh(),
					"S" + (i + 1) + " = " + first[i] + " outside " + index);
			assertTrue(index.totalLow() <= total[i] && total[i] <= index.totalHigh(),
					"ST" + (i + 1) + " = " + total[i] + " outside " + index);
			assertTrue(index.firstHalfWidth() > 0 && index.firstHalfWidth() < 0.05, "interval of S" + (i + 1) + ": " + index);
			assertTrue(index.totalHalfWidth() > 0 && index.totalHalfWidth() < 0.05, "interval of ST" + (i + 1) + ": " + index);
		}
	}

	@Test
	void anOutcomeThatNeverVariesHasZeroIndices() {
		UnitSample sample = UnitSample.of(Design.SALTELLI, 64, 2, 3L);
		double[] y = new double[sample.size()];
		java.util.Arrays.fill(y, 0.7);
		SobolIndices.Result result = SobolIndices.estimate(SaltelliLayout.of(sample), y, 20, 0.95, 1L);
		assertEquals(0, result.variance());
		for (SobolIndices.Index index : result.indices()) {
			assertEquals(0, index.first());
			assertEquals(0, index.total());
		}
	}

	@Test
	void anInputThatDoesNotMatterHasIndicesNearZeroAndOneThatDoesAllHasOne() {
		UnitSample sample = UnitSample.of(Design.SALTELLI, 4096, 2, 5L);
		double[] y = new double[sample.size()];
		for (int i = 0; i < y.length; i++) {
			y[i] = 3 * sample.point(i)[0];
		}
		SobolIndices.Result result = SobolIndices.estimate(SaltelliLayout.of(sample), y, 50, 0.95, 1L);
		SobolIndices.Index only = result.indices().get(0);
		assertTrue(only.firstLow() <= 1 && 1 <= only.firstHigh(), only.toString());
		assertEquals(1, only.first(), 0.05);
		assertEquals(1, result.indices().get(0).total(), 0.05);
		assertEquals(0, result.indices().get(1).first(), 0.03);
		assertEquals(0, result.indices().get(1).total(), "Jansen's total is exactly 0 for an input f ignores");
	}

	private static void assertArrayClose(double[] expected, double[] actual, double tolerance) {
		for (int i = 0; i < expected.length; i++) {
			assertEquals(expected[i], actual[i], tolerance, "index " + i);
		}
	}
}
