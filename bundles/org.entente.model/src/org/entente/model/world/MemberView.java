package org.entente.model.world;

import org.entente.model.MemberRole;
import org.entente.model.State;

/**
 * A state's membership of an alliance in one year.
 *
 * @param state the member
 * @param role  its role (founder, member, ...)
 */
public record MemberView(State state, MemberRole role) {
}
