package org.entente.explore.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.entente.explore.sampling.Design;
import org.entente.explore.sampling.UnitSample;
import org.entente.explore.statistics.Prim;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

/** PRIM finds boxes planted in synthetic data, with and without noise, over continuous and 0/1 inputs. */
class PrimTest {

	/** Cases of interest where x0 in [0.2, 0.6] and x2 above 0.7; five inputs, 2 % of labels flipped. */
	@Test
	void findsAPlantedBoxAmongIrrelevantInputs() {
		List<double[]> points = UnitSample.of(Design.LATIN_HYPERCUBE, 4000, 5, 11L).points();
		double[][] x = points.toArray(double[][]::new);
		boolean[] y = new boolean[x.length];
		Well19937c noise = new Well19937c(7);
		for (int i = 0; i < x.length; i++) {
			boolean planted = x[i][0] >= 0.2 && x[i][0] <= 0.6 && x[i][2] > 0.7;
			y[i] = noise.nextDouble() < 0.02 ? !planted : planted;
		}
		Prim.Result result = Prim.find(x, y, Prim.Options.DEFAULT);
		Prim.Box box = result.selectedBox();
		assertEquals(0.2, box.lower()[0], 0.04, box.toString());
		assertEquals(0.6, box.upper()[0], 0.04, box.toString());
		assertEquals(0.7, box.lower()[2], 0.04, box.toString());
		assertTrue(box.upper()[2] > 0.97, box.toString());
		for (int irrelevant : new int[] { 1, 3, 4 }) {
			assertFalse(box.restricts(irrelevant, result.whole()) && box.upper()[irrelevant] - box.lower()[irrelevant] < 0.8,
					"input " + irrelevant + " is not part of the planted box: " + box);
		}
		assertTrue(box.density() > 0.8, box.toString());
		assertTrue(box.coverage() > 0.75, box.toString());
		// the trajectory starts from everything and density never falls by more than the noise along the way
		assertEquals(1, result.whole().mass());
		assertEquals(1, result.whole().coverage());
		Prim.Box last = result.trajectory().get(result.trajectory().size() - 1);
		assertTrue(last.mass() >= 0.05);
	}

	/** A choice that happens or not (0 or 1) is peeled one value at a time. */
	@Test
	void peelsADiscreteInputByValue() {
		Well19937c random = new Well19937c(3);
		int n = 2000;
		double[][] x = new double[n][2];
		boolean[] y = new boolean[n];
		for (int i = 0; i < n; i++) {
			x[i][0] = random.nextBoolean() ? 1 : 0;
			x[i][1] = random.nextDouble();
			y[i] = x[i][0] == 1 && x[i][1] < 0.5;
		}
		Prim.Box box = Prim.find(x, y, Prim.Options.DEFAULT).selectedBox();
		assertEquals(1, box.lower()[0], box.toString());
		assertEquals(0.5, box.upper()[1], 0.03, box.toString());
		assertTrue(box.density() > 0.95, box.toString());
	}

	@Test
	void refusesAConditionNoSampleMeets() {
		double[][] x = { { 0.1 }, { 0.2 } };
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> Prim.find(x, new boolean[2], Prim.Options.DEFAULT));
		assertTrue(error.getMessage().contains("no sample meets the condition"), error.getMessage());
	}
}
