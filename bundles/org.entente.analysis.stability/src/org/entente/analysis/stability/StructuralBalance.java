package org.entente.analysis.stability;

import java.util.Arrays;
import java.util.Random;

/**
 * Structural balance of a signed graph (Heider 1946; Cartwright and Harary 1956): the share of balanced closed
 * triads, and the frustration index L(G), the least number of edges whose removal (or sign change) leaves a graph
 * that splits into two camps with only positive edges inside and negative edges between (Aref and Wilson 2018).
 *
 * <p>
 * L(G) is NP-hard in general. {@link #frustration(SignedGraph, int, long)} solves it exactly by branch and bound,
 * component by component, for components up to {@code exactLimit} nodes, starting from the best of several
 * local-search runs; larger components, or a search that exceeds its node budget, keep the local-search value and
 * the result says it is an upper bound, not a proven optimum.
 */
public final class StructuralBalance {

	private StructuralBalance() {
	}

	/** Share of closed triads (three mutually connected nodes) whose sign product is positive; 1 when none. */
	public static double balancedTriadShare(SignedGraph graph) {
		long closed = 0;
		long balanced = 0;
		int n = graph.nodes();
		for (int a = 0; a < n; a++) {
			for (int b = a + 1; b < n; b++) {
				if (graph.sign(a, b) == 0) {
					continue;
				}
				for (int c = b + 1; c < n; c++) {
					if (graph.sign(a, c) != 0 && graph.sign(b, c) != 0) {
						closed++;
						if (graph.sign(a, b) * graph.sign(a, c) * graph.sign(b, c) > 0) {
							balanced++;
						}
					}
				}
			}
		}
		return closed == 0 ? 1.0 : (double) balanced / closed;
	}

	/** Number of closed triads. */
	public static long closedTriads(SignedGraph graph) {
		long closed = 0;
		int n = graph.nodes();
		for (int a = 0; a < n; a++) {
			for (int b = a + 1; b < n; b++) {
				if (graph.sign(a, b) != 0) {
					for (int c = b + 1; c < n; c++) {
						if (graph.sign(a, c) != 0 && graph.sign(b, c) != 0) {
							closed++;
						}
					}
				}
			}
		}
		return closed;
	}

	/**
	 * The frustration index and a best split.
	 *
	 * @param frustration the number of frustrated edges of {@code side}
	 * @param side        the camp (0 or 1) of each node; the camp of the largest component's first node is 0
	 * @param exact       whether {@code frustration} is proven minimal
	 */
	public record Result(int frustration, int[] side, boolean exact) {
		/** F = 1 - L / (m / 2): 1 for a balanced graph. */
		public double normalized(int edges) {
			return edges == 0 ? 1.0 : 1.0 - frustration / (edges / 2.0);
		}
	}

	/** Solves the frustration index; see the class comment for exactness. */
	public static Result frustration(SignedGraph graph, int exactLimit, long nodeBudget) {
		int n = graph.nodes();
		int[] side = new int[n];
		int[] component = components(graph);
		boolean exact = true;
		int total = 0;
		int components = Arrays.stream(component).max().orElse(-1) + 1;
		for (int c = 0; c < components; c++) {
			int cc = c;
			int[] members = java.util.stream.IntStream.range(0, n).filter(i -> component[i] == cc).toArray();
			ComponentSolution solution = solveComponent(graph, members, exactLimit, nodeBudget);
			for (int i = 0; i < members.length; i++) {
				side[members[i]] = solution.side[i];
			}
			total += solution.frustration;
			exact &= solution.exact;
		}
		return new Result(total, side, exact);
	}

	private record ComponentSolution(int frustration, int[] side, boolean exact) {
	}

	private static ComponentSolution solveComponent(SignedGraph graph, int[] members, int exactLimit,
			long nodeBudget) {
		int k = members.length;
		int[][] sign = new int[k][k];
		for (int i = 0; i < k; i++) {
			for (int j = 0; j < k; j++) {
				sign[i][j] = graph.sign(members[i], members[j]);
			}
		}
		int[] best = localSearch(sign, 20, new Random(k * 7919L));
		int bestValue = frustrated(sign, best);
		if (bestValue == 0 || bestValue <= lowerBound(sign)) {
			return new ComponentSolution(bestValue, best, true);
		}
		if (k > exactLimit) {
			return new ComponentSolution(bestValue, best, false);
		}
		BranchAndBound search = new BranchAndBound(sign, bestValue, best, nodeBudget);
		search.run();
		return new ComponentSolution(search.bestValue, search.best, !search.exhausted);
	}

