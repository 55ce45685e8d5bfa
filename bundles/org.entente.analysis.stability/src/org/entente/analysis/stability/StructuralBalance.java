package org.entente.analysis.stability;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

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
 * <p>
 * Everything but the branch and bound works on the graph's adjacency lists, so its cost grows with the edges
 * (triads with the edges times the degree) rather than with powers of the nodes: a world of thousands of states is
 * solved in seconds. The sparse code visits nodes and neighbours in the order the dense code did, so results are
 * the same. Long computations take a {@code stop} test and end with a {@link CancellationException} when it holds.
 */
public final class StructuralBalance {

	private StructuralBalance() {
	}

	/** Share of closed triads (three mutually connected nodes) whose sign product is positive; 1 when none. */
	public static double balancedTriadShare(SignedGraph graph) {
		return balancedTriadShare(graph, () -> false);
	}

	/** {@link #balancedTriadShare(SignedGraph)}, ending with a {@link CancellationException} when {@code stop} holds. */
	public static double balancedTriadShare(SignedGraph graph, BooleanSupplier stop) {
		long[] triads = triads(graph, stop);
		return triads[0] == 0 ? 1.0 : (double) triads[1] / triads[0];
	}

	/** Number of closed triads. */
	public static long closedTriads(SignedGraph graph) {
		return closedTriads(graph, () -> false);
	}

	/** {@link #closedTriads(SignedGraph)}, ending with a {@link CancellationException} when {@code stop} holds. */
	public static long closedTriads(SignedGraph graph, BooleanSupplier stop) {
		return triads(graph, stop)[0];
	}

	/**
	 * The closed triads and the balanced ones among them: each triangle {@code a < b < c} once, from its edge
	 * {@code a-b} and the common neighbours {@code c > b} of {@code a} and {@code b} (a merge of sorted lists).
	 */
	private static long[] triads(SignedGraph graph, BooleanSupplier stop) {
		long closed = 0;
		long balanced = 0;
		int n = graph.nodes();
		for (int a = 0; a < n; a++) {
			checkStop(stop);
			int[] aNeighbours = graph.neighbours(a);
			for (int b : aNeighbours) {
				if (b <= a) {
					continue;
				}
				int[] bNeighbours = graph.neighbours(b);
				int i = 0;
				int j = 0;
				while (i < aNeighbours.length && j < bNeighbours.length) {
					int x = aNeighbours[i];
					int y = bNeighbours[j];
					if (x < y) {
						i++;
					} else if (y < x) {
						j++;
					} else {
						if (x > b) {
							closed++;
							if (graph.sign(a, b) * graph.sign(a, x) * graph.sign(b, x) > 0) {
								balanced++;
							}
						}
						i++;
						j++;
					}
				}
			}
		}
		return new long[] { closed, balanced };
	}

	/**
	 * The frustration index and a best split.
	 *
	 * @param frustration the number of frustrated edges of {@code side}
	 * @param side        the camp (0 or 1) of each node; the camp of the largest component's first node is 0
	 * @param exact       whether {@code frustration} is proven minimal
	 * @param lowerBound  {@link #lowerBound(SignedGraph)} of the graph, summed over its components as they were solved
	 *                    (the unbalanced cycles of a graph lie within its components, found in the same order)
	 */
	public record Result(int frustration, int[] side, boolean exact, int lowerBound) {
		/** F = 1 - L / (m / 2): 1 for a balanced graph. */
		public double normalized(int edges) {
			return edges == 0 ? 1.0 : 1.0 - frustration / (edges / 2.0);
		}
	}

	/** Solves the frustration index; see the class comment for exactness. */
	public static Result frustration(SignedGraph graph, int exactLimit, long nodeBudget) {
		return frustration(graph, exactLimit, nodeBudget, () -> false);
	}

	/**
	 * Solves the frustration index; see the class comment for exactness.
	 *
	 * @param stop tested now and then; when it holds, the search ends with a {@link CancellationException}
	 */
	public static Result frustration(SignedGraph graph, int exactLimit, long nodeBudget, BooleanSupplier stop) {
		int n = graph.nodes();
		int[] side = new int[n];
		int[] component = components(graph);
		int components = Arrays.stream(component).max().orElse(-1) + 1;
		int[][] members = new int[components][];
		int[] sizes = new int[components];
		for (int c : component) {
			sizes[c]++;
		}
		for (int c = 0; c < components; c++) {
			members[c] = new int[sizes[c]];
		}
		int[] filled = new int[components];
		for (int i = 0; i < n; i++) {
			members[component[i]][filled[component[i]]++] = i;
		}
		boolean exact = true;
		int total = 0;
		int lower = 0;
		for (int c = 0; c < components; c++) {
			checkStop(stop);
			ComponentSolution solution = solveComponent(graph.induced(members[c]), exactLimit, nodeBudget, stop);
			for (int i = 0; i < members[c].length; i++) {
				side[members[c][i]] = solution.side[i];
			}
			total += solution.frustration;
			lower += solution.lowerBound;
			exact &= solution.exact;
		}
		return new Result(total, side, exact, lower);
	}

