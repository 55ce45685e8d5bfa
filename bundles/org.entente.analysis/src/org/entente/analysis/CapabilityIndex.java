package org.entente.analysis;

import java.util.Collection;
import java.util.Map;

import org.entente.model.State;
import org.entente.model.world.StateView;
import org.entente.model.world.World;

/**
 * The Correlates of War capability index, now beside the capabilities it is computed from.
 *
 * @deprecated since 1.1: use {@link org.entente.model.world.CapabilityIndex}, which needs no analysis framework.
 */
@Deprecated(since = "1.1")
public final class CapabilityIndex {

	private CapabilityIndex() {
	}

	/** See {@link org.entente.model.world.CapabilityIndex#of(World)}. */
	public static Map<State, Double> of(World world) {
		return org.entente.model.world.CapabilityIndex.of(world);
	}

	/** See {@link org.entente.model.world.CapabilityIndex#of(Collection)}. */
	public static Map<State, Double> of(Collection<StateView> system) {
		return org.entente.model.world.CapabilityIndex.of(system);
	}
}
