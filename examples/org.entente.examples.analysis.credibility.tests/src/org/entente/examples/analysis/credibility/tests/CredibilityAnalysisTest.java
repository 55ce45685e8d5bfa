package org.entente.examples.analysis.credibility.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.entente.analysis.AnalysisRegistry;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.AnalysisRunner;
import org.entente.model.Alliance;
import org.entente.model.AllianceBasis;
import org.entente.model.EntenteFactory;
import org.entente.model.Membership;
import org.entente.model.ObligationKind;
import org.entente.model.Period;
import org.entente.model.Scenario;
import org.entente.model.State;
import org.junit.jupiter.api.Test;

/** The example plug-in, tested headlessly through the public API, as a third party would. */
class CredibilityAnalysisTest {

	private static final EntenteFactory F = EntenteFactory.eINSTANCE;

	private static Period period(Integer from, Integer to) {
		Period period = F.createPeriod();
		period.setFrom(from);
		period.setTo(to);
		return period;
	}

	@Test
	void aStateThatLeavesAnAllianceEarlyLosesCredibility() {
		Scenario scenario = F.createScenario();
		scenario.setName("test");
		State loyal = F.createState();
		loyal.setName("LOY");
		State fickle = F.createState();
		fickle.setName("FIC");
		scenario.getStates().addAll(List.of(loyal, fickle));
		Alliance pact = F.createAlliance();
		pact.setName("Pact");
		pact.setObligation(ObligationKind.DEFENSE);
		pact.setBasis(AllianceBasis.INTEREST);
		pact.setPeriod(period(1900, 1950));
		for (State state : List.of(loyal, fickle)) {
			Membership membership = F.createMembership();
			membership.setState(state);
			membership.setPeriod(period(1900, state == fickle ? 1920 : null));
			pact.getMemberships().add(membership);
		}
		scenario.getAlliances().add(pact);

		var descriptor = AnalysisRegistry.fromExtensions().find("credibility")
				.orElseThrow(() -> new AssertionError("the example plug-in contributes 'credibility'"));
		AnalysisResult result = new AnalysisRunner().run(List.of(new AnalysisRunner.Request(descriptor, Map.of())),
				scenario, IntStream.rangeClosed(1910, 1930).boxed().toList(), new NullProgressMonitor()).get(0);
		assertEquals(AnalysisResult.Status.OK, result.status(), result::message);
		assertEquals(0.75, (Double) result.year(1910).metrics().get("FIC"), 1e-9, "one kept commitment, prior 1");
		assertEquals(0.25, (Double) result.year(1921).metrics().get("FIC"), 1e-9, "one abandoned commitment");
		assertEquals(0.75, (Double) result.year(1921).metrics().get("LOY"), 1e-9);
		assertTrue(result.findings().stream().anyMatch(f -> "FIC".equals(f.element())
				&& f.drivers().contains("left Pact in 1920 while it went on")), result.findings()::toString);
	}
}
