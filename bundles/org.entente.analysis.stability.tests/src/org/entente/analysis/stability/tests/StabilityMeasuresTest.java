package org.entente.analysis.stability.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.CancellationException;

import org.entente.analysis.stability.Landscape;
import org.entente.analysis.stability.PortfolioSimilarity;
import org.entente.analysis.stability.SignedGraph;
import org.entente.analysis.stability.StructuralBalance;
import org.entente.testing.SyntheticSystems;
import org.junit.jupiter.api.Test;

/** Structural balance, landscape theory and portfolio similarity on published and hand-checkable cases. */
class StabilityMeasuresTest {

	/** Britain, France, Russia (0-2) against Germany, Austria-Hungary, Italy (3-5), as in 1907. */
	static SignedGraph greatPowers1907() {
		SignedGraph graph = new SignedGraph(6);
		for (int a = 0; a < 6; a++) {
			for (int b = a + 1; b < 6; b++) {
				graph.set(a, b, (a < 3) == (b < 3) ? 1 : -1);
			}
		}
		return graph;
	}

	@Test
	void theGreatPowersOf1907AreFullyBalanced() {
		SignedGraph graph = greatPowers1907();
		assertEquals(1.0, StructuralBalance.balancedTriadShare(graph));
		assertEquals(20, StructuralBalance.closedTriads(graph));
		StructuralBalance.Result result = StructuralBalance.frustration(graph, 40, 1_000_000);
		assertEquals(0, result.frustration());
		assertTrue(result.exact());
		assertEquals(1.0, result.normalized(graph.edgeCount()));
		int[] side = result.side();
		for (int i = 1; i < 3; i++) {
			assertEquals(side[0], side[i], "the Entente is one camp");
			assertEquals(side[3], side[3 + i], "the Triple Alliance is one camp");
		}
		assertNotEquals(side[0], side[3]);
	}

	@Test
	void trianglesWithOneOrTwoNegativeEdges() {
		SignedGraph one = new SignedGraph(3);
		one.set(0, 1, 1);
		one.set(1, 2, 1);
		one.set(0, 2, -1);
		assertEquals(0.0, StructuralBalance.balancedTriadShare(one));
		assertEquals(1, StructuralBalance.frustration(one, 40, 1_000).frustration());
		SignedGraph two = new SignedGraph(3);
		two.set(0, 1, 1);
		two.set(1, 2, -1);
		two.set(0, 2, -1);
		assertEquals(1.0, StructuralBalance.balancedTriadShare(two));
		assertEquals(0, StructuralBalance.frustration(two, 40, 1_000).frustration());
	}

	@Test
	void branchAndBoundMatchesBruteForceOnRandomGraphs() {
		Random random = new Random(42);
		for (int round = 0; round < 30; round++) {
			int n = 6 + random.nextInt(9);
			SignedGraph graph = new SignedGraph(n);
			for (int a = 0; a < n; a++) {
				for (int b = a + 1; b < n; b++) {
					if (random.nextDouble() < 0.5) {
						graph.set(a, b, random.nextBoolean() ? 1 : -1);
					}
				}
			}
			int brute = Integer.MAX_VALUE;
			for (int mask = 0; mask < 1 << n; mask++) {
				int[] side = new int[n];
				for (int i = 0; i < n; i++) {
					side[i] = mask >> i & 1;
				}
				brute = Math.min(brute, graph.frustrated(side));
			}
			StructuralBalance.Result result = StructuralBalance.frustration(graph, 40, 10_000_000);
			assertTrue(result.exact());
			assertEquals(brute, result.frustration(), graph::toString);
			assertEquals(brute, graph.frustrated(result.side()), "the reported split achieves the index");
		}
	}


	@Test
	void realSizedMostlyBalancedSystemsAreSolvedExactly() {
		for (long seed = 1; seed <= 3; seed++) {
			SignedGraph graph = SyntheticSystems.planted(150, 1000, 0.03, seed);
			StructuralBalance.Result result = StructuralBalance.frustration(graph, 40, 10_000_000);
			assertTrue(result.exact(), "proven optimal by the cycle lower bound, seed " + seed);
			assertEquals(graph.frustrated(result.side()), result.frustration());
			assertTrue(result.frustration() <= 0.06 * 1000, "about 3 % of the ties: " + result.frustration());
			assertTrue(StructuralBalance.lowerBound(graph) <= result.frustration());
		}
	}

