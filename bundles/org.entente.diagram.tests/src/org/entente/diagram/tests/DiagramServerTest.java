package org.entente.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;

import org.entente.diagram.DiagramHost;
import org.entente.diagram.DiagramInputs;
import org.entente.diagram.DiagramServer;
import org.entente.diagram.FileScenarioDocument;
import org.entente.diagram.TextChangedException;
import org.entente.diagram.layout.LayoutFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * The diagram server over its websocket, as a browser client uses it: the token and origin checks, opening a
 * diagram, an edit that reaches the file, undo and redo, the year, and a change of the file made elsewhere.
 */
class DiagramServerTest {
	@TempDir
	Path folder;
	private DiagramServer server;
	private FileScenarioDocument document;
	private DiagramInputs.Input input;
	private Path scenario;
	private String original;

	@BeforeEach
	void start() throws IOException {
		scenario = folder.resolve("europe-1914.entente");
		Files.copy(TestScenarios.examples().resolve("europe-1914.entente"), scenario);
		original = Files.readString(scenario);
		server = DiagramServer.start(DiagramServer.bundledWebRoot());
		document = new FileScenarioDocument(scenario);
		input = server.inputs().register(document, DiagramHost.NONE);
	}

	@AfterEach
	void stop() {
		document.close();
		server.close();
	}

	@Test
	void refusesConnectionsWithoutTheTokenOrFromAnotherOrigin() {
		String socket = "ws://127.0.0.1:" + server.port() + DiagramServer.ENDPOINT;
		assertRefused(() -> GlspTestClient.connect(socket, server.origin()));
		assertRefused(() -> GlspTestClient.connect(socket + "?token=" + "0".repeat(48), server.origin()));
		assertRefused(() -> GlspTestClient.connect(socket + "?token=" + server.token(), "http://evil.example"));
		assertRefused(() -> GlspTestClient.connect(socket + "?token=" + server.token(), "http://127.0.0.1:1"));
		GlspTestClient.connect(socket + "?token=" + server.token(), server.origin()).close();
	}

	@Test
	void servesTheWebClient() throws Exception {
		HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
				server.url(input))).build(), HttpResponse.BodyHandlers.ofString());
		assertEquals(200, page.statusCode());
		assertTrue(page.body().contains("bundle.js"), page.body());
	}

	@Test
	void opensEditsUndoesAndFollowsTheFile() throws Exception {
		try (GlspTestClient client = open()) {
			JsonObject model = client.awaitAction("setModel").getAsJsonObject("newRoot");
			assertEquals(1914, model.getAsJsonObject("args").get("year").getAsInt());
			assertTrue(model.toString().contains("\"state:GMY\""), model.toString());

			JsonObject create = GlspTestClient.action("createNode");
			create.addProperty("elementTypeId", "node:state");
			JsonObject location = new JsonObject();
			location.addProperty("x", 40);
			location.addProperty("y", 50);
			create.add("location", location);
			create.add("args", new JsonObject());
			client.send(create);
			JsonObject updated = client.awaitAction("updateModel").getAsJsonObject("newRoot");
			assertTrue(updated.toString().contains("\"state:NEW\""), updated.toString());
			String edited = Files.readString(scenario);
			assertTrue(edited.contains("state NEW \"New state\""), edited);
			assertTrue(edited.contains("// ---"), "comments kept");
			assertTrue(Files.readString(LayoutFile.beside(scenario)).contains("state:NEW"));

			client.send(GlspTestClient.action("glspUndo"));
			client.awaitAction("updateModel");
			assertEquals(original, Files.readString(scenario), "undo restores the text exactly");
			client.send(GlspTestClient.action("glspRedo"));
			client.awaitAction("updateModel");
			assertEquals(edited, Files.readString(scenario), "redo repeats the edit");

			JsonObject year = GlspTestClient.action("entente.setYear");
			year.addProperty("year", 1882);
			client.send(year);
			JsonObject in1882 = client.awaitAction("updateModel").getAsJsonObject("newRoot");
			assertEquals(1882, in1882.getAsJsonObject("args").get("year").getAsInt());
			assertFalse(in1882.toString().contains("alliance:FrancoRussianAlliance"));

			Files.writeString(scenario, Files.readString(scenario) + "\nstate ZZZ \"Elsewhere\" region \"Europe\"\n");
			// An update already on its way (from the year change) may come first: the change must come after it.
			boolean reached = false;
			for (int update = 0; update < 3 && !reached; update++) {
				reached = client.awaitAction("updateModel").getAsJsonObject("newRoot").toString()
						.contains("\"state:ZZZ\"");
			}
			assertTrue(reached, "a change of the file reaches the diagram");
		}
	}

	@Test
	void aRefusedEditTellsWhyAndChangesNothing() throws Exception {
		try (GlspTestClient client = open()) {
			client.awaitAction("setModel");
			JsonObject edge = GlspTestClient.action("createEdge");
			edge.addProperty("elementTypeId", "edge:membership");
			edge.addProperty("sourceElementId", "state:GMY");
			edge.addProperty("targetElementId", "state:FRN");
			edge.add("args", new JsonObject());
			client.send(edge);
			JsonObject message = client.awaitAction("message");
			assertTrue(message.get("message").getAsString().contains("connects a state and an alliance"),
					message.toString());
			assertEquals(original, Files.readString(scenario));
		}
	}

	@Test
	void anEditComputedBeforeTheFileChangedIsRefusedAndTheChangeKept() throws IOException {
		String elsewhere = original + "\n// typed in another editor\n";
		Files.writeString(scenario, elsewhere);
		assertThrows(TextChangedException.class, () -> document.replaceText(original, original + "state XXX\n"));
		assertEquals(elsewhere, Files.readString(scenario));
		assertEquals(elsewhere, document.text(), "the document caught up with the file");
	}

	private GlspTestClient open() throws InterruptedException {
		return GlspTestClient.openDiagram(server, input);
	}

	private static void assertRefused(Runnable connect) {
		CompletionException refused = assertThrows(CompletionException.class, connect::run);
		assertTrue(refused.getCause() instanceof WebSocketHandshakeException, String.valueOf(refused.getCause()));
		assertEquals(403, ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());
	}
}
