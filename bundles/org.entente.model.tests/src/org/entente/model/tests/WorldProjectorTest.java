package org.entente.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.entente.model.Accession;
import org.entente.model.Alliance;
import org.entente.model.Interpolation;
import org.entente.model.MemberRole;
import org.entente.model.Removal;
import org.entente.model.Scenario;
import org.entente.model.State;
import org.entente.model.Threat;
import org.entente.model.ThreatChange;
import org.entente.model.Tie;
import org.entente.model.TieChange;
import org.entente.model.TieKind;
import org.entente.model.Withdrawal;
import org.entente.model.world.Capability;
import org.entente.model.world.MemberView;
import org.entente.model.world.World;
import org.entente.model.world.WorldProjector;
import org.junit.jupiter.api.Test;

class WorldProjectorTest {

	private final ScenarioBuilder base = new ScenarioBuilder("base");
	private final State usa = base.state("USA");
	private final State tur = base.state("TUR");
	private final State rus = base.state("RUS");
	private final Alliance nato = base.alliance("NATO", 1949, null);

	{
		ScenarioBuilder.member(nato, usa, 1949, null);
		ScenarioBuilder.member(nato, tur, 1952, null);
	}

	@Test
	void membersFollowTheirPeriods() {
		WorldProjector projector = new WorldProjector(base.scenario);
		assertEquals(List.of(usa), memberStates(projector.at(1950), "NATO"));
		assertEquals(List.of(usa, tur), memberStates(projector.at(1952), "NATO"));
		assertNull(projector.at(1948).alliance("NATO"), "no alliance before it was formed");
	}

	@Test
	void stepCapabilitiesHoldUntilTheNextYearGiven() {
		ScenarioBuilder.capability(usa, Interpolation.STEP, 2000, 0.2);
		ScenarioBuilder.capability(usa, Interpolation.STEP, 2010, 0.1);
		WorldProjector projector = new WorldProjector(base.scenario);
		assertNull(projector.at(1999).state(usa).capability(), "nothing before the first year");
		assertEquals(0.2, projector.at(2009).state(usa).capability().score(), 1e-12);
		assertEquals(0.1, projector.at(2010).state(usa).capability().score(), 1e-12);
		assertEquals(0.1, projector.at(2030).state(usa).capability().score(), 1e-12, "the last value holds");
	}

	@Test
	void linearCapabilitiesInterpolateBetweenYears() {
		ScenarioBuilder.capability(usa, Interpolation.LINEAR, 2010, 0.3);
		ScenarioBuilder.capability(usa, Interpolation.LINEAR, 2000, 0.1);
		WorldProjector projector = new WorldProjector(base.scenario);
		Capability capability = projector.at(2005).state(usa).capability();
		assertEquals(0.2, capability.score(), 1e-12);
		assertNull(capability.milex(), "a component given in neither year stays missing");
	}

	@Test
	void tiesAndThreatsAreLimitedToTheirPeriods() {
		base.tie("TurRus", TieKind.PARTNERSHIP, tur, rus, 0.5, 2016, 2020);
		WorldProjector projector = new WorldProjector(base.scenario);
		assertTrue(projector.at(2015).ties().isEmpty());
		assertEquals(1, projector.at(2016).ties().size());
		assertTrue(projector.at(2021).ties().isEmpty());
	}

	@Test
	void aVariantWithdrawsAMemberFromAYearOn() {
		ScenarioBuilder variant = new ScenarioBuilder("usExit");
		variant.scenario.setBase(base.scenario);
		Withdrawal withdrawal = ScenarioBuilder.F.createWithdrawal();
		withdrawal.setState(usa);
		withdrawal.setAlliance(nato);
		withdrawal.setYear(2027);
		variant.scenario.getChanges().add(withdrawal);

		WorldProjector projector = new WorldProjector(variant.scenario);
		assertEquals(List.of(usa, tur), memberStates(projector.at(2026), "NATO"));
		assertEquals(List.of(tur), memberStates(projector.at(2027), "NATO"));
		assertEquals(List.of(usa, tur), memberStates(new WorldProjector(base.scenario).at(2027), "NATO"),
				"the base is unchanged");
	}

