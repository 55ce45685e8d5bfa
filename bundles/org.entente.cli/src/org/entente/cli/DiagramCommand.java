package org.entente.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.entente.diagram.BrowserLaunch;
import org.entente.diagram.DiagramHost;
import org.entente.diagram.DiagramInputs;
import org.entente.diagram.DiagramServer;
import org.entente.diagram.FileScenarioDocument;
import org.entente.dsl.EntenteFiles;
import org.entente.dsl.io.AtomicFiles;
import org.entente.dsl.load.ScenarioLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code entente diagram FILE}: serves the scenario's diagram on a local address until interrupted. Edits in the
 * diagram are written to the file at once; changes to the file (from any editor) reach the diagram.
 */
@Command(name = "diagram", mixinStandardHelpOptions = true, versionProvider = EntenteVersion.class,
		description = { "Serves the editable diagram of FILE at a local address (127.0.0.1, a free "
		+ "port, a secret token in the", "address) and opens it in the default browser. Each edit in the diagram is "
				+ "written to FILE; changes to", "FILE made elsewhere show in the diagram. Positions go to FILE.layout "
						+ "beside it. Exports (SVG, PNG) are", "written beside FILE. Stop with Ctrl+C." })
final class DiagramCommand implements EntenteCommand {

	@Parameters(paramLabel = "FILE", description = "The scenario to draw and edit.")
	private Path given;

	@Option(names = "--no-browser", description = "Only print the address; do not open a browser.")
	private boolean noBrowser;

	private final Console console;

	DiagramCommand(Console console) {
		this.console = console;
	}

	@Override
	public Integer call() throws InterruptedException {
		ScenarioLoader.problem(given).ifPresent(problem -> {
			throw new UsageException(problem);
		});
		Path file = given.toAbsolutePath().normalize();
		try (DiagramServer server = DiagramServer.start(DiagramServer.bundledWebRoot());
				FileScenarioDocument document = new FileScenarioDocument(file)) {
			DiagramInputs.Input input = server.inputs().register(document, new ExportBeside(file));
			String url = server.url(input);
			console.out().println("Diagram of " + file.getFileName() + ": " + url);
			console.out().println("Edits are saved to " + file + " as you make them. Stop with Ctrl+C.");
			console.out().flush();
			if (!noBrowser) {
				openInBrowser(url);
			}
			while (true) {
				Thread.sleep(Long.MAX_VALUE);
			}
		} catch (IOException failed) {
			console.message(failed.getMessage());
			return FAILED;
		}
	}

	/**
	 * Opens the address in the user's browser through a forwarding page ({@link BrowserLaunch}), so that the token
	 * never appears on a command line. The page is deleted when the JVM exits (Ctrl+C included).
	 */
	private void openInBrowser(String url) {
		BrowserLaunch launch;
		try {
			launch = BrowserLaunch.prepare(url);
		} catch (IOException cannotWrite) {
			console.message("could not prepare the page that opens the browser (" + cannotWrite.getMessage()
					+ "); open the address above.");
			return;
		}
		Runtime.getRuntime().addShutdownHook(new Thread(launch::close, "entente-diagram-page-cleanup"));
		List<String> command = launch.command(System.getenv("BROWSER"));
		try {
			new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.start();
		} catch (IOException noBrowser) {
			console.message("could not start a browser (" + command.get(0) + "); open the address above.");
		}
	}

	/** Writes exported images beside the scenario: {@code europe-1914.svg}, {@code europe-1914.png}. */
	private final class ExportBeside implements DiagramHost {
		private final Path file;

		ExportBeside(Path file) {
			this.file = file;
		}

		@Override
		public void exported(String format, byte[] data) {
			String name = EntenteFiles.baseName(file) + "." + format;
			Path target = file.resolveSibling(name);
			try {
				AtomicFiles.write(target, data);
				console.out().println("Exported " + target);
			} catch (IOException failed) {
				console.message("could not export to " + target + ": " + failed.getMessage());
			}
		}
	}
}
