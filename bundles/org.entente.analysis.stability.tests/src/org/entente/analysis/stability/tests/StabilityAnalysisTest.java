package org.entente.analysis.stability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.entente.analysis.AnalysisRegistry;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.AnalysisRunner;
import org.entente.analysis.AnalysisRunner.Request;
import org.entente.analysis.ElementRef;
import org.entente.analysis.Partition;
import org.entente.analysis.stability.PortfolioSimilarity;
import org.entente.analysis.stability.SignedNetwork;
import org.entente.analysis.stability.SignedNetworkBuilder;
import org.entente.model.Alliance;
import org.entente.model.AllianceBasis;
import org.entente.model.EntenteFactory;
import org.entente.model.MemberRole;
import org.entente.model.Membership;
import org.entente.model.ObligationKind;
import org.entente.model.Scenario;
import org.entente.model.State;
import org.entente.model.Tie;
import org.entente.model.TieKind;
import org.entente.testing.ExampleScenarios;
import org.junit.jupiter.api.Test;

/** The stability analyses through the runner, on a model of 1907 and on the example scenarios. */
class StabilityAnalysisTest {

	private final AnalysisRegistry registry = AnalysisRegistry.fromExtensions();

	/** The results of the four analyses the group "stability" names, by id. */
	private Map<String, AnalysisResult> stability(Scenario scenario, int from, int to) {
		List<Request> requests = registry.resolve("stability").stream().map(a -> new Request(a, Map.<String, String>of()))
				.toList();
		assertEquals(List.of("balance", "landscape", "similarity", "durability-heuristic"),
				requests.stream().map(r -> r.descriptor().id()).toList(), "the group keeps the old analysis's parts");
		List<AnalysisResult> results = new AnalysisRunner(Duration.ofMinutes(2)).run(requests, scenario,
				IntStream.rangeClosed(from, to).boxed().toList(), new NullProgressMonitor());
		Map<String, AnalysisResult> byId = new java.util.LinkedHashMap<>();
		for (AnalysisResult result : results) {
			assertEquals(AnalysisResult.Status.OK, result.status(), result::message);
			byId.put(result.analysisId(), result);
		}
		return byId;
	}

	/** The Triple Entente and the Triple Alliance, friendly within, hostile between. */
	private static Scenario europe1907() {
		EntenteFactory f = EntenteFactory.eINSTANCE;
		Scenario scenario = f.createScenario();
		scenario.setName("europe1907");
		String[] codes = { "UKG", "FRN", "RUS", "GMY", "AUH", "ITA" };
		State[] states = new State[6];
		for (int i = 0; i < 6; i++) {
			states[i] = f.createState();
			states[i].setName(codes[i]);
			scenario.getStates().add(states[i]);
		}
		for (int camp = 0; camp < 2; camp++) {
			Alliance alliance = f.createAlliance();
			alliance.setName(camp == 0 ? "TripleEntente" : "TripleAlliance");
			alliance.setObligation(camp == 0 ? ObligationKind.CONSULTATION : ObligationKind.DEFENSE);
			alliance.setBasis(AllianceBasis.INTEREST);
			for (int i = 0; i < 3; i++) {
				Membership membership = f.createMembership();
				membership.setState(states[camp * 3 + i]);
				membership.setRole(MemberRole.MEMBER);
				alliance.getMemberships().add(membership);
			}
			scenario.getAlliances().add(alliance);
		}
		for (int a = 0; a < 3; a++) {
			for (int b = 3; b < 6; b++) {
				Tie tie = f.createTie();
				tie.setKind(TieKind.HOSTILITY);
				tie.setSource(states[a]);
				tie.setTarget(states[b]);
				tie.setStrength(-0.6);
				scenario.getTies().add(tie);
			}
		}
		return scenario;
	}

	/**
	 * A defense pact whose members A and B promise only neutrality (ATOP codes obligations per member), C the pact's
	 * defense, D outside.
	 */
	private static Scenario pactWithMemberObligations() {
		EntenteFactory f = EntenteFactory.eINSTANCE;
		Scenario scenario = f.createScenario();
		scenario.setName("pact");
		Alliance pact = f.createAlliance();
		pact.setName("Pact");
		pact.setObligation(ObligationKind.DEFENSE);
		for (String code : new String[] { "A", "B", "C", "D" }) {
			State state = f.createState();
			state.setName(code);
			scenario.getStates().add(state);
			if (!code.equals("D")) {
				Membership membership = f.createMembership();
				membership.setState(state);
				membership.setRole(MemberRole.MEMBER);
				if (!code.equals("C")) {
					membership.getObligations().add(ObligationKind.NEUTRALITY);
				}
				pact.getMemberships().add(membership);
			}
		}
		scenario.getAlliances().add(pact);
		return scenario;
	}

