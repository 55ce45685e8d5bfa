package org.entente.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.entente.cli.ExitWatch;
import org.junit.jupiter.api.Test;

/**
 * The command line's shutdown hook: an exit while an analysis runs is reported and ends with status 1, never the 0
 * the analysis asked for; the command's own exit is left alone.
 */
class ExitWatchTest {

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final List<Integer> halted = new ArrayList<>();

	private ExitWatch watch(List<String> running) {
		return new ExitWatch(() -> running, new PrintStream(err, true, StandardCharsets.UTF_8), halted::add);
	}

	@Test
	void anExitDuringAnAnalysisIsReportedAndFails() {
		watch(List.of("test.exiting")).run();
		assertEquals(List.of(1), halted);
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("while the analysis test.exiting was running"),
				err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void theCommandsOwnExitAndAnIdleExitAreLeftAlone() {
		ExitWatch finished = watch(List.of("polarity"));
		finished.finished();
		finished.run();
		watch(List.of()).run();
		assertEquals(List.of(), halted);
		assertEquals("", err.toString(StandardCharsets.UTF_8));
	}
}
