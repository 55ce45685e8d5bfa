package org.entente.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.entente.testing.ApiSnapshots;
import org.junit.jupiter.api.Test;

/** The analysis API (org.entente.analysis) changes only with a version bump ({@link ApiSnapshots}). */
class ApiSnapshotTest {

	@Test
	void theApiMatchesItsSnapshotOrTheVersionWasRaised() throws Exception {
		assertEquals(List.of(), ApiSnapshots.check("org.entente.analysis", "org.entente.analysis"));
	}
}
