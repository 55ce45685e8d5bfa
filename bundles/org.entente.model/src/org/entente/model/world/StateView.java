package org.entente.model.world;

import org.entente.model.RegimeType;
import org.entente.model.State;

/**
 * A state as it is in one year.
 *
 * @param state      the model element
 * @param capability its capability that year, or {@code null} when the scenario gives none yet
 * @param majorPower whether one of its major-power spells covers the year
 * @param regime     its regime type that year, or {@code null} when none is given
 */
public record StateView(State state, Capability capability, boolean majorPower, RegimeType regime) {

	/** The state's code, e.g. {@code USA}. */
	public String code() {
		return state.getName();
	}
}