	@Test
	void triadsCountedFromAdjacencyMatchEveryTripleCounted() {
		Random random = new Random(17);
		for (int trial = 0; trial < 12; trial++) {
			int n = 20 + random.nextInt(50);
			double density = 0.05 + 0.6 * random.nextDouble();
			SignedGraph graph = new SignedGraph(n);
			for (int a = 0; a < n; a++) {
				for (int b = a + 1; b < n; b++) {
					if (random.nextDouble() < density) {
						graph.set(a, b, random.nextDouble() < 0.6 ? 1 : -1);
					}
				}
			}
			long closed = 0;
			long balanced = 0;
			for (int a = 0; a < n; a++) {
				for (int b = a + 1; b < n; b++) {
					for (int c = b + 1; c < n; c++) {
						int product = graph.sign(a, b) * graph.sign(a, c) * graph.sign(b, c);
						if (product != 0) {
							closed++;
							balanced += product > 0 ? 1 : 0;
						}
					}
				}
			}
			assertEquals(closed, StructuralBalance.closedTriads(graph), "trial " + trial);
			assertEquals(closed == 0 ? 1.0 : (double) balanced / closed, StructuralBalance.balancedTriadShare(graph),
					1e-15, "trial " + trial);
		}
	}

	@Test
	void aWorldOfThousandsOfStatesIsSolvedAndCanBeStopped() {
		// The size of a 30 MB scenario's year: 5,000 states, 20,000 signed ties, one big component.
		SignedGraph graph = SyntheticSystems.planted(5000, 20000, 0.1, 3);
		StructuralBalance.Result result = StructuralBalance.frustration(graph, 40, 1_000_000);
		assertEquals(graph.frustrated(result.side()), result.frustration(), "the split achieves the value reported");
		int lower = StructuralBalance.lowerBound(graph);
		assertTrue(lower <= result.frustration(), lower + " > " + result.frustration());
		assertEquals(lower, result.lowerBound(), "the bound gathered component by component is the whole graph's");
		// Three random-sign components whose nodes interleave (node i belongs to component i % 3).
		Random random = new Random(23);
		SignedGraph union = new SignedGraph(600);
		while (union.edgeCount() < 3000) {
			int a = random.nextInt(600);
			int b = (random.nextInt(200) * 3) + a % 3;
			if (a != b) {
				union.set(a, b, random.nextBoolean() ? 1 : -1);
			}
		}
		assertEquals(StructuralBalance.lowerBound(union), StructuralBalance.frustration(union, 40, 1_000).lowerBound());
		assertTrue(result.frustration() <= 0.25 * graph.edgeCount(), "far better than a random split (50 %): " + result.frustration());
		assertTrue(StructuralBalance.closedTriads(graph) >= 0);

		int[] calls = { 0 };
		assertThrows(CancellationException.class,
				() -> StructuralBalance.frustration(graph, 40, 1_000_000, () -> ++calls[0] > 3));
		assertThrows(CancellationException.class, () -> StructuralBalance.lowerBound(graph, () -> true));
		assertThrows(CancellationException.class, () -> StructuralBalance.closedTriads(graph, () -> true));
	}

	@Test
	void tauBFromTheContingencyTableEqualsTauBOfTheVectors() {
		Random random = new Random(5);
		for (int trial = 0; trial < 200; trial++) {
			int n = 1 + random.nextInt(40);
			double[] a = new double[n];
			double[] b = new double[n];
			int[][] table = new int[4][4];
			for (int k = 0; k < n; k++) {
				// mostly zero, as portfolios are
				a[k] = random.nextDouble() < 0.6 ? 0 : random.nextInt(4);
				b[k] = random.nextDouble() < 0.6 ? 0 : random.nextInt(4);
				table[(int) a[k]][(int) b[k]]++;
			}
			assertEquals(PortfolioSimilarity.kendallTauB(a, b), PortfolioSimilarity.kendallTauB(table), 1e-12,
					"trial " + trial);
		}
	}