	private record ComponentSolution(int frustration, int[] side, boolean exact, int lowerBound) {
	}

	private static ComponentSolution solveComponent(SignedGraph component, int exactLimit, long nodeBudget,
			BooleanSupplier stop) {
		int k = component.nodes();
		int[] best = localSearch(component, 20, new Random(k * 7919L), stop);
		int bestValue = component.frustrated(best);
		// A balanced component has no unbalanced cycle: its bound is 0 without looking for one.
		int lower = bestValue == 0 ? 0 : lowerBound(component, stop);
		if (bestValue <= lower) {
			return new ComponentSolution(bestValue, best, true, lower);
		}
		if (k > exactLimit) {
			return new ComponentSolution(bestValue, best, false, lower);
		}
		// Only components the branch and bound may search are made dense: k is at most exactLimit.
		int[][] sign = new int[k][k];
		for (int[] edge : component.edges()) {
			sign[edge[0]][edge[1]] = sign[edge[1]][edge[0]] = component.sign(edge[0], edge[1]);
		}
		BranchAndBound search = new BranchAndBound(sign, bestValue, best, nodeBudget, stop);
		search.run();
		return new ComponentSolution(search.bestValue, search.best, !search.exhausted, lower);
	}

	/** Exhaustive search over 2-colorings in degree order, pruned by the frustration of the edges already decided. */
	private static final class BranchAndBound {
		private final int[][] sign;
		private final int[] order;
		private final int[] side;
		private final long budget;
		private final BooleanSupplier stop;
		int bestValue;
		int[] best;
		boolean exhausted;
		private long visited;

		BranchAndBound(int[][] sign, int bestValue, int[] best, long budget, BooleanSupplier stop) {
			this.sign = sign;
			this.stop = stop;
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
			if ((visited & 0xFFFFF) == 0) {
				checkStop(stop);
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

	/**
	 * Multi-start steepest descent: flip the node that removes the most frustration (the first such node) until none
	 * does. The gain of each node is kept up to date as its neighbours flip, so a flip costs a scan of the gains and
	 * the flipped node's degree, not a pass over every edge.
	 */
	static int[] localSearch(SignedGraph graph, int starts, Random random, BooleanSupplier stop) {
		int k = graph.nodes();
		int[][] neighbours = new int[k][];
		int[][] signs = new int[k][];
		for (int i = 0; i < k; i++) {
			neighbours[i] = graph.neighbours(i);
			signs[i] = new int[neighbours[i].length];
			for (int e = 0; e < neighbours[i].length; e++) {
				signs[i][e] = graph.sign(i, neighbours[i][e]);
			}
		}
		int[] best = new int[k];
		int bestValue = Integer.MAX_VALUE;
		int[] gain = new int[k];
		for (int start = 0; start < starts; start++) {
			checkStop(stop);
			int[] side = new int[k];
			if (start > 0) {
				for (int i = 0; i < k; i++) {
					side[i] = random.nextInt(2);
				}
			} else {
				propagate(neighbours, signs, side);
			}
			for (int i = 0; i < k; i++) {
				gain[i] = flipGain(neighbours[i], signs[i], side, i);
			}
			long flips = 0;
			while (true) {
				int bestGain = 0;
				int bestNode = -1;
				for (int i = 0; i < k; i++) {
					if (gain[i] > bestGain) {
						bestGain = gain[i];
						bestNode = i;
					}
				}
				if (bestNode < 0) {
					break;
				}
				side[bestNode] ^= 1;
				gain[bestNode] = -gain[bestNode];
				for (int e = 0; e < neighbours[bestNode].length; e++) {
					int other = neighbours[bestNode][e];
					// The edge's state flipped: frustrated became satisfied or the reverse, for the neighbour too.
					boolean frustratedNow = (side[bestNode] == side[other]) != (signs[bestNode][e] > 0);
					gain[other] += frustratedNow ? 2 : -2;
				}
				if ((++flips & 0x3FF) == 0) {
					checkStop(stop);
				}
			}
			int value = graph.frustrated(side);
			if (value < bestValue) {
				bestValue = value;
				best = side.clone();
			}
		}
		return best;
	}

	/** A first coloring by breadth-first propagation of signs, neighbours in increasing order: exact for balanced graphs. */
	private static void propagate(int[][] neighbours, int[][] signs, int[] side) {
		int k = neighbours.length;
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
				for (int e = 0; e < neighbours[node].length; e++) {
					int other = neighbours[node][e];
					if (!seen[other]) {
						seen[other] = true;
						side[other] = signs[node][e] > 0 ? side[node] : 1 - side[node];
						queue[tail++] = other;
					}
				}
			}
		}
	}

