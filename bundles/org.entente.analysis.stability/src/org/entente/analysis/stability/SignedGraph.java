package org.entente.analysis.stability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An undirected signed graph on nodes {@code 0..n-1}: each edge is positive (alliance, partnership) or negative
 * (rivalry, hostility). At most one edge joins two nodes.
 */
public final class SignedGraph {

	private final int nodes;
	private final int[][] sign;
	private final List<int[]> edges = new ArrayList<>();

	public SignedGraph(int nodes) {
		this.nodes = nodes;
		this.sign = new int[nodes][nodes];
	}

	/** Adds or replaces the edge {@code a-b} with sign +1 or -1 (0 removes it). */
	public void set(int a, int b, int edgeSign) {
		if (a == b) {
			throw new IllegalArgumentException("no self-edges");
		}
		int s = Integer.signum(edgeSign);
		boolean existed = sign[a][b] != 0;
		sign[a][b] = s;
		sign[b][a] = s;
		if (existed) {
			edges.removeIf(e -> e[0] == Math.min(a, b) && e[1] == Math.max(a, b));
		}
		if (s != 0) {
			edges.add(new int[] { Math.min(a, b), Math.max(a, b) });
		}
	}

	public int nodes() {
		return nodes;
	}

	/** The edge's sign, or 0 when there is no edge. */
	public int sign(int a, int b) {
		return sign[a][b];
	}

	/** The edges as pairs {@code {a, b}} with {@code a < b}. */
	public List<int[]> edges() {
		return edges;
	}

	/** Number of edges. */
	public int edgeCount() {
		return edges.size();
	}

	/** The neighbours of {@code node}. */
	public int[] neighbours(int node) {
		return java.util.stream.IntStream.range(0, nodes).filter(other -> sign[node][other] != 0).toArray();
	}

	/** Number of edges a 2-coloring ({@code side[i]} is 0 or 1) frustrates: positive across, negative within. */
	public int frustrated(int[] side) {
		int count = 0;
		for (int[] edge : edges) {
			boolean same = side[edge[0]] == side[edge[1]];
			if (same != (sign[edge[0]][edge[1]] > 0)) {
				count++;
			}
		}
		return count;
	}

	@Override
	public String toString() {
		return "SignedGraph[" + nodes + " nodes, " + edges.size() + " edges " + Arrays.deepToString(edges.toArray())
				+ "]";
	}
}
