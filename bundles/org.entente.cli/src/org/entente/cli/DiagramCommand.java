package org.entente.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.entente.diagram.DiagramHost;
import org.entente.diagram.DiagramInputs;
import org.entente.diagram.DiagramServer;
import org.entente.diagram.FileScenarioDocument;
import org.entente.dsl.EntenteFiles;
import org.entente.dsl.io.InputFiles;

/**
 * {@code entente diagram FILE}: serves the scenario's diagram on a local address until interrupted. Edits in the
 * diagram are written to the file at once; changes to the file (from any editor) reach the diagram.
 */
final class DiagramCommand {
	static final String HELP = """
			Usage: entente diagram FILE [--no-browser]

			Serves the editable diagram of FILE at a local address (127.0.0.1, a free port, a secret token in the
			address) and opens it in the default browser. Each edit in the diagram is written to FILE; changes to
			FILE made elsewhere show in the diagram. Positions go to FILE.layout beside it. Exports (SVG, PNG) are
			written beside FILE. Stop with Ctrl+C.""";

	private final PrintStream out;
	private final PrintStream err;

	DiagramCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(List<String> args) throws InterruptedException {
		if (args.contains("--help")) {
			out.println(HELP);
			return EntenteCli.OK;
		}
		boolean openBrowser = !args.contains("--no-browser");
		List<String> files = args.stream().filter(a -> !a.startsWith("--")).toList();
		if (files.size() != 1 || args.stream().anyMatch(a -> a.startsWith("--") && !a.equals("--no-browser"))) {
			throw new EntenteCli.UsageException("diagram needs exactly one FILE (and optionally --no-browser)");
		}
		Path file = Path.of(files.get(0)).toAbsolutePath().normalize();
		Optional<String> unreadable = InputFiles.problem(Path.of(files.get(0)));
		if (unreadable.isPresent()) {
			err.println("entente: " + unreadable.get());
			return EntenteCli.USAGE;
		}
		try (DiagramServer server = DiagramServer.start(DiagramServer.bundledWebRoot());
				FileScenarioDocument document = new FileScenarioDocument(file)) {
			DiagramInputs.Input input = server.inputs().register(document, new ExportBeside(file));
			String url = server.url(input);
			out.println("Diagram of " + file.getFileName() + ": " + url);
			out.println("Edits are saved to " + file + " as you make them. Stop with Ctrl+C.");
			out.flush();
			if (openBrowser) {
				openInBrowser(url);
			}
			while (true) {
				Thread.sleep(Long.MAX_VALUE);
			}
		} catch (IOException failed) {
			err.println("entente: " + failed.getMessage());
			return EntenteCli.FAILED;
		}
	}

	private void openInBrowser(String url) {
		String browser = System.getenv("BROWSER");
		List<String> command = browser != null && !browser.isBlank() ? List.of(browser, url) : List.of("xdg-open", url);
		try {
			new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.start();
		} catch (IOException noBrowser) {
			err.println("entente: could not start a browser (" + command.get(0) + "); open the address above.");
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
				EntenteCli.writeAtomically(target, data);
				out.println("Exported " + target);
			} catch (RuntimeException failed) {
				err.println("entente: could not export to " + target + ": " + failed.getMessage());
			}
		}
	}
}
