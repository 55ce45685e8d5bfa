package org.entente.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.entente.analysis.AnalysisRegistry;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.AnalysisResult.Status;
import org.entente.analysis.AnalysisRunner;
import org.entente.analysis.AnalysisRunner.Request;
import org.entente.model.Scenario;
import org.entente.testing.ExampleScenarios;
import org.junit.jupiter.api.Test;

/** Third-party analyses that throw, loop or change the scenario do not stop the others. */
class AnalysisRunnerTest {

	private final AnalysisRegistry registry = AnalysisRegistry.fromExtensions();

	private Request request(String id) {
		return new Request(registry.find(id).orElseThrow(() -> new AssertionError(id + " is not installed")), Map.of());
	}

	/** A monitor that a user cancels after {@code millis} milliseconds. */
	private static NullProgressMonitor cancelledAfter(long millis) {
		NullProgressMonitor monitor = new NullProgressMonitor();
		new Thread(() -> {
			try {
				Thread.sleep(millis);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			monitor.setCanceled(true);
		}).start();
		return monitor;
	}

	private static List<Integer> years(int from, int to) {
		return IntStream.rangeClosed(from, to).boxed().toList();
	}

	@Test
	void findsTheContributedAnalyses() {
		assertTrue(registry.find("polarity").isPresent(), registry.analyses()::toString);
		assertTrue(registry.find("test.throwing").isPresent());
		assertTrue(registry.problems().isEmpty(), registry.problems()::toString);
		assertEquals("wayman", registry.find("polarity").get().parameter("rule").defaultValue());
	}

	@Test
	void aFailingOrSlowAnalysisDoesNotStopTheOthers() {
		Scenario scenario = ExampleScenarios.scenario("europe-1914.entente");
		String title = scenario.getTitle();
		List<AnalysisResult> results = new AnalysisRunner(Duration.ofSeconds(2)).run(
				List.of(request("test.throwing"), request("test.looping"), request("test.mutating"),
						request("polarity")),
				scenario, years(1900, 1914), new NullProgressMonitor());
		assertEquals(Status.FAILED, results.get(0).status());
		assertTrue(results.get(0).message().contains("broken on purpose"), results.get(0).message());
		assertEquals(Status.TIMED_OUT, results.get(1).status());
		assertFalse(results.get(1).message().contains("still running"), "it stopped when told to");
		assertEquals(Status.FAILED, results.get(2).status());
		assertTrue(results.get(2).message().contains("changed the scenario"), results.get(2).message());
		assertEquals(title, scenario.getTitle(), "the change was undone");
		assertEquals(Status.OK, results.get(3).status(), () -> String.valueOf(results.get(3).message()));
		assertEquals(15, results.get(3).series().size());
	}

	@Test
	void aChangeFromAThreadAnAnalysisLeftRunningIsChargedToThatAnalysis() {
		Scenario scenario = ExampleScenarios.scenario("europe-1914.entente");
		String title = scenario.getTitle();
		List<AnalysisResult> results = new AnalysisRunner(Duration.ofSeconds(30)).run(
				List.of(request("test.late-mutating"), request("test.sleeping"), request("polarity")), scenario,
				years(1900, 1914), new NullProgressMonitor());
		assertEquals(Status.FAILED, results.get(0).status(), "the culprit");
		assertTrue(results.get(0).message().contains("from a thread it left running after it returned"),
				results.get(0).message());
		assertEquals(Status.FAILED, results.get(1).status(), "its input changed under it");
		assertTrue(results.get(1).message().contains("by a thread that test.late-mutating left running"),
				results.get(1).message());
		assertTrue(!results.get(1).message().contains("the analysis changed the scenario"), "not blamed");
		assertEquals(title, scenario.getTitle(), "the change was undone");
		assertEquals(Status.OK, results.get(2).status(), () -> String.valueOf(results.get(2).message()));
	}

	@Test
	void aChangeFromThePoolIsChargedToTheAnalysisRunningNotToTheOneThatStartedThePool() {
		Scenario scenario = ExampleScenarios.scenario("europe-1914.entente");
		List<AnalysisResult> results = new AnalysisRunner(Duration.ofSeconds(30)).run(
				List.of(request("test.parallel"), request("test.parallel-mutating")), scenario, years(1900, 1914),
				new NullProgressMonitor());
		assertEquals(Status.OK, results.get(0).status(), () -> String.valueOf(results.get(0).message()));
		assertEquals(Status.FAILED, results.get(1).status());
		assertTrue(results.get(1).message().startsWith("the analysis changed the scenario"), results.get(1).message());
	}

	@Test
	void anAnalysisThatCallsSystemExitFailsAndTheOthersRun() {
		Scenario scenario = ExampleScenarios.scenario("europe-1914.entente");
		assertTrue(AnalysisRunner.refuseExitsFromAnalyses(), "Java 17 allows the guard");
		// Were the exit not refused, the test run would end here, with every later test missing from the report.
		List<AnalysisResult> results = new AnalysisRunner(Duration.ofSeconds(30))
				.run(List.of(request("test.exiting"), request("polarity")), scenario, years(1900, 1914),
						new NullProgressMonitor());
		assertEquals(Status.FAILED, results.get(0).status());
		assertTrue(results.get(0).message().contains("the analysis called System.exit(0)"), results.get(0).message());
		assertEquals(Status.OK, results.get(1).status(), () -> String.valueOf(results.get(1).message()));
	}

	@Test
	void cancellingStopsALoopingAnalysis() {
		Scenario scenario = ExampleScenarios.scenario("europe-1914.entente");
		NullProgressMonitor monitor = cancelledAfter(300);
		List<AnalysisResult> results = new AnalysisRunner(Duration.ofSeconds(30))
				.run(List.of(request("test.looping"), request("polarity")), scenario, years(1900, 1914), monitor);
		assertEquals(Status.CANCELLED, results.get(0).status());
		assertEquals(Status.CANCELLED, results.get(1).status(), "the rest is not started after a cancel");
	}

	@Test
	void anAnalysisThatIgnoresTheTimeoutIsReportedStillRunning() {
		Scenario scenario = ExampleScenarios.scenario("europe-1914.entente");
		List<AnalysisResult> results = new AnalysisRunner(Duration.ofSeconds(1))
				.run(List.of(request("test.stubborn"), request("polarity")), scenario, years(1900, 1914),
						new NullProgressMonitor());
		assertEquals(Status.TIMED_OUT, results.get(0).status());
		assertTrue(results.get(0).message().contains("ignored the request to stop and its thread is still running"),
				results.get(0).message());
		assertEquals(Status.OK, results.get(1).status(), "the next analysis runs beside it");
	}

	@Test
	void anAnalysisThatStopsOnCancelIsReportedCancelledNotFailed() {
		Scenario scenario = ExampleScenarios.scenario("europe-1914.entente");
		NullProgressMonitor monitor = cancelledAfter(300);
		// the analysis notices the cancel within a millisecond, before the runner's next look at the monitor
		List<AnalysisResult> results = new AnalysisRunner(Duration.ofSeconds(30))
				.run(List.of(request("test.stopping")), scenario, years(1900, 1914), monitor);
		assertEquals(Status.CANCELLED, results.get(0).status(), results.get(0)::message);
	}

	@Test
	void badParametersAreRejectedBeforeAnythingRuns() {
		Scenario scenario = ExampleScenarios.scenario("europe-1914.entente");
		var polarity = registry.find("polarity").orElseThrow();
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> new AnalysisRunner().run(List.of(new Request(polarity, Map.of("rule", "astrology", "colour", "red"))),
						scenario, years(1900, 1901), new NullProgressMonitor()));
		assertTrue(error.getMessage().contains("must be one of wayman, threshold"), error.getMessage());
		assertTrue(error.getMessage().contains("has no parameter 'colour'"), error.getMessage());
	}
}
