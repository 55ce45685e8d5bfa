package org.entente.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.entente.diagram.DiagramHost;
import org.entente.diagram.DiagramInputs;
import org.entente.diagram.DiagramServer;
import org.entente.diagram.FileScenarioDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone diagram in a real browser: Debian's Chromium driven by playwright-core runs
 * {@code client/test/diagram-e2e.mjs} against this server on a copy of the 2025 example (load, year slider,
 * palette state and tie, filter), and the file must then hold the new state and tie. Screenshots go to
 * {@code target/screenshots}.
 */
class DiagramBrowserTest {
	private static final Path CLIENT = Path.of(System.getProperty("entente.diagram.client",
			"../org.entente.diagram/client"));
	private static final Path SCREENSHOTS = Path.of(System.getProperty("entente.screenshots", "target/screenshots"));

	@TempDir
	Path folder;

	@Test
	void editsTheExampleInChromium() throws Exception {
		assertTrue(Files.isExecutable(Path.of("/usr/bin/chromium")),
				"The browser tests need Debian's Chromium: apt-get install -y chromium");
		assertTrue(Files.isDirectory(CLIENT.resolve("node_modules/playwright-core")),
				"The browser tests need the client's npm packages: build bundles/org.entente.diagram first");
		Files.copy(TestScenarios.examples().resolve("multipolar-2025.entente"),
				folder.resolve("multipolar-2025.entente"));
		Path scenario = folder.resolve("multipolar-2025.entente");
		Map<String, byte[]> exports = new ConcurrentHashMap<>();
		String original = Files.readString(scenario);
		try (DiagramServer server = DiagramServer.start(DiagramServer.bundledWebRoot());
				FileScenarioDocument document = new FileScenarioDocument(scenario)) {
			DiagramInputs.Input input = server.inputs().register(document, new DiagramHost() {
				@Override
				public void exported(String format, byte[] data) {
					exports.put(format, data);
				}
			});
			Path log = folder.resolve("browser.log");
			Process node = new ProcessBuilder("node", "test/diagram-e2e.mjs", server.url(input),
					SCREENSHOTS.toAbsolutePath().toString()).directory(CLIENT.toFile()).redirectErrorStream(true)
					.redirectOutput(log.toFile()).start();
			boolean finished = node.waitFor(180, TimeUnit.SECONDS);
			if (!finished) {
				node.descendants().forEach(ProcessHandle::destroyForcibly);
				node.destroyForcibly();
			}
			String output = Files.readString(log, StandardCharsets.UTF_8);
			assertTrue(finished, "the browser test hung:\n" + output);
			System.out.println(output);
			assertEquals(0, node.exitValue(), "browser checks failed:\n" + output);
			// The page sent the exports before it closed; the server may still be handling them.
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
			while (exports.size() < 2 && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
		}
		assertTrue(new String(exports.get("svg"), StandardCharsets.UTF_8).contains("entente-state"),
				"the SVG export shows the states");
		byte[] png = exports.get("png");
		assertTrue(png != null && png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "the PNG export is a PNG");
		Files.write(SCREENSHOTS.resolve("export.png"), png);
		String edited = Files.readString(scenario);
		assertTrue(edited.contains("state NEW \"New state\""), "the new state is in the file");
		assertTrue(edited.contains("tie partnership NEW -- USA strength 0.5 2014.."), "the new tie is in the file");
		assertTrue(edited.startsWith(original.substring(0, original.indexOf("\nstate "))),
				"the header and its comments are untouched");
	}
}
