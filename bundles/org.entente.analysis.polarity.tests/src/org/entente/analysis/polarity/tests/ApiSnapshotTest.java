package org.entente.analysis.polarity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.entente.testing.ApiSnapshots;
import org.junit.jupiter.api.Test;

/** The polarity API (PolarityClassifier, Polarity, PolarityMeasures) changes only with a version bump ({@link ApiSnapshots}). */
class ApiSnapshotTest {

	@Test
	void theApiMatchesItsSnapshotOrTheVersionWasRaised() throws Exception {
		assertEquals(List.of(), ApiSnapshots.check("org.entente.analysis.polarity",
				"org.entente.analysis.polarity"));
	}
}