	/** How many frustrated edges flipping {@code node} removes (negative when it adds some). */
	private static int flipGain(int[] neighbours, int[] signs, int[] side, int node) {
		int gain = 0;
		for (int e = 0; e < neighbours.length; e++) {
			boolean frustratedNow = (side[node] == side[neighbours[e]]) != (signs[e] > 0);
			gain += frustratedNow ? 1 : -1;
		}
		return gain;
	}

	/**
	 * A lower bound of the frustration index: the number of edge-disjoint unbalanced cycles (each needs at least one
	 * frustrated edge), found greedily, unbalanced triangles first, then cycles closed by sign conflicts of a
	 * breadth-first 2-coloring of the unused edges. When it meets the local-search value, that value is optimal.
	 */
	public static int lowerBound(SignedGraph graph) {
		return lowerBound(graph, () -> false);
	}

	/** {@link #lowerBound(SignedGraph)}, ending with a {@link CancellationException} when {@code stop} holds. */
	public static int lowerBound(SignedGraph graph, BooleanSupplier stop) {
		int k = graph.nodes();
		Set<Long> used = new HashSet<>();
		int cycles = 0;
		for (int a = 0; a < k; a++) {
			checkStop(stop);
			int[] aNeighbours = graph.neighbours(a);
			for (int b : aNeighbours) {
				if (b <= a || used.contains(edge(k, a, b))) {
					continue;
				}
				for (int c : graph.neighbours(b)) {
					if (c <= b || graph.sign(a, c) == 0) {
						continue;
					}
					if (!used.contains(edge(k, a, c)) && !used.contains(edge(k, b, c))
							&& !used.contains(edge(k, a, b)) && graph.sign(a, b) * graph.sign(a, c) * graph.sign(b, c) < 0) {
						used.add(edge(k, a, b));
						used.add(edge(k, a, c));
						used.add(edge(k, b, c));
						cycles++;
					}
				}
			}
		}
		while (conflictCycle(graph, used)) {
			checkStop(stop);
			cycles++;
		}
		return cycles;
	}

	private static long edge(int nodes, int a, int b) {
		return (long) Math.min(a, b) * nodes + Math.max(a, b);
	}

	/**
	 * Marks the edges of one unbalanced cycle among the unused edges as used and says so, or says that the unused
	 * edges are balanced.
	 */
	private static boolean conflictCycle(SignedGraph graph, Set<Long> used) {
		int k = graph.nodes();
		int[] side = new int[k];
		int[] parent = new int[k];
		int[] depth = new int[k];
		Arrays.fill(parent, -2);
		for (int root = 0; root < k; root++) {
			if (parent[root] != -2) {
				continue;
			}
			parent[root] = -1;
			ArrayDeque<Integer> queue = new ArrayDeque<>();
			queue.add(root);
			while (!queue.isEmpty()) {
				int u = queue.poll();
				for (int v : graph.neighbours(u)) {
					if (used.contains(edge(k, u, v))) {
						continue;
					}
					int expected = graph.sign(u, v) > 0 ? side[u] : 1 - side[u];
					if (parent[v] == -2) {
						parent[v] = u;
						depth[v] = depth[u] + 1;
						side[v] = expected;
						queue.add(v);
					} else if (parent[u] != v && side[v] != expected) {
						// the tree paths from u and v to their common ancestor, plus u-v, form an unbalanced cycle
						used.add(edge(k, u, v));
						int a = u;
						int b = v;
						while (a != b) {
							if (depth[a] >= depth[b]) {
								used.add(edge(k, a, parent[a]));
								a = parent[a];
							} else {
								used.add(edge(k, b, parent[b]));
								b = parent[b];
							}
						}
						return true;
					}
				}
			}
		}
		return false;
	}

	private static void checkStop(BooleanSupplier stop) {
		if (stop.getAsBoolean()) {
			throw new CancellationException("stopped");
		}
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
