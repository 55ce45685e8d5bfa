package org.entente.diagram.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.entente.dsl.load.LoadedScenario;
import org.entente.dsl.load.ScenarioLoader;

/** Scenario texts and the example files for the diagram tests. */
final class TestScenarios {
	/** A small scenario with comments in several places, to check that edits keep them. */
	static final String SMALL = """
			// The test world: two states and a pact.
			scenario small "Small" period 1900..1950

			/* The states. */
			state AAA "Aland" region "Europe" // the first
			state BBB "Bland" region "Asia"

			// A pact of one.
			alliance Pact "The Pact" defense interest 1900.. {
				member AAA founder // founding member
			}

			tie AB rivalry AAA -- BBB strength -0.5 // old rivals
			threat AaaFearsBbb: AAA fears BBB level 0.3
			""";

	static final URI SMALL_URI = URI.createFileURI("/tmp/entente-diagram-tests/small.entente");

	private TestScenarios() {
	}

	/** The folder of the example scenarios. */
	static Path examples() {
		return Path.of(System.getProperty("entente.examples", "../../examples/scenarios"));
	}

	/** Parses an example file. */
	static LoadedScenario example(String fileName) throws IOException {
		Path file = examples().resolve(fileName).toAbsolutePath().normalize();
		return ScenarioLoader.shared().parse(URI.createFileURI(file.toString()), Files.readString(file));
	}

	/** Parses {@code text} as the small scenario's file. */
	static LoadedScenario parse(String text) {
		return ScenarioLoader.shared().parse(SMALL_URI, text);
	}
}
