package org.entente.model.world;

import org.entente.model.State;
import org.entente.model.Tie;
import org.entente.model.TieKind;

/**
 * A tie in effect in one year, after the changes a variant makes to it.
 *
 * @param tie      the model element
 * @param source   the first state (the sender when directed)
 * @param target   the second state
 * @param kind     the tie's kind that year
 * @param strength its signed strength that year, -1..1
 * @param directed whether the tie runs from source to target only
 */
public record TieView(Tie tie, State source, State target, TieKind kind, double strength, boolean directed) {
}