	/** Exhaustive search over 2-colorings in degree order, pruned by the frustration of the edges already decided. */
	private static final class BranchAndBound {
		private final int[][] sign;
		private final int[] order;
		private final int[] side;
		private final long budget;
		int bestValue;
		int[] best;
		boolean exhausted;
		private long visited;

		BranchAndBound(int[][] sign, int bestValue, int[] best, long budget) {
			this.sign = sign;
			this.bestValue = bestValue;
			this.best = best.clone();
			this.budget = budget;
			int k = sign.length;
			Integer[] byDegree = new Integer[k];
			for (int i = 0; i < k; i++) {
				byDegree[i] = i;
			}
			Arrays.sort(byDegree, (a, b) -> Integer.compare(degree(b), degree(a)));
			order = Arrays.stream(byDegree).mapToInt(Integer::intValue).toArray();
			side = new int[k];
		}

		private int degree(int node) {
			int d = 0;
			for (int other = 0; other < sign.length; other++) {
				if (sign[node][other] != 0) {
					d++;
				}
			}
			return d;
		}

		void run() {
			side[order[0]] = 0; // the first node's camp is fixed: colorings come in mirrored pairs
			descend(1, 0);
		}

		private void descend(int depth, int cost) {
			if (cost >= bestValue || exhausted) {
				return;
			}
			if (++visited > budget) {
				exhausted = true;
				return;
			}
			if (depth == order.length) {
				bestValue = cost;
				best = side.clone();
				return;
			}
			int node = order[depth];
			for (int camp = 0; camp <= 1; camp++) {
				side[node] = camp;
				int added = 0;
				for (int d = 0; d < depth; d++) {
					int other = order[d];
					int s = sign[node][other];
					if (s != 0 && (side[other] == camp) != (s > 0)) {
						added++;
					}
				}
				descend(depth + 1, cost + added);
			}
		}
	}

	/** Multi-start greedy local search: flip the node that removes the most frustration until none does. */
	static int[] localSearch(int[][] sign, int starts, Random random) {
		int k = sign.length;
		int[] best = new int[k];
		int bestValue = Integer.MAX_VALUE;
		for (int start = 0; start < starts; start++) {
			int[] side = new int[k];
			if (start > 0) {
				for (int i = 0; i < k; i++) {
					side[i] = random.nextInt(2);
				}
			} else {
				propagate(sign, side);
			}
			boolean improved = true;
			while (improved) {
				improved = false;
				int bestGain = 0;
				int bestNode = -1;
				for (int i = 0; i < k; i++) {
					int gain = flipGain(sign, side, i);
					if (gain > bestGain) {
						bestGain = gain;
						bestNode = i;
					}
				}
				if (bestNode >= 0) {
					side[bestNode] ^= 1;
					improved = true;
				}
			}
			int value = frustrated(sign, side);
			if (value < bestValue) {
				bestValue = value;
				best = side.clone();
			}
		}
		return best;
	}

	/** A first coloring by breadth-first propagation of signs: exact for balanced graphs. */
	private static void propagate(int[][] sign, int[] side) {
		int k = sign.length;
		boolean[] seen = new boolean[k];
		int[] queue = new int[k];
		for (int root = 0; root < k; root++) {
			if (seen[root]) {
				continue;
			}
			int head = 0;
			int tail = 0;
			queue[tail++] = root;
			seen[root] = true;
			while (head < tail) {
				int node = queue[head++];
				for (int other = 0; other < k; other++) {
					if (sign[node][other] != 0 && !seen[other]) {
						seen[other] = true;
						side[other] = sign[node][other] > 0 ? side[node] : 1 - side[node];
						queue[tail++] = other;
					}
				}
			}
		}
	}

	private static int flipGain(int[][] sign, int[] side, int node) {
		int gain = 0;
		for (int other = 0; other < sign.length; other++) {
			int s = sign[node][other];
			if (s != 0) {
				boolean frustratedNow = (side[node] == side[other]) != (s > 0);
				gain += frustratedNow ? 1 : -1;
			}
		}
		return gain;
	}

