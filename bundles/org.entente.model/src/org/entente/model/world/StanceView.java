package org.entente.model.world;

import org.entente.model.Objective;
import org.entente.model.State;

/**
 * A state's position on an objective in one year.
 *
 * @param objective the objective
 * @param state     the state taking the stance
 * @param position  signed position, -1 (opposes) .. 1 (supports)
 * @param weight    how much the objective matters to the state
 */
public record StanceView(Objective objective, State state, double position, double weight) {
}
