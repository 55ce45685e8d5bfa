package org.entente.analysis.stability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An undirected signed graph on nodes {@code 0..n-1}: each edge is positive (alliance, partnership) or negative
 * (rivalry, hostility). At most one edge joins two nodes.
 * <p>
 * Sparse: memory and the cost of {@link #neighbours(int)} grow with the edges, not with the square of the nodes, so a
 * world of thousands of states (a synthetic or imported history) fits and is walked in linear time.
 */
public final class SignedGraph {

	private final int nodes;
	/** Sign by edge key ({@link #key}), in the order the edges were first added. */
	private final Map<Long, Integer> signs = new LinkedHashMap<>();
	private List<int[]> edgeList;
	private int[][] adjacency;

	public SignedGraph(int nodes) {
		this.nodes = nodes;
	}

	private long key(int a, int b) {
		return (long) Math.min(a, b) * nodes + Math.max(a, b);
	}

	/** Adds or replaces the edge {@code a-b} with sign +1 or -1 (0 removes it). */
	public void set(int a, int b, int edgeSign) {
		if (a == b) {
			throw new IllegalArgumentException("no self-edges");
		}
		if (a < 0 || b < 0 || a >= nodes || b >= nodes) {
			throw new IndexOutOfBoundsException("node " + (a < 0 || a >= nodes ? a : b) + " of " + nodes);
		}
		int s = Integer.signum(edgeSign);
		long key = key(a, b);
		// A replaced edge moves to the end of the order.
		signs.remove(key);
		if (s != 0) {
			signs.put(key, s);
		}
		edgeList = null;
		adjacency = null;
	}

	public int nodes() {
		return nodes;
	}

	/** The edge's sign, or 0 when there is no edge. */
	public int sign(int a, int b) {
		if (a == b) {
			return 0;
		}
		Integer s = signs.get(key(a, b));
		return s == null ? 0 : s;
	}

	/** The edges as pairs {@code {a, b}} with {@code a < b}, in the order they were added; do not modify. */
	public List<int[]> edges() {
		if (edgeList == null) {
			List<int[]> list = new ArrayList<>(signs.size());
			for (long key : signs.keySet()) {
				list.add(new int[] { (int) (key / nodes), (int) (key % nodes) });
			}
			edgeList = list;
		}
		return edgeList;
	}

	/** Number of edges. */
	public int edgeCount() {
		return signs.size();
	}

	/** The neighbours of {@code node}, in increasing order; do not modify. */
	public int[] neighbours(int node) {
		return adjacency()[node];
	}

	/** Every node's neighbours in increasing order, built once per change of the graph. */
	private int[][] adjacency() {
		if (adjacency == null) {
			int[] degree = new int[nodes];
			for (int[] edge : edges()) {
				degree[edge[0]]++;
				degree[edge[1]]++;
			}
			int[][] lists = new int[nodes][];
			for (int i = 0; i < nodes; i++) {
				lists[i] = new int[degree[i]];
			}
			int[] filled = new int[nodes];
			for (int[] edge : edges()) {
				lists[edge[0]][filled[edge[0]]++] = edge[1];
				lists[edge[1]][filled[edge[1]]++] = edge[0];
			}
			for (int[] list : lists) {
				Arrays.sort(list);
			}
			adjacency = lists;
		}
		return adjacency;
	}

	/** Number of edges a 2-coloring ({@code side[i]} is 0 or 1) frustrates: positive across, negative within. */
	public int frustrated(int[] side) {
		int count = 0;
		for (Map.Entry<Long, Integer> edge : signs.entrySet()) {
			int a = (int) (edge.getKey() / nodes);
			int b = (int) (edge.getKey() % nodes);
			if ((side[a] == side[b]) != (edge.getValue() > 0)) {
				count++;
			}
		}
		return count;
	}

	/** The subgraph on {@code members} (node {@code i} of the result is {@code members[i]}). */
	SignedGraph induced(int[] members) {
		Map<Integer, Integer> index = new HashMap<>();
		for (int i = 0; i < members.length; i++) {
			index.put(members[i], i);
		}
		SignedGraph sub = new SignedGraph(members.length);
		for (int i = 0; i < members.length; i++) {
			for (int other : neighbours(members[i])) {
				Integer j = index.get(other);
				if (j != null && i < j) {
					sub.set(i, j, sign(members[i], other));
				}
			}
		}
		return sub;
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		for (int[] edge : edges()) {
			text.append(text.length() == 0 ? "" : ", ").append(edge[0]).append(sign(edge[0], edge[1]) > 0 ? "+" : "-")
					.append(edge[1]);
		}
		return "SignedGraph[" + nodes + " nodes, " + signs.size() + " edges: " + text + "]";
	}
}