	@Test
	void aVariantAddsItsOwnElementsAndAccessions() {
		ScenarioBuilder variant = new ScenarioBuilder("expansion");
		variant.scenario.setBase(base.scenario);
		State swe = variant.state("SWE");
		Accession accession = ScenarioBuilder.F.createAccession();
		accession.setState(swe);
		accession.setAlliance(nato);
		accession.setRole(MemberRole.MEMBER);
		accession.setYear(2024);
		variant.scenario.getChanges().add(accession);

		World world = new WorldProjector(variant.scenario).at(2024);
		assertEquals(4, world.states().size());
		assertEquals(List.of(usa, tur, swe), memberStates(world, "NATO"));
		assertFalse(new WorldProjector(variant.scenario).at(2023).alliance("NATO").hasMember(swe));
	}

	@Test
	void aRemovedStateTakesItsTiesAndMembershipsWithIt() {
		Tie tie = base.tie("TurRus", TieKind.PARTNERSHIP, tur, rus, 0.5, null, null);
		ScenarioBuilder variant = new ScenarioBuilder("noTurkey");
		variant.scenario.setBase(base.scenario);
		Removal removal = ScenarioBuilder.F.createRemoval();
		removal.setTarget(tur);
		removal.setYear(2030);
		variant.scenario.getChanges().add(removal);

		World world = new WorldProjector(variant.scenario).at(2030);
		assertNull(world.state(tur));
		assertEquals(List.of(usa), memberStates(world, "NATO"));
		assertTrue(world.ties().isEmpty());
		assertNotNull(new WorldProjector(variant.scenario).at(2029).state(tur));
		assertEquals(tie, new WorldProjector(variant.scenario).at(2029).ties().get(0).tie());
	}

	@Test
	void changesToTiesAndThreatsApplyFromTheirYear() {
		Tie tie = base.tie("TurRus", TieKind.PARTNERSHIP, tur, rus, 0.6, null, null);
		Threat threat = base.threat("RusThreat", tur, rus, 0.3);
		ScenarioBuilder variant = new ScenarioBuilder("cooling");
		variant.scenario.setBase(base.scenario);
		TieChange weaker = ScenarioBuilder.F.createTieChange();
		weaker.setTie(tie);
		weaker.setYear(2027);
		weaker.setStrength(0.2);
		TieChange rivalry = ScenarioBuilder.F.createTieChange();
		rivalry.setTie(tie);
		rivalry.setYear(2029);
		rivalry.setNewKind(TieKind.RIVALRY);
		rivalry.setStrength(-0.4);
		ThreatChange higher = ScenarioBuilder.F.createThreatChange();
		higher.setThreat(threat);
		higher.setYear(2028);
		higher.setLevel(0.9);
		Scenario v = variant.scenario;
		v.getChanges().add(rivalry);
		v.getChanges().add(weaker);
		v.getChanges().add(higher);

		WorldProjector projector = new WorldProjector(v);
		assertEquals(0.6, projector.at(2026).ties().get(0).strength(), 1e-12);
		assertEquals(0.2, projector.at(2027).ties().get(0).strength(), 1e-12);
		assertEquals(TieKind.PARTNERSHIP, projector.at(2028).ties().get(0).kind());
		assertEquals(TieKind.RIVALRY, projector.at(2029).ties().get(0).kind());
		assertEquals(-0.4, projector.at(2029).ties().get(0).strength(), 1e-12);
		assertEquals(0.3, projector.at(2027).threats().get(0).level(), 1e-12);
		assertEquals(0.9, projector.at(2028).threats().get(0).level(), 1e-12);
	}

	@Test
	void aStateExistsOnlyInItsExistenceSpells() {
		State gdr = base.state("GDR");
		gdr.getExistence().add(ScenarioBuilder.period(1954, 1990));
		ScenarioBuilder.capability(gdr, Interpolation.STEP, 1954, 0.01);
		WorldProjector projector = new WorldProjector(base.scenario);
		assertNull(projector.at(1953).state(gdr));
		assertNotNull(projector.at(1990).state(gdr));
		assertNull(projector.at(1991).state(gdr), "its last capability values do not carry it past 1990");
		assertNotNull(projector.at(1991).state(usa), "a state without spells always exists");
	}

	@Test
	void majorPowerSpellsDecideMajorStatusPerYear() {
		usa.getMajorPowerSpells().add(ScenarioBuilder.period(1898, null));
		WorldProjector projector = new WorldProjector(base.scenario);
		assertFalse(projector.at(1897).state(usa).majorPower());
		assertTrue(projector.at(1898).state(usa).majorPower());
	}

	private static List<State> memberStates(World world, String alliance) {
		return world.alliance(alliance).members().stream().map(MemberView::state).toList();
	}
}
