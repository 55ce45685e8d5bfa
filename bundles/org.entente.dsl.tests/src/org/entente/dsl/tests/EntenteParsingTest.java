package org.entente.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.entente.model.Accession;
import org.entente.model.Alliance;
import org.entente.model.AllianceBasis;
import org.entente.model.CapabilityPoint;
import org.entente.model.Event;
import org.entente.model.Interpolation;
import org.entente.model.MemberRole;
import org.entente.model.Membership;
import org.entente.model.ObligationKind;
import org.entente.model.Objective;
import org.entente.model.RegimeType;
import org.entente.model.Removal;
import org.entente.model.Scenario;
import org.entente.model.Stance;
import org.entente.model.StanceChange;
import org.entente.model.State;
import org.entente.model.TerminationCause;
import org.entente.model.TerminationMode;
import org.entente.model.Threat;
import org.entente.model.ThreatChange;
import org.entente.model.Tie;
import org.entente.model.TieChange;
import org.entente.model.TieKind;
import org.entente.model.Withdrawal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Every construct of the grammar, parsed and checked against the model it must produce. */
@ExtendWith(InjectionExtension.class)
@InjectWith(EntenteInjectorProvider.class)
class EntenteParsingTest {

	static final String WORLD = """
			// A small world with every construct.
			scenario world "A small world" period 1990..2030
			description "Every construct once." [cow] note "for tests"

			source cow "COW National Material Capabilities v6.0" link "https://correlatesofwar.org" note "abridged"

			state USA "United States" ccode 2 region "Americas" [cow] {
				regime democracy 1816..
				major power 1898..
				capabilities linear {
					2000 score 0.15 [cow]
					2010 milex 698180 milper 1564 irst 80495 pec 2988500 tpop 309330 upop 251800
				}
			}
			state RUS "Russia" ccode 365 {
				regime autocracy ..
				major power ..1990
				major power 1992..
				capabilities { 2000 score 0.05 }
			}
			state TUR "Turkey"
			state UKR

			objective Pacific "Deter maritime assertiveness" description "In the Pacific" {
				stance USA +0.9 weight 2 2014..
				stance RUS -0.5
			}

			threat RusThreat: USA fears RUS level 0.6 2014.. [cow]

			alliance NATO "North Atlantic Treaty Organization" defense ideological depth 0.9 1949.. [cow] note "Article 5" {
				targets RusThreat
				serves Pacific
				member USA founder 1949..
				member TUR 1952..
				conditions "Article 5 applies to the North Atlantic area"
			}
			alliance BlackSea non-aggression interest 2000..2010 {
				member TUR
				member RUS leader
			}
			alliance ATOP3180 "Imported" defense atop-id 3180 cow-id 227 1990.. {
				member USA obligations defense, consultation 1990..2000 ended replaced because replaced
				member USA 2000..
				member TUR 1990..2020 ended broken-early because members-fought
			}

			tie TurRus partnership TUR -- RUS strength 0.4 2016..
			tie arms-transfer TUR -> UKR strength 0.5 2019..
			tie Rivals rivalry USA -- RUS strength -0.7

			event Accession 1952-02-18 "Turkey joins NATO" description "With Greece" affects NATO, TUR [cow]
			event Crimea 2014-03 "Annexation of Crimea" affects RUS
			event Drones 2019 "Drones to Ukraine"
			""";

	@Inject
	private ParseHelper<Scenario> parser;

	@Inject
	private ValidationTestHelper validator;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** Imports resolve against files that exist, as in a workspace. */
	@TempDir
	Path folder;

	@Test
	void parsesTheScenarioHeader() throws Exception {
		Scenario scenario = parser.parse(WORLD);
		validator.assertNoErrors(scenario);
		assertEquals("world", scenario.getName());
		assertEquals("A small world", scenario.getTitle());
		assertEquals(1990, scenario.getPeriod().getFrom());
		assertEquals(2030, scenario.getPeriod().getTo());
		assertEquals("Every construct once.", scenario.getDescription());
		assertEquals("cow", scenario.getSources().get(0).getName());
		assertEquals("for tests", scenario.getNote());
		assertEquals("https://correlatesofwar.org", scenario.getSourceDefinitions().get(0).getLink());
	}

