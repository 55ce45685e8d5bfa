package org.entente.analysis.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.entente.dsl.load.ScenarioLoader;
import org.entente.model.Scenario;

/** Loads the example scenarios for the analysis tests. */
final class Scenarios {

	private Scenarios() {
	}

	static Scenario example(String fileName) {
		Path folder = Path.of(System.getProperty("entente.examples", "../../examples/scenarios"));
		try {
			return ScenarioLoader.shared().load(folder.resolve(fileName)).scenario();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
