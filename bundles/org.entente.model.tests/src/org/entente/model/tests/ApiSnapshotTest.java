package org.entente.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.entente.testing.ApiSnapshots;
import org.junit.jupiter.api.Test;

/** The model API (org.entente.model, org.entente.model.world) changes only with a version bump ({@link ApiSnapshots}). */
class ApiSnapshotTest {

	@Test
	void theApiMatchesItsSnapshotOrTheVersionWasRaised() throws Exception {
		assertEquals(List.of(), ApiSnapshots.check("org.entente.model", "org.entente.model",
				"org.entente.model.world"));
	}
}
