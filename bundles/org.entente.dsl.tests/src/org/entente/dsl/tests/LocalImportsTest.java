package org.entente.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.entente.dsl.io.InputFiles.UnreadableFileException;
import org.entente.dsl.load.LoadedScenario;
import org.entente.dsl.load.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * Imports resolve to local files only: a scenario that imports over HTTP is an error with the import's line, and the
 * server is never asked; a local import of the same file links as before.
 */
class LocalImportsTest {

	@TempDir
	Path folder;

	private static final String WORLD = "scenario world period 2000..2001\nstate USA\nstate FRN\n";
	private static final String USES = "scenario uses period 2000..2001\n"
			+ "alliance Pact defense {\n    member USA\n    member FRN\n}\n";

	/** A loopback server that counts the requests it gets and answers each with {@code body} (404 when null). */
	private static HttpServer countingServer(AtomicInteger requests, byte[] body) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", exchange -> {
			requests.incrementAndGet();
			if (body == null) {
				exchange.sendResponseHeaders(404, -1);
			} else {
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
			}
			exchange.close();
		});
		server.start();
		return server;
	}

	@Test
	void anHttpImportIsRefusedWithoutBeingFetched() throws Exception {
		AtomicInteger requests = new AtomicInteger();
		HttpServer server = countingServer(requests, WORLD.getBytes(StandardCharsets.UTF_8));
		try {
			String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/world.entente";
			Path file = folder.resolve("uses.entente");
			Files.writeString(file, "import \"" + url + "\"\n" + USES);
			LoadedScenario loaded = ScenarioLoader.shared().load(file);
			assertTrue(loaded.errors().stream().anyMatch(i -> i.getLineNumber() == 1
					&& i.getMessage().startsWith("Imports are local files only: '" + url + "'")), loaded::problem);
			assertEquals(0, requests.get(), "the scenario's import was fetched");
		} finally {
			server.stop(0);
		}
	}

	@Test
	void otherSchemesAreRefusedAndLocalImportsStillLink() throws Exception {
		Path world = folder.resolve("world.entente");
		Files.writeString(world, WORLD);
		Path jar = folder.resolve("jar.entente");
		Files.writeString(jar, "import \"jar:" + world.toUri() + "!/x.entente\"\n" + USES);
		LoadedScenario refused = ScenarioLoader.shared().load(jar);
		assertTrue(refused.errors().stream().anyMatch(i -> i.getMessage().startsWith("Imports are local files only")),
				refused::problem);

		for (String written : new String[] { "world.entente", world.toString(), world.toUri().toString() }) {
			Path file = folder.resolve("local.entente");
			Files.writeString(file, "import \"" + written + "\"\n" + USES);
			LoadedScenario loaded = ScenarioLoader.shared().load(file);
			assertTrue(loaded.errors().isEmpty(), written + ": " + loaded.problem());
		}
	}

	@Test
	void xmlWithExternalEntitiesIsNeverParsedSoNothingIsFetched() throws Exception {
		AtomicInteger requests = new AtomicInteger();
		HttpServer server = countingServer(requests, null);
		try {
			String base = "http://127.0.0.1:" + server.getAddress().getPort();
			String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE scenario SYSTEM \"" + base + "/scenario.dtd\" [\n"
					+ "  <!ENTITY remote SYSTEM \"" + base + "/entity\">\n  <!ENTITY local SYSTEM \"file:///etc/passwd\">\n]>\n"
					+ "<entente:Scenario xmlns:entente=\"http://www.entente.org/scenario/1.0\" name=\"&remote;&local;\"/>\n";
			Path xmi = Files.writeString(folder.resolve("evil.xmi"), xml);
			assertThrows(UnreadableFileException.class, () -> ScenarioLoader.shared().load(xmi));
			Path disguised = Files.writeString(folder.resolve("evil.entente"), xml);
			assertFalse(ScenarioLoader.shared().load(disguised).errors().isEmpty(), "XML is not the language");
			Path importer = Files.writeString(folder.resolve("importer.entente"),
					"import \"evil.xmi\"\nscenario importer\n");
			assertFalse(ScenarioLoader.shared().load(importer).errors().isEmpty());
			assertEquals(0, requests.get(), "an external entity or DTD was fetched");
		} finally {
			server.stop(0);
		}
	}
}
