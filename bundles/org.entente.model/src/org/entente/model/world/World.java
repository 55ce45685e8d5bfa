package org.entente.model.world;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.entente.model.Scenario;
import org.entente.model.State;

/**
 * What a scenario says the world looks like in one year: the states with their capabilities, the alliances in force
 * and their members, and the ties, threats and stances in effect. Made by {@link WorldProjector#at(int)}; immutable.
 */
public final class World {

	private final Scenario scenario;
	private final int year;
	private final List<StateView> states;
	private final List<AllianceView> alliances;
	private final List<TieView> ties;
	private final List<ThreatView> threats;
	private final List<StanceView> stances;
	private final Map<State, StateView> byState;

	World(Scenario scenario, int year, List<StateView> states, List<AllianceView> alliances, List<TieView> ties,
			List<ThreatView> threats, List<StanceView> stances) {
		this.scenario = scenario;
		this.year = year;
		this.states = Collections.unmodifiableList(states);
		this.alliances = Collections.unmodifiableList(alliances);
		this.ties = Collections.unmodifiableList(ties);
		this.threats = Collections.unmodifiableList(threats);
		this.stances = Collections.unmodifiableList(stances);
		this.byState = new IdentityHashMap<>(states.size() * 2);
		for (StateView view : states) {
			byState.put(view.state(), view);
		}
	}

	/** The scenario (or variant) this world was projected from. */
	public Scenario scenario() {
		return scenario;
	}

	/** The year. */
	public int year() {
		return year;
	}

	/** The states present that year, in scenario order (base scenarios first). */
	public List<StateView> states() {
		return states;
	}

	/** The alliances in force that year, each with its members that year. */
	public List<AllianceView> alliances() {
		return alliances;
	}

	/** The ties in effect that year. */
	public List<TieView> ties() {
		return ties;
	}

	/** The threats perceived that year. */
	public List<ThreatView> threats() {
		return threats;
	}

	/** The stances held that year. */
	public List<StanceView> stances() {
		return stances;
	}

	/** The state's view that year, or {@code null} when the state is not present (for example removed by a variant). */
	public StateView state(State state) {
		return byState.get(state);
	}

	/** The state with this code that year, or {@code null}. */
	public StateView state(String code) {
		for (StateView view : states) {
			if (code.equals(view.code())) {
				return view;
			}
		}
		return null;
	}

	/** The alliance in force that year with this name, or {@code null}. */
	public AllianceView alliance(String name) {
		for (AllianceView view : alliances) {
			if (name.equals(view.alliance().getName())) {
				return view;
			}
		}
		return null;
	}
}