	@Test
	void parsesStatesWithRegimesSpellsAndCapabilities() throws Exception {
		Scenario scenario = parser.parse(WORLD);
		State usa = scenario.getStates().get(0);
		assertEquals("USA", usa.getName());
		assertEquals("United States", usa.getLabel());
		assertEquals(2, usa.getCcode());
		assertEquals("Americas", usa.getRegion());
		assertEquals(RegimeType.DEMOCRACY, usa.getRegimes().get(0).getType());
		assertNull(usa.getRegimes().get(0).getPeriod().getTo());
		assertEquals(1898, usa.getMajorPowerSpells().get(0).getFrom());
		assertEquals(Interpolation.LINEAR, usa.getCapabilities().getInterpolation());
		CapabilityPoint composite = usa.getCapabilities().getPoints().get(0);
		assertEquals(0.15, composite.getScore());
		assertNull(composite.getMilex());
		CapabilityPoint components = usa.getCapabilities().getPoints().get(1);
		assertEquals(698180.0, components.getMilex());
		assertEquals(1564.0, components.getMilper());
		assertEquals(80495.0, components.getIrst());
		assertEquals(2988500.0, components.getPec());
		assertEquals(309330.0, components.getTpop());
		assertEquals(251800.0, components.getUpop());

		State rus = scenario.getStates().get(1);
		assertNull(rus.getRegimes().get(0).getPeriod().getFrom());
		assertEquals(2, rus.getMajorPowerSpells().size());
		assertEquals(Interpolation.STEP, rus.getCapabilities().getInterpolation(), "step is the default");
		assertNull(scenario.getStates().get(3).getLabel());
	}

	@Test
	void parsesExistenceSpells() throws Exception {
		State gdr = parser.parse("scenario s state GDR { exists 1954..1990 regime autocracy .. }").getStates().get(0);
		assertEquals(1954, gdr.getExistence().get(0).getFrom());
		assertEquals(1990, gdr.getExistence().get(0).getTo());
	}

	@Test
	void parsesObjectivesAndSignedStances() throws Exception {
		Objective pacific = parser.parse(WORLD).getObjectives().get(0);
		assertEquals("Deter maritime assertiveness", pacific.getTitle());
		Stance usa = pacific.getStances().get(0);
		assertEquals(0.9, usa.getPosition());
		assertEquals(2.0, usa.getWeight());
		assertEquals(2014, usa.getPeriod().getFrom());
		Stance rus = pacific.getStances().get(1);
		assertEquals(-0.5, rus.getPosition());
		assertEquals(1.0, rus.getWeight(), "the weight defaults to 1");
		assertNull(rus.getPeriod());
	}

	@Test
	void parsesThreatsAlliancesAndMemberships() throws Exception {
		Scenario scenario = parser.parse(WORLD);
		Threat threat = scenario.getThreats().get(0);
		assertSame(scenario.getStates().get(0), threat.getPerceiver());
		assertSame(scenario.getStates().get(1), threat.getTarget());
		assertEquals(0.6, threat.getLevel());

		Alliance nato = scenario.getAlliances().get(0);
		assertEquals(ObligationKind.DEFENSE, nato.getObligation());
		assertEquals(AllianceBasis.IDEOLOGICAL, nato.getBasis());
		assertEquals(0.9, nato.getDepth());
		assertEquals(1949, nato.getPeriod().getFrom());
		assertSame(threat, nato.getTargets().get(0));
		assertSame(scenario.getObjectives().get(0), nato.getObjectives().get(0));
		assertEquals("Article 5 applies to the North Atlantic area", nato.getConditions());
		assertEquals("Article 5", nato.getNote());
		Membership usa = nato.getMemberships().get(0);
		assertEquals(MemberRole.FOUNDER, usa.getRole());
		assertSame(nato, usa.getAlliance());
		assertEquals(MemberRole.MEMBER, nato.getMemberships().get(1).getRole(), "member is the default role");

		Alliance blackSea = scenario.getAlliances().get(1);
		assertEquals(ObligationKind.NON_AGGRESSION, blackSea.getObligation());
		assertEquals(AllianceBasis.INTEREST, blackSea.getBasis());
		assertEquals(MemberRole.LEADER, blackSea.getMemberships().get(1).getRole());
	}

