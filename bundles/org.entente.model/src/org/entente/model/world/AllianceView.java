package org.entente.model.world;

import java.util.List;

import org.entente.model.Alliance;
import org.entente.model.State;

/**
 * An alliance in force in one year, with the members it has that year.
 *
 * @param alliance the model element
 * @param members  the members that year, in the order the scenario lists them (accessions from variants last)
 */
public record AllianceView(Alliance alliance, List<MemberView> members) {

	/** Whether {@code state} is a member that year. */
	public boolean hasMember(State state) {
		for (MemberView member : members) {
			if (member.state() == state) {
				return true;
			}
		}
		return false;
	}
}
