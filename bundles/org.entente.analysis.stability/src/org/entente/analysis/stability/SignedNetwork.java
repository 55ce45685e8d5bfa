package org.entente.analysis.stability;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.entente.model.State;
import org.entente.model.world.StateView;

/**
 * The signed network of one year: the year's states as nodes, and an edge between two states whose relations
 * (alliances, ties, threats) add up to a positive or a negative sign, with the relations behind each edge.
 */
public final class SignedNetwork {

	private final List<StateView> states;
	private final Map<State, Integer> index = new IdentityHashMap<>();
	private final SignedGraph graph;
	private final Map<Long, List<String>> reasons;

	SignedNetwork(List<StateView> states, SignedGraph graph, Map<Long, List<String>> reasons) {
		this.states = List.copyOf(states);
		for (int i = 0; i < states.size(); i++) {
			index.put(states.get(i).state(), i);
		}
		this.graph = graph;
		this.reasons = new HashMap<>(reasons);
	}

	/** The nodes: the states of the year's world, in its order. */
	public List<StateView> states() {
		return states;
	}

	/** The graph over {@link #states()}' positions. */
	public SignedGraph graph() {
		return graph;
	}

	/** The position of {@code state}, or -1 when it is not in the year's world. */
	public int index(State state) {
		return index.getOrDefault(state, -1);
	}

	/** The relations behind the edge {@code i-j}, each a short sentence; empty when there is none. */
	public List<String> reasons(int i, int j) {
		return reasons.getOrDefault(key(i, j), List.of());
	}

	static long key(int i, int j) {
		return (long) Math.min(i, j) << 32 | Math.max(i, j);
	}
}
