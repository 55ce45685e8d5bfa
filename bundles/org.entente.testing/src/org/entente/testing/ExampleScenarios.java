package org.entente.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.entente.dsl.load.LoadedScenario;
import org.entente.dsl.load.ScenarioLoader;
import org.entente.model.Scenario;

/**
 * The example scenarios of {@code examples/scenarios}, as the tests load them: the folder comes from the system
 * property {@code entente.examples} that each test bundle's pom sets.
 */
public final class ExampleScenarios {

	private ExampleScenarios() {
	}

	/** The examples' folder. */
	public static Path folder() {
		return Path.of(System.getProperty("entente.examples", "../../examples/scenarios")).toAbsolutePath().normalize();
	}

	/** The example file {@code fileName}. */
	public static Path file(String fileName) {
		return folder().resolve(fileName);
	}

	/** The example {@code fileName}, loaded. */
	public static LoadedScenario load(String fileName) {
		try {
			return ScenarioLoader.shared().load(file(fileName));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The scenario of the example {@code fileName}. */
	public static Scenario scenario(String fileName) {
		return load(fileName).scenario();
	}
}
