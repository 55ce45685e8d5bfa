package org.entente.model.world;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;

import org.entente.model.State;

/**
 * Each state's capability index in one year, as the Correlates of War compute CINC: the mean of the state's shares
 * of the system totals of the six components (military expenditure and personnel, iron and steel, primary energy,
 * total and urban population), over the components the state has a value for. The system is the scenario's world
 * that year: with every state of the COW data the index equals the published CINC; with a subset (say, the great
 * powers) it is the share within that subset.
 *
 * <p>
 * A state whose capability is given only as a composite {@code score} keeps that score. A state with neither has no
 * index that year. Missing components (COW's -9) are simply absent and do not count in the mean.
 */
public final class CapabilityIndex {

	private CapabilityIndex() {
	}

	/** The index of every state of {@code world} that has one; the system is all the world's states. */
	public static Map<State, Double> of(World world) {
		return of(world.states());
	}

	/** The index of every state of {@code system} that has one; totals are taken over {@code system}. */
	public static Map<State, Double> of(Collection<StateView> system) {
		double[] totals = new double[Capability.COMPONENTS];
		for (StateView view : system) {
			Capability capability = view.capability();
			if (capability == null) {
				continue;
			}
			for (int c = 0; c < Capability.COMPONENTS; c++) {
				Double value = capability.component(c);
				if (value != null) {
					totals[c] += value;
				}
			}
		}
		Map<State, Double> index = new IdentityHashMap<>();
		for (StateView view : system) {
			Capability capability = view.capability();
			if (capability == null) {
				continue;
			}
			if (capability.hasComponents()) {
				double sum = 0;
				int counted = 0;
				for (int c = 0; c < Capability.COMPONENTS; c++) {
					Double value = capability.component(c);
					if (value != null) {
						sum += totals[c] > 0 ? value / totals[c] : 0;
						counted++;
					}
				}
				index.put(view.state(), sum / counted);
			} else if (capability.score() != null) {
				index.put(view.state(), capability.score());
			}
		}
		return index;
	}
}
