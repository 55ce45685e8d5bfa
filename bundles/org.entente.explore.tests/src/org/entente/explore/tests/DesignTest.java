package org.entente.explore.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.entente.explore.sampling.Design;
import org.entente.explore.sampling.SaltelliLayout;
import org.entente.explore.sampling.UnitSample;
import org.entente.explore.statistics.OutcomeDistribution;
import org.junit.jupiter.api.Test;

class DesignTest {

	@Test
	void aLatinHypercubeHasOneSampleInEveryStratumOfEveryInput() {
		int n = 500;
		UnitSample sample = UnitSample.of(Design.LATIN_HYPERCUBE, n, 4, 42L);
		for (int d = 0; d < 4; d++) {
			boolean[] seen = new boolean[n];
			for (int i = 0; i < n; i++) {
				double u = sample.point(i)[d];
				assertTrue(u > 0 && u < 1);
				int stratum = (int) (u * n);
				assertFalse(seen[stratum], "stratum " + stratum + " of input " + d + " twice");
				seen[stratum] = true;
			}
		}
	}

	@Test
	void theSameSeedGivesTheSamePointsInAnyOrderAndAnotherSeedOthers() {
		for (Design design : Design.values()) {
			UnitSample first = UnitSample.of(design, 50, 3, 9L);
			UnitSample again = UnitSample.of(design, 50, 3, 9L);
			for (int i = first.size() - 1; i >= 0; i--) {
				assertArrayEquals(first.point(i), again.point(i), design + " point " + i);
			}
			assertFalse(Arrays.equals(first.point(3), UnitSample.of(design, 50, 3, 10L).point(3)), design.toString());
		}
	}

	@Test
	void saltelliBlocksMixTheBaseMatricesColumnByColumn() {
		UnitSample sample = UnitSample.of(Design.SALTELLI, 20, 3, 1L);
		SaltelliLayout layout = SaltelliLayout.of(sample);
		assertEquals(100, sample.size());
		for (int row = 0; row < 20; row++) {
			double[] a = sample.point(layout.a(row));
			double[] b = sample.point(layout.b(row));
			for (int input = 0; input < 3; input++) {
				double[] ab = sample.point(layout.ab(input, row));
				for (int d = 0; d < 3; d++) {
					assertEquals(d == input ? b[d] : a[d], ab[d]);
				}
			}
		}
	}

	@Test
	void monteCarloMarginalsAreUniform() {
		UnitSample sample = UnitSample.of(Design.MONTE_CARLO, 20000, 1, 5L);
		double[] values = sample.points().stream().mapToDouble(p -> p[0]).toArray();
		OutcomeDistribution.Numeric summary = OutcomeDistribution.numeric(values);
		assertEquals(0.5, summary.mean(), 0.01);
		assertEquals(Math.sqrt(1.0 / 12), summary.standardDeviation(), 0.005);
		assertEquals(0.05, summary.quantiles().get(0), 0.01);
		assertEquals(0.95, summary.quantiles().get(4), 0.01);
	}

	@Test
	void quantilesAreRsTypeSeven() {
		// R: quantile(c(1, 2, 4, 8), c(.05, .25, .5, .75, .95)) gives 1.15 1.75 3.00 5.00 7.40
		OutcomeDistribution.Numeric summary = OutcomeDistribution.numeric(new double[] { 8, 1, Double.NaN, 4, 2 });
		assertEquals(1, summary.missing());
		double[] expected = { 1.15, 1.75, 3.0, 5.0, 7.4 };
		for (int i = 0; i < expected.length; i++) {
			assertEquals(expected[i], summary.quantiles().get(i), 1e-12);
		}
	}

	@Test
	void refusesTooFewSamplesAndUnknownDesigns() {
		assertThrows(IllegalArgumentException.class, () -> UnitSample.of(Design.MONTE_CARLO, 0, 2, 1L));
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Design.of("sobol"));
		assertTrue(unknown.getMessage().contains("mc, lhs, saltelli"));
		assertEquals(Design.LATIN_HYPERCUBE, Design.of("LHS"));
	}
}
