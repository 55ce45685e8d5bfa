package org.entente.analysis.durability.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.entente.analysis.durability.DurabilityDesign;
import org.entente.data.ImportException;
import org.entente.data.history.HistoryImport;
import org.entente.data.history.HistoryImporter;
import org.entente.model.Scenario;
import org.entente.model.world.WorldProjector;

/** The historical world imported from {@code ../shared/data} (COW v6 capabilities), once per test run. */
final class History {

	private static Scenario scenario;
	private static DurabilityDesign design;

	private History() {
	}

	static Path data() {
		Path data = Path.of(System.getProperty("entente.data", "../../../shared/data"));
		if (!Files.isDirectory(data.resolve("atop"))) {
			throw new AssertionError("the ATOP and COW data are not at " + data.toAbsolutePath()
					+ " (../shared/data beside the repository)");
		}
		return data;
	}

	static synchronized Scenario scenario() {
		if (scenario == null) {
			try {
				scenario = new HistoryImporter().read(HistoryImport.fromDataFolder(data(), 6), new NullProgressMonitor());
			} catch (ImportException e) {
				throw new AssertionError(e.getMessage(), e);
			}
		}
		return scenario;
	}

	static synchronized DurabilityDesign design() {
		if (design == null) {
			design = DurabilityDesign.of(new WorldProjector(scenario()), new NullProgressMonitor());
		}
		return design;
	}
}
