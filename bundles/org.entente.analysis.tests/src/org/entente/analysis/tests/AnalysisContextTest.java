package org.entente.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.entente.analysis.AnalysisContext;
import org.entente.analysis.AnalysisParameters;
import org.entente.analysis.AnalysisDescriptor;
import org.entente.analysis.AnalysisRegistry;
import org.entente.model.Scenario;
import org.entente.model.world.World;
import org.entente.model.world.WorldProjector;
import org.entente.testing.ExampleScenarios;
import org.junit.jupiter.api.Test;

/** The years of a run as worlds: in order, one unit of work each, and stoppable between two years. */
class AnalysisContextTest {

	private static AnalysisContext context(List<Integer> years) {
		Scenario scenario = ExampleScenarios.scenario("europe-1914.entente");
		AnalysisDescriptor polarity = AnalysisRegistry.fromExtensions().find("polarity").orElseThrow();
		return new AnalysisContext(scenario, new WorldProjector(scenario), AnalysisParameters.of(polarity, Map.of()),
				years, polarity);
	}

	@Test
	void givesTheWorldOfEachYearInOrderAndReportsOneUnitEach() {
		CountingMonitor monitor = new CountingMonitor();
		List<Integer> seen = new ArrayList<>();
		List<Integer> workedBefore = new ArrayList<>();
		for (World world : context(List.of(1905, 1910, 1914)).worlds(monitor)) {
			seen.add(world.year());
			workedBefore.add(monitor.worked);
		}
		assertEquals(List.of(1905, 1910, 1914), seen);
		assertTrue(workedBefore.get(1) > workedBefore.get(0) && workedBefore.get(2) > workedBefore.get(1),
				() -> "each year reports progress: " + workedBefore);
		assertTrue(monitor.worked <= monitor.total);
	}

	@Test
	void stopsBetweenTwoYearsWhenCancelled() {
		CountingMonitor monitor = new CountingMonitor();
		List<Integer> seen = new ArrayList<>();
		assertThrows(OperationCanceledException.class, () -> {
			for (World world : context(List.of(1905, 1910, 1914)).worlds(monitor)) {
				seen.add(world.year());
				monitor.setCanceled(true);
			}
		});
		assertEquals(List.of(1905), seen);
	}

	private static final class CountingMonitor extends NullProgressMonitor {
		int total;
		int worked;

		@Override
		public void beginTask(String name, int totalWork) {
			total = totalWork;
		}

		@Override
		public void worked(int work) {
			worked += work;
		}
	}
}
