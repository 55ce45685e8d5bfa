package org.entente.model.world;

import java.util.Set;

import org.entente.model.MemberRole;
import org.entente.model.Membership;
import org.entente.model.ObligationKind;
import org.entente.model.State;

/**
 * A state's membership of an alliance in one year.
 *
 * @param state       the member
 * @param role        its role (founder, member, ...)
 * @param membership  the membership element it comes from, or {@code null} for an accession of a variant
 * @param obligations what the member promises that year: its own obligations where the scenario gives them (ATOP
 *                    codes them per member), otherwise the alliance's obligation
 * @since 1.3 for {@code membership} and {@code obligations}
 */
public record MemberView(State state, MemberRole role, Membership membership, Set<ObligationKind> obligations) {

	public MemberView {
		obligations = Set.copyOf(obligations);
	}

	/** A member known only by its state and role (1.2's view): no membership element, no obligations. */
	public MemberView(State state, MemberRole role) {
		this(state, role, null, Set.of());
	}
}
