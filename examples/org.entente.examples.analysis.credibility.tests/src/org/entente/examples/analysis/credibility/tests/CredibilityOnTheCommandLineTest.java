package org.entente.examples.analysis.credibility.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.entente.cli.EntenteCli;
import org.junit.jupiter.api.Test;

/** With the plug-in in the runtime, the command line lists it and runs it on the 2025 example. */
class CredibilityOnTheCommandLineTest {

	@Test
	void theCommandLineFindsAndRunsThePlugin() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		EntenteCli cli = new EntenteCli(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(EntenteCli.OK, cli.run(new String[] { "analyses" }));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("credibility  Credibility  [Commitments"),
				out.toString(StandardCharsets.UTF_8));
		out.reset();
		String scenario = Path.of(System.getProperty("entente.examples", "../scenarios"), "multipolar-2025.entente")
				.toString();
		assertEquals(EntenteCli.OK, cli.run(new String[] { "analyze", scenario, "--analysis", "credibility", "--years",
				"2024-2025", "--format", "csv" }), err.toString(StandardCharsets.UTF_8));
		String csv = out.toString(StandardCharsets.UTF_8);
		assertTrue(csv.startsWith("analysis,scenario,year,") && csv.contains("credibility,multipolar2025,2025"), csv);
	}
}