	private static int frustrated(int[][] sign, int[] side) {
		int count = 0;
		for (int i = 0; i < sign.length; i++) {
			for (int j = i + 1; j < sign.length; j++) {
				if (sign[i][j] != 0 && (side[i] == side[j]) != (sign[i][j] > 0)) {
					count++;
				}
			}
		}
		return count;
	}

	/**
	 * A lower bound of the frustration index: the number of edge-disjoint unbalanced cycles (each needs at least one
	 * frustrated edge), found greedily, unbalanced triangles first, then cycles closed by sign conflicts of a
	 * breadth-first 2-coloring of the unused edges. When it meets the local-search value, that value is optimal.
	 */
	public static int lowerBound(SignedGraph graph) {
		int n = graph.nodes();
		int[][] sign = new int[n][n];
		for (int a = 0; a < n; a++) {
			for (int b = 0; b < n; b++) {
				sign[a][b] = graph.sign(a, b);
			}
		}
		return lowerBound(sign);
	}

	private static int lowerBound(int[][] sign) {
		int k = sign.length;
		boolean[][] used = new boolean[k][k];
		int cycles = 0;
		for (int a = 0; a < k; a++) {
			for (int b = a + 1; b < k; b++) {
				if (sign[a][b] == 0 || used[a][b]) {
					continue;
				}
				for (int c = b + 1; c < k; c++) {
					if (sign[a][c] != 0 && sign[b][c] != 0 && !used[a][c] && !used[b][c] && !used[a][b]
							&& sign[a][b] * sign[a][c] * sign[b][c] < 0) {
						used[a][b] = used[b][a] = used[a][c] = used[c][a] = used[b][c] = used[c][b] = true;
						cycles++;
					}
				}
			}
		}
		while (true) {
			int[] conflict = conflictCycle(sign, used);
			if (conflict == null) {
				return cycles;
			}
			cycles++;
		}
	}

	/**
	 * Marks the edges of one unbalanced cycle among the unused edges as used and returns it (as a non-null marker),
	 * or returns {@code null} when the unused edges are balanced.
	 */
	private static int[] conflictCycle(int[][] sign, boolean[][] used) {
		int k = sign.length;
		int[] side = new int[k];
		int[] parent = new int[k];
		int[] depth = new int[k];
		java.util.Arrays.fill(parent, -2);
		for (int root = 0; root < k; root++) {
			if (parent[root] != -2) {
				continue;
			}
			parent[root] = -1;
			java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
			queue.add(root);
			while (!queue.isEmpty()) {
				int u = queue.poll();
				for (int v = 0; v < k; v++) {
					if (sign[u][v] == 0 || used[u][v]) {
						continue;
					}
					int expected = sign[u][v] > 0 ? side[u] : 1 - side[u];
					if (parent[v] == -2) {
						parent[v] = u;
						depth[v] = depth[u] + 1;
						side[v] = expected;
						queue.add(v);
					} else if (parent[u] != v && side[v] != expected) {
						// the tree paths from u and v to their common ancestor, plus u-v, form an unbalanced cycle
						used[u][v] = used[v][u] = true;
						int a = u;
						int b = v;
						while (a != b) {
							if (depth[a] >= depth[b]) {
								used[a][parent[a]] = used[parent[a]][a] = true;
								a = parent[a];
							} else {
								used[b][parent[b]] = used[parent[b]][b] = true;
								b = parent[b];
							}
						}
						return new int[] { u, v };
					}
				}
			}
		}
		return null;
	}

	/** Connected components: the component number of each node. */
	static int[] components(SignedGraph graph) {
		int n = graph.nodes();
		int[] component = new int[n];
		Arrays.fill(component, -1);
		int next = 0;
		for (int root = 0; root < n; root++) {
			if (component[root] >= 0) {
				continue;
			}
			java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
			stack.push(root);
			component[root] = next;
			while (!stack.isEmpty()) {
				int node = stack.pop();
				for (int other : graph.neighbours(node)) {
					if (component[other] < 0) {
						component[other] = next;
						stack.push(other);
					}
				}
			}
			next++;
		}
		return component;
	}
}