	@Test
	void eachMemberIsAlliedAndCommittedByWhatItPromises() {
		Scenario scenario = pactWithMemberObligations();
		org.entente.model.world.World world = new org.entente.model.world.WorldProjector(scenario).at(1900);
		SignedNetwork defense = new SignedNetworkBuilder(java.util.Set.of(ObligationKind.DEFENSE), java.util.Set.of(),
				0, 1).build(world);
		int a = index(defense, scenario, "A");
		int b = index(defense, scenario, "B");
		int c = index(defense, scenario, "C");
		assertEquals(0, defense.graph().sign(a, b), "neither A nor B promises defense");
		assertEquals(1, defense.graph().sign(a, c), "C promises defense to A");
		assertEquals(List.of("defense member of Pact"), defense.reasons(a, c));
		SignedNetwork both = new SignedNetworkBuilder(java.util.Set.of(ObligationKind.DEFENSE,
				ObligationKind.NEUTRALITY), java.util.Set.of(), 0, 1).build(world);
		assertEquals(List.of("neutrality member of Pact"), both.reasons(a, b));
		assertEquals(List.of("defense and neutrality member of Pact"), both.reasons(a, c));

		// Portfolios over (A, B, C, D), levels defense 3, neutrality 2: A (3, 2, 2, 0), C (3, 3, 3, 0); with equal
		// weights d = (0 + 1 + 1 + 0) / 4 and S = 1 - 2 d / 3 = 2/3. The alliance's obligation alone would give 1.
		AnalysisResult similarity = stability(scenario, 1900, 1900).get("similarity");
		AnalysisResult.Table table = similarity.table("portfolio similarity");
		List<Object> ac = table.rows().stream().filter(r -> ((ElementRef) r.get(1)).name().equals("A")
				&& ((ElementRef) r.get(2)).name().equals("C")).findFirst().orElseThrow();
		assertEquals(2.0 / 3, ((Number) ac.get(table.columns().indexOf("s_unweighted"))).doubleValue(), 1e-12);
	}

	@Test
	void similarityFromSparsePortfoliosEqualsTheFormulaOnFullVectorsAndIsBounded() {
		Scenario scenario = pactWithMemberObligations();
		var similarity = registry.find("similarity").orElseThrow();
		AnalysisResult all = new AnalysisRunner(Duration.ofMinutes(1)).run(List.of(new Request(similarity, Map.of())),
				scenario, List.of(1900), new NullProgressMonitor()).get(0);
		AnalysisResult.Table table = all.table("portfolio similarity");
		assertEquals(6, table.rows().size(), "every pair of A, B, C, D");
		// What each promises to (A, B, C, D): B and A neutrality, C defense, D nothing; 3 to itself.
		Map<String, double[]> portfolio = Map.of("A", new double[] { 3, 2, 2, 0 }, "B", new double[] { 2, 3, 2, 0 },
				"C", new double[] { 3, 3, 3, 0 }, "D", new double[] { 0, 0, 0, 3 });
		double[] equal = { 0.25, 0.25, 0.25, 0.25 };
		for (List<Object> row : table.rows()) {
			double[] a = portfolio.get(((ElementRef) row.get(1)).name());
			double[] b = portfolio.get(((ElementRef) row.get(2)).name());
			String pair = row.get(1) + "-" + row.get(2);
			assertEquals(PortfolioSimilarity.signorinoRitter(a, b, equal, 3),
					((Number) row.get(table.columns().indexOf("s_unweighted"))).doubleValue(), 1e-12, pair);
			assertEquals(PortfolioSimilarity.signorinoRitter(a, b, equal, 3),
					((Number) row.get(table.columns().indexOf("s_weighted"))).doubleValue(), 1e-12,
					pair + ": no capabilities, so equal weights");
			assertEquals(PortfolioSimilarity.kendallTauB(a, b),
					((Number) row.get(table.columns().indexOf("tau_b"))).doubleValue(), 1e-12, pair);
		}
		assertTrue(all.findings().isEmpty(), all.findings()::toString);

		AnalysisResult bounded = new AnalysisRunner(Duration.ofMinutes(1)).run(
				List.of(new Request(similarity, Map.of("max_pairs", "3"))), scenario, List.of(1900),
				new NullProgressMonitor()).get(0);
		assertEquals(AnalysisResult.Status.OK, bounded.status(), bounded::message);
		assertEquals(3, bounded.table("portfolio similarity").rows().size(), "three states, three pairs");
		assertTrue(bounded.findings().get(0).message().contains("6 pairs"), bounded.findings()::toString);
	}

