package org.entente.model.world;

import org.entente.model.State;
import org.entente.model.Threat;

/**
 * A perceived threat in one year.
 *
 * @param threat    the model element
 * @param perceiver the state that perceives the threat
 * @param target    the state perceived as threatening
 * @param level     the level that year, 0..1
 */
public record ThreatView(Threat threat, State perceiver, State target, double level) {
}
