package org.entente.testing;

import java.util.Random;

import org.entente.analysis.stability.SignedGraph;

/** Seeded synthetic signed networks, for benchmarks and tests of the balance algorithms. */
public final class SyntheticSystems {

	private SyntheticSystems() {
	}

	/**
	 * {@code n} states split at random into two camps and {@code m} ties between random pairs: positive within a
	 * camp, negative across, except that a share {@code violating} of the ties has the opposite sign. With a small
	 * share this resembles real alignment networks (mostly balanced); with 0.5 the signs are random.
	 */
	public static SignedGraph planted(int n, int m, double violating, long seed) {
		Random random = new Random(seed);
		int[] camp = new int[n];
		for (int i = 0; i < n; i++) {
			camp[i] = random.nextInt(2);
		}
		SignedGraph graph = new SignedGraph(n);
		while (graph.edgeCount() < m) {
			int a = random.nextInt(n);
			int b = random.nextInt(n);
			if (a == b || graph.sign(a, b) != 0) {
				continue;
			}
			int sign = camp[a] == camp[b] ? 1 : -1;
			graph.set(a, b, random.nextDouble() < violating ? -sign : sign);
		}
		return graph;
	}
}