	@Test
	void theLandscapeDescentEndsInATrueLocalMinimumAndCanBeStopped() {
		Random random = new Random(11);
		int n = 400;
		double[] size = new double[n];
		double[][] propensity = new double[n][n];
		for (int i = 0; i < n; i++) {
			size[i] = random.nextDouble() / n;
			for (int j = i + 1; j < n; j++) {
				propensity[i][j] = propensity[j][i] = random.nextGaussian();
			}
		}
		Landscape.Minimum minimum = Landscape.localSearchMinimum(size, propensity, 5, 1);
		assertEquals(Landscape.energy(size, propensity, minimum.side()), minimum.energy(), 1e-12);
		for (int actor = 0; actor < n; actor++) {
			int[] flipped = minimum.side().clone();
			flipped[actor] ^= 1;
			assertTrue(Landscape.energy(size, propensity, flipped) >= minimum.energy() - 1e-9,
					"flipping actor " + actor + " would lower the energy: not a local minimum");
		}
		double[] small = java.util.Arrays.copyOf(size, 16);
		double[][] smallPropensity = new double[16][];
		for (int i = 0; i < 16; i++) {
			smallPropensity[i] = java.util.Arrays.copyOf(propensity[i], 16);
		}
		assertTrue(Landscape.localSearchMinimum(small, smallPropensity, 20, 1).energy() >= Landscape
				.exhaustiveMinimum(small, smallPropensity).energy() - 1e-12, "no descent beats the global minimum");
		assertThrows(CancellationException.class,
				() -> Landscape.localSearchMinimum(size, propensity, 5, 1, () -> true));
	}

	@Test
	void signorinoRitterPublishedExample() {
		double[] a = { 3, 3, 2, 2 };
		double[] b = { 2, 2, 3, 3 };
		double[] weights = { 0.5, 0.3, 0.1, 0.1 };
		assertEquals(1.0 / 3, PortfolioSimilarity.signorinoRitter(a, b, weights, 3), 1e-12);
		assertEquals(1.0, PortfolioSimilarity.signorinoRitter(a, a, weights, 3), 1e-12);
		double[] none = { 0, 0, 0, 0 };
		double[] all = { 3, 3, 3, 3 };
		assertEquals(-1.0, PortfolioSimilarity.signorinoRitter(none, all, new double[] { 1, 1, 1, 1 }, 3), 1e-12);
	}

	@Test
	void kendallTauBWithAndWithoutTies() {
		double[] up = { 1, 2, 3, 4 };
		assertEquals(1.0, PortfolioSimilarity.kendallTauB(up, up), 1e-12);
		assertEquals(-1.0, PortfolioSimilarity.kendallTauB(up, new double[] { 4, 3, 2, 1 }), 1e-12);
		// pairs: (0,1) tied in a only; (0,2) and (1,2) concordant: tau-b = 2 / sqrt(3 * 2)
		assertEquals(2 / Math.sqrt(6), PortfolioSimilarity.kendallTauB(new double[] { 1, 1, 2 }, new double[] { 1, 2, 3 }),
				1e-12);
	}

	@Test
	void landscapeFindsTheMinimumEnergySplit() {
		double[] size = { 1, 1, 1 };
		double[][] propensity = { { 0, 1, -1 }, { 1, 0, -1 }, { -1, -1, 0 } };
		Landscape.Minimum minimum = Landscape.exhaustiveMinimum(size, propensity);
		assertEquals(-2.0, minimum.energy(), 1e-12);
		assertArrayEquals(new int[] { 0, 0, 1 }, minimum.side());
		assertEquals(minimum.energy(), Landscape.energy(size, propensity, minimum.side()), 1e-12);
	}

	@Test
	void localSearchReachesTheGlobalMinimumOnSmallSystems() {
		Random random = new Random(11);
		int n = 14;
		double[] size = random.doubles(n, 0.01, 1).toArray();
		double[][] propensity = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				propensity[i][j] = propensity[j][i] = random.nextDouble() * 2 - 1;
			}
		}
		assertEquals(Landscape.exhaustiveMinimum(size, propensity).energy(),
				Landscape.localSearchMinimum(size, propensity, 50, 1).energy(), 1e-9);
	}

	@Test
	void exhaustiveLandscapeAgreesWithDirectEnergyOnRandomSystems() {
		Random random = new Random(7);
		int n = 12;
		double[] size = random.doubles(n, 0.01, 1).toArray();
		double[][] propensity = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				propensity[i][j] = propensity[j][i] = random.nextDouble() * 2 - 1;
			}
		}
		Landscape.Minimum minimum = Landscape.exhaustiveMinimum(size, propensity);
		double brute = Double.MAX_VALUE;
		for (int mask = 0; mask < 1 << (n - 1); mask++) {
			int[] side = new int[n];
			for (int i = 1; i < n; i++) {
				side[i] = mask >> (i - 1) & 1;
			}
			brute = Math.min(brute, Landscape.energy(size, propensity, side));
		}
		assertEquals(brute, minimum.energy(), 1e-9);
	}
}
