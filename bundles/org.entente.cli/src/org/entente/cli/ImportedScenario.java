package org.entente.cli;

import static org.entente.cli.EntenteCommand.FAILED;
import static org.entente.cli.EntenteCommand.OK;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.entente.cli.EntenteCommand.UsageException;
import org.entente.dsl.io.AtomicFiles;
import org.entente.dsl.io.ScenarioWriter;
import org.entente.dsl.io.ScenarioWriter.InvalidScenarioException;
import org.entente.model.Scenario;

/**
 * Writes what an import command built: through the language's serializer and validator, then atomically, so an
 * existing file is replaced only by a valid scenario and never left half-written.
 */
final class ImportedScenario {

	private ImportedScenario() {
	}

	/** Checks {@code out} before the import runs, so a long import does not end in "cannot write". */
	static void checkOutput(Path out) {
		OutputOptions output = new OutputOptions();
		output.out = out;
		output.format = "text";
		output.check();
	}

	/**
	 * Writes {@code scenario} to {@code out}.
	 *
	 * @param summary what was written, after "Wrote FILE: "
	 * @return the exit code
	 */
	static int write(Console console, Scenario scenario, Path out, String summary) {
		String text;
		try {
			text = new ScenarioWriter().toText(scenario, URI.createFileURI(out.toAbsolutePath().normalize().toString()));
		} catch (InvalidScenarioException e) {
			console.message("nothing was written to " + out + ": " + e.getMessage());
			return FAILED;
		}
		try {
			AtomicFiles.write(out, text);
		} catch (IOException e) {
			throw new UsageException(e.getMessage());
		}
		console.err().println("Wrote " + out + ": " + summary + " (validated: 0 errors)");
		return OK;
	}
}