	@Test
	void onAWorldOfThousandsOfStatesEveryStabilityAnalysisStopsWhenCancelled() {
		EntenteFactory f = EntenteFactory.eINSTANCE;
		Scenario scenario = f.createScenario();
		scenario.setName("thousands");
		int n = 5000;
		State[] states = new State[n];
		for (int i = 0; i < n; i++) {
			states[i] = f.createState();
			states[i].setName("S" + i);
			scenario.getStates().add(states[i]);
		}
		java.util.Random random = new java.util.Random(3);
		for (int t = 0; t < 20000; t++) {
			int a = random.nextInt(n);
			int b = (a + 1 + random.nextInt(n - 1)) % n;
			Tie tie = f.createTie();
			boolean positive = random.nextDouble() < 0.7;
			tie.setKind(positive ? TieKind.PARTNERSHIP : TieKind.RIVALRY);
			tie.setSource(states[a]);
			tie.setTarget(states[b]);
			tie.setStrength(positive ? 0.5 : -0.5);
			scenario.getTies().add(tie);
		}
		for (String id : List.of("balance", "landscape", "similarity", "durability-heuristic")) {
			org.eclipse.core.runtime.NullProgressMonitor monitor = new org.eclipse.core.runtime.NullProgressMonitor();
			Thread canceller = new Thread(() -> {
				try {
					Thread.sleep(300);
				} catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
				}
				monitor.setCanceled(true);
			});
			canceller.start();
			AnalysisResult result = new AnalysisRunner(Duration.ofMinutes(2)).run(
					List.of(new Request(registry.find(id).orElseThrow(), Map.of())), scenario,
					IntStream.rangeClosed(1900, 2100).boxed().toList(), monitor).get(0);
			// Two centuries of a 5,000-state world take minutes: the cancel must end the search within the runner's
			// 2 s grace, or the message says the analysis is still running. A quick analysis may finish first.
			assertTrue(result.status() == AnalysisResult.Status.CANCELLED || result.status() == AnalysisResult.Status.OK,
					id + ": " + result.status() + " " + result.message());
			assertTrue(result.message() == null || !result.message().contains("still running"),
					id + ": " + result.message());
		}
	}

	private static int index(SignedNetwork network, Scenario scenario, String name) {
		return network.index(scenario.getStates().stream().filter(s -> s.getName().equals(name)).findFirst()
				.orElseThrow());
	}

	@Test
	void europeIn1907IsBalancedWithTheTwoCampsOfHistory() {
		AnalysisResult result = stability(europe1907(), 1907, 1907).get("balance");
		Map<String, Object> year = result.year(1907).metrics();
		assertEquals(1.0, year.get("balanced_triad_share"));
		assertEquals(0, year.get("frustration"));
		assertEquals(true, year.get("frustration_exact"));
		assertEquals(0, year.get("frustration_lower_bound"));
		Partition camps = (Partition) year.get("camps");
		assertTrue(camps.toString().equals("UKG, FRN, RUS | GMY, AUH, ITA")
				|| camps.toString().equals("GMY, AUH, ITA | UKG, FRN, RUS"), camps::toString);
		assertEquals(camps.sideOf(ElementRef.named("UKG", "State")), camps.sideOf(ElementRef.named("RUS", "State")));
	}

	@Test
	void theMultipolarWorldShowsHedgersAndSimilarities() {
		Map<String, AnalysisResult> results = stability(ExampleScenarios.scenario("multipolar-2025.entente"), 2024, 2025);
		AnalysisResult result = results.get("balance");
		Map<String, Object> year = result.year(2025).metrics();
		for (String metric : List.of("balanced_triad_share", "frustration", "camps")) {
			assertTrue(year.containsKey(metric), metric);
		}
		AnalysisResult.Table hedging = result.tables().stream().filter(t -> t.name().equals("hedging")).findFirst()
				.orElseThrow();
		double turkey = hedging.rows().stream().filter(row -> row.get(1).equals(ElementRef.named("TUR", "State")))
				.mapToDouble(row -> (Double) row.get(2)).findFirst().orElseThrow();
		assertTrue(turkey > 0, "Turkey has positive relations with both camps: " + turkey);
		assertTrue(results.get("similarity").table("portfolio similarity").rows().size() > 0);
		assertTrue(results.get("durability-heuristic").table("durability").rows().size() > 0);
		assertTrue(results.get("landscape").table("landscape").rows().size() > 0);
	}
}
