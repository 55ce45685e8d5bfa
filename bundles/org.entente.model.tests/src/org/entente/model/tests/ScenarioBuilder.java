package org.entente.model.tests;

import org.entente.model.Alliance;
import org.entente.model.CapabilityPoint;
import org.entente.model.CapabilitySeries;
import org.entente.model.EntenteFactory;
import org.entente.model.Interpolation;
import org.entente.model.MemberRole;
import org.entente.model.Membership;
import org.entente.model.ObligationKind;
import org.entente.model.Period;
import org.entente.model.Scenario;
import org.entente.model.State;
import org.entente.model.Threat;
import org.entente.model.Tie;
import org.entente.model.TieKind;

/** Builds small scenarios in code for the model tests. */
final class ScenarioBuilder {

	static final EntenteFactory F = EntenteFactory.eINSTANCE;

	final Scenario scenario;

	ScenarioBuilder(String name) {
		scenario = F.createScenario();
		scenario.setName(name);
	}

	static Period period(Integer from, Integer to) {
		Period period = F.createPeriod();
		period.setFrom(from);
		period.setTo(to);
		return period;
	}

	State state(String code) {
		State state = F.createState();
		state.setName(code);
		scenario.getStates().add(state);
		return state;
	}

	static void capability(State state, Interpolation interpolation, int year, double score) {
		if (state.getCapabilities() == null) {
			CapabilitySeries series = F.createCapabilitySeries();
			series.setInterpolation(interpolation);
			state.setCapabilities(series);
		}
		CapabilityPoint point = F.createCapabilityPoint();
		point.setYear(year);
		point.setScore(score);
		state.getCapabilities().getPoints().add(point);
	}

	Alliance alliance(String name, Integer from, Integer to) {
		Alliance alliance = F.createAlliance();
		alliance.setName(name);
		alliance.setObligation(ObligationKind.DEFENSE);
		alliance.setPeriod(period(from, to));
		scenario.getAlliances().add(alliance);
		return alliance;
	}

	static Membership member(Alliance alliance, State state, Integer from, Integer to) {
		Membership membership = F.createMembership();
		membership.setState(state);
		membership.setRole(MemberRole.MEMBER);
		membership.setPeriod(period(from, to));
		alliance.getMemberships().add(membership);
		return membership;
	}

	Tie tie(String name, TieKind kind, State source, State target, double strength, Integer from, Integer to) {
		Tie tie = F.createTie();
		tie.setName(name);
		tie.setKind(kind);
		tie.setSource(source);
		tie.setTarget(target);
		tie.setStrength(strength);
		tie.setPeriod(period(from, to));
		scenario.getTies().add(tie);
		return tie;
	}

	Threat threat(String name, State perceiver, State target, double level) {
		Threat threat = F.createThreat();
		threat.setName(name);
		threat.setPerceiver(perceiver);
		threat.setTarget(target);
		threat.setLevel(level);
		scenario.getThreats().add(threat);
		return threat;
	}
}