	@Test
	void parsesImportedTreatiesWithoutBasisAndWithMembersObligationsAndEndings() throws Exception {
		Alliance imported = parser.parse(WORLD).getAlliances().get(2);
		assertFalse(imported.isSetBasis(), "no basis written, none set");
		assertEquals(3180, imported.getAtopId());
		assertEquals(227, imported.getCowId());
		Membership first = imported.getMemberships().get(0);
		assertEquals(List.of(ObligationKind.DEFENSE, ObligationKind.CONSULTATION), first.getObligations());
		assertEquals(TerminationMode.REPLACED, first.getEnding());
		assertEquals(TerminationCause.REPLACED, first.getEndCause());
		Membership second = imported.getMemberships().get(1);
		assertTrue(second.getObligations().isEmpty(), "the alliance's obligation applies");
		assertFalse(second.isSetEnding());
		assertEquals(TerminationMode.BROKEN_EARLY, imported.getMemberships().get(2).getEnding());
		assertEquals(TerminationCause.MEMBERS_FOUGHT, imported.getMemberships().get(2).getEndCause());
		assertTrue(parser.parse(WORLD).getAlliances().get(0).isSetBasis());
	}

	@Test
	void parsesSymmetricAndDirectedTies() throws Exception {
		Scenario scenario = parser.parse(WORLD);
		Tie partnership = scenario.getTies().get(0);
		assertEquals(TieKind.PARTNERSHIP, partnership.getKind());
		assertFalse(partnership.isDirected());
		assertEquals(0.4, partnership.getStrength());
		Tie arms = scenario.getTies().get(1);
		assertNull(arms.getName(), "a tie's name is optional");
		assertEquals(TieKind.ARMS_TRANSFER, arms.getKind());
		assertTrue(arms.isDirected());
		assertEquals("UKR", arms.getTarget().getName());
		assertEquals(-0.7, scenario.getTies().get(2).getStrength());
	}

	@Test
	void parsesEventsWithPartialDates() throws Exception {
		Scenario scenario = parser.parse(WORLD);
		Event accession = scenario.getEvents().get(0);
		assertEquals(1952, accession.getYear());
		assertEquals(2, accession.getMonth());
		assertEquals(18, accession.getDay());
		assertEquals("With Greece", accession.getDescription());
		assertEquals(2, accession.getAffects().size());
		Event crimea = scenario.getEvents().get(1);
		assertEquals(3, crimea.getMonth());
		assertNull(crimea.getDay());
		assertNull(scenario.getEvents().get(2).getMonth());
	}

	@Test
	void parsesEveryKindOfVariantChange() throws Exception {
		Files.writeString(folder.resolve("base.entente"), "scenario base");
		Files.writeString(folder.resolve("whatIf.entente"), "scenario whatIf");
		Scenario base = parser.parse("""
				scenario base period 2000..2040
				state USA state TUR state RUS
				objective Aid { stance USA 0.8 }
				threat T: TUR fears RUS level 0.3
				alliance NATO defense ideological { targets T member USA member TUR }
				tie TurRus partnership TUR -- RUS strength 0.5
				""", URI.createFileURI(folder.resolve("base.entente").toString()), resourceSets.get());
		Scenario whatIf = parser.parse("""
				import "base.entente"
				scenario whatIf "What if" extends base
				withdraw USA from NATO in 2027
				accede RUS to NATO as observer in 2030
				remove TurRus from 2031
				change tie TurRus strength -0.2 kind rivalry from 2028
				change threat T level 0.9 from 2029
				change stance USA on Aid -0.3 from 2027
				""", URI.createFileURI(folder.resolve("whatIf.entente").toString()), base.eResource().getResourceSet());
		assertSame(base, whatIf.getBase());
		assertEquals("base.entente", whatIf.getImports().get(0).getImportURI());
		Withdrawal withdrawal = (Withdrawal) whatIf.getChanges().get(0);
		assertEquals(2027, withdrawal.getYear());
		assertEquals("NATO", withdrawal.getAlliance().getName());
		Accession accession = (Accession) whatIf.getChanges().get(1);
		assertEquals(MemberRole.OBSERVER, accession.getRole());
		assertEquals("TurRus", ((Removal) whatIf.getChanges().get(2)).getTarget().getName());
		TieChange tieChange = (TieChange) whatIf.getChanges().get(3);
		assertEquals(-0.2, tieChange.getStrength());
		assertEquals(TieKind.RIVALRY, tieChange.getNewKind());
		assertTrue(tieChange.isSetNewKind());
		assertEquals(0.9, ((ThreatChange) whatIf.getChanges().get(4)).getLevel());
		assertEquals(-0.3, ((StanceChange) whatIf.getChanges().get(5)).getPosition());
		validator.assertNoErrors(whatIf);
	}
}
