package org.entente.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.entente.diagram.BrowserLaunch;
import org.entente.diagram.DiagramHost;
import org.entente.diagram.DiagramInputs;
import org.entente.diagram.DiagramServer;
import org.entente.diagram.FileScenarioDocument;
import org.entente.diagram.layout.LayoutFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The diagram server against a hostile client, and what must keep holding: bound to loopback only, 403 for every bad
 * token or origin, no path traversal and no listing from the file server, the token never on a command line, bounded
 * connections, sessions, messages and positions, and no half-written scenario however edits and reads interleave.
 * Part of the hostile-input suite ({@code docs/reliability.md}).
 */
class HostileClientTest {
	private static final String[] CLIENT_KINDS = GlspTestClient.CLIENT_KINDS;
	private static final String SECRET = "the secret outside the web root";

	@TempDir
	Path folder;
	private DiagramServer server;
	private FileScenarioDocument document;
	private DiagramInputs.Input input;
	private Path scenario;
	private Path webRoot;

	@BeforeEach
	void start() throws IOException {
		scenario = folder.resolve("europe-1914.entente");
		Files.copy(TestScenarios.examples().resolve("europe-1914.entente"), scenario);
		// A web root of our own, with a sub-folder and a link pointing out of it, beside a secret.
		webRoot = Files.createDirectory(folder.resolve("web"));
		Files.writeString(webRoot.resolve("index.html"), "<html><body>client</body></html>");
		Files.createDirectory(webRoot.resolve("js"));
		Files.writeString(webRoot.resolve("js").resolve("bundle.js"), "// client");
		Path secret = Files.writeString(folder.resolve("secret.txt"), SECRET);
		Files.createSymbolicLink(webRoot.resolve("escape.txt"), secret);
		Files.createSymbolicLink(webRoot.resolve("outside"), folder);
		server = DiagramServer.start(webRoot);
		document = new FileScenarioDocument(scenario);
		input = server.inputs().register(document, DiagramHost.NONE);
	}

	@AfterEach
	void stop() {
		document.close();
		server.close();
	}

	private String socket() {
		return "ws://127.0.0.1:" + server.port() + DiagramServer.ENDPOINT;
	}

	@Test
	void listensOnLoopbackOnly() throws IOException {
		Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
				.flatMap(NetworkInterface::inetAddresses)
				.filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress()).findFirst();
		// A machine with no address but loopback (a bare container) cannot show the difference.
		if (external.isPresent()) {
			try (Socket probe = new Socket()) {
				assertThrows(ConnectException.class,
						() -> probe.connect(new InetSocketAddress(external.get(), server.port()), 2000),
						"reachable on " + external.get());
			}
		}
		try (Socket loopback = new Socket("127.0.0.1", server.port())) {
			assertTrue(loopback.isConnected());
		}
	}

	@Test
	void everyBadTokenOrOriginIsRefusedWith403() {
		String token = server.token();
		List<String> badTokens = List.of("", "?token=", "?token=" + "0".repeat(token.length()),
				"?token=" + token.substring(1), "?token=" + token + "0", "?token=" + token.toUpperCase(Locale.ROOT),
				"?Token=" + token, "?token=" + token.substring(0, 24) + "&token=" + token.substring(24));
		for (String query : badTokens) {
			assertEquals(403, handshakeStatus(socket() + query, server.origin()), query);
		}
		for (String origin : List.of("http://evil.example", "http://127.0.0.1:1", "null", "https://127.0.0.1:"
				+ server.port(), "http://127.0.0.1:" + server.port() + ".evil.example", "file://")) {
			assertEquals(403, handshakeStatus(socket() + "?token=" + token, origin), origin);
		}
		GlspTestClient.connect(socket() + "?token=" + token, server.origin()).close();
	}

	private static int handshakeStatus(String url, String origin) {
		CompletionException refused = assertThrows(CompletionException.class, () -> GlspTestClient.connect(url, origin),
				url + " from " + origin);
		return ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode();
	}

	@Test
	void theFileServerGivesNothingOutsideItsRootAndListsNoFolder() throws IOException {
		assertTrue(get("/index.html").startsWith("HTTP/1.1 200"), "the client is served");
		for (String path : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt",
				"/js/../../secret.txt", "/js/%2e%2e/%2e%2e/secret.txt", "//secret.txt", "/" + folder + "/secret.txt",
				"/escape.txt", "/outside/secret.txt", "/..\\secret.txt", "/%252e%252e/secret.txt")) {
			String response = get(path);
			assertFalse(response.contains(SECRET), path + " served the secret: " + response);
			assertFalse(response.startsWith("HTTP/1.1 200"), path + ": " + response);
		}
		for (String listing : List.of("/js/", "/js", "/outside/")) {
			String response = get(listing);
			assertFalse(response.contains("bundle.js") || response.contains("secret.txt"),
					listing + " listed a folder: " + response);
		}
	}

	/** Sends a request line exactly as written (an HTTP client would normalize the path) and returns the response. */
	private String get(String path) throws IOException {
		try (Socket connection = new Socket("127.0.0.1", server.port())) {
			connection.setSoTimeout(5000);
			OutputStream out = connection.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = connection.getInputStream();
			try {
				return new String(in.readNBytes(1 << 20), StandardCharsets.ISO_8859_1);
			} catch (SocketTimeoutException slow) {
				return "";
			}
		}
	}

	@Test
	void theBrowserIsNeverGivenTheTokenOnItsCommandLine() throws IOException {
		String url = server.url(input);
		try (BrowserLaunch launch = BrowserLaunch.prepare(url)) {
			for (String browser : new String[] { null, "firefox" }) {
				List<String> command = launch.command(browser);
				assertFalse(String.join(" ", command).contains(server.token()), command::toString);
			}
			assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(launch.page())));
			assertEquals("rwx------",
					PosixFilePermissions.toString(Files.getPosixFilePermissions(launch.page().getParent())));
			String page = Files.readString(launch.page());
			assertTrue(page.contains("http-equiv=\"refresh\" content=\"0;url=" + url.replace("&", "&amp;") + "\""),
					page);
			launch.close();
			assertFalse(Files.exists(launch.page().getParent()), "the page is deleted with its folder");
		}
	}

	@Test
	void aMoveToAPositionThatIsNotANumberIsRefusedAndTheLayoutStaysValid() throws Exception {
		try (GlspTestClient client = open()) {
			client.awaitAction("setModel");
			client.sendRaw("{\"jsonrpc\":\"2.0\",\"method\":\"process\",\"params\":{\"clientId\":\""
					+ GlspTestClient.CLIENT_ID + "\",\"action\":{\"kind\":\"changeBounds\",\"newBounds\":["
					+ "{\"elementId\":\"state:GMY\",\"newPosition\":{\"x\":NaN,\"y\":10}},"
					+ "{\"elementId\":\"state:FRN\",\"newPosition\":{\"x\":1e999,\"y\":10}},"
					+ "{\"elementId\":\"state:RUS\",\"newPosition\":{\"x\":300,\"y\":200}}]}}}");
			JsonObject warning = client.awaitAction("message");
			assertTrue(warning.get("message").getAsString().startsWith("2 nodes were not moved"), warning.toString());
			Path layoutFile = LayoutFile.beside(scenario);
			waitUntil(() -> {
				try {
					return Files.exists(layoutFile) && Files.readString(layoutFile).contains("state:RUS");
				} catch (IOException partial) {
					return false;
				}
			});
			client.send(modelRequest("after-the-move"));
			String model = client.awaitAction("setModel").toString();
			assertFalse(model.contains("NaN") || model.contains("Infinity"), model);
			JsonObject layout = JsonParser.parseString(Files.readString(layoutFile)).getAsJsonObject()
					.getAsJsonObject("positions");
			assertEquals(Set.of("state:RUS"), layout.keySet(), layout.toString());
			assertEquals(300, layout.getAsJsonObject("state:RUS").get("x").getAsDouble());
		}
	}

	@Test
	void connectionsSessionsAndMessagesAreBounded() throws Exception {
		String socket = socket() + "?token=" + server.token();
		List<GlspTestClient> clients = new ArrayList<>();
		try {
			for (int i = 0; i < DiagramServer.MAX_CONNECTIONS; i++) {
				clients.add(GlspTestClient.connect(socket, server.origin()));
			}
			assertEquals(503, handshakeStatus(socket, server.origin()));
			clients.remove(0).close();
			waitUntil(() -> server.openConnections() < DiagramServer.MAX_CONNECTIONS);
			clients.add(GlspTestClient.connect(socket, server.origin()));
		} finally {
			clients.forEach(GlspTestClient::close);
		}
		waitUntil(() -> server.openConnections() == 0);

		try (GlspTestClient sessions = GlspTestClient.connect(socket, server.origin())) {
			sessions.initialize(CLIENT_KINDS);
			for (int i = 1; i < 16; i++) {
				assertFalse(sessions.initializeSession("more-" + i, CLIENT_KINDS).has("error"));
			}
			JsonObject seventeenth = sessions.initializeSession("one-too-many", CLIENT_KINDS);
			assertTrue(seventeenth.getAsJsonObject("error").get("message").getAsString().contains("16 diagram sessions"),
					seventeenth.toString());
		}

		try (GlspTestClient bystander = open();
				GlspTestClient flooder = GlspTestClient.connect(socket, server.origin())) {
			bystander.awaitAction("setModel");
			try {
				flooder.sendRaw("{\"pad\":\"" + "x".repeat(9 << 20) + "\"}");
			} catch (CompletionException closedWhileSending) {
				// the server closed the connection before the whole message was sent
			}
			int status = flooder.awaitClose();
			// 1009 is "message too big"; a client still writing when the close came sees a broken pipe instead.
			assertTrue(status == 1009 || status == -1, "closed with " + status);
			JsonObject year = GlspTestClient.action("entente.setYear");
			year.addProperty("year", 1900);
			bystander.send(year);
			assertEquals(1900, bystander.awaitAction("updateModel").getAsJsonObject("newRoot").getAsJsonObject("args")
					.get("year").getAsInt(), "the other connection carries on");
		}
	}

	@Test
	void malformedMessagesAndActionsLeaveTheSessionWorking() throws Exception {
		try (GlspTestClient client = open()) {
			client.awaitAction("setModel");
			String process = "{\"jsonrpc\":\"2.0\",\"method\":\"process\",\"params\":{\"clientId\":\""
					+ GlspTestClient.CLIENT_ID + "\",\"action\":";
			for (String garbage : List.of("not json at all", "{\"jsonrpc\":\"2.0\"", "[]", "{\"jsonrpc\":\"2.0\","
					+ "\"method\":\"nonexistent\",\"params\":{}}", process + "{\"kind\":\"noSuchAction\"}}}",
					process + "{\"kind\":\"changeBounds\",\"newBounds\":\"not a list\"}}}",
					process + "{\"kind\":\"createNode\",\"elementTypeId\":\"node:nothing\",\"args\":{}}}}",
					process + "{\"kind\":\"entente.setYear\",\"year\":\"nineteen hundred\"}}}",
					process + "{\"kind\":\"deleteElementOperation\",\"elementIds\":[\"state:NOPE\"]}}}")) {
				client.sendRaw(garbage);
			}
			JsonObject year = GlspTestClient.action("entente.setYear");
			year.addProperty("year", 1890);
			client.send(year);
			int shown = 0;
			for (int update = 0; update < 5 && shown != 1890; update++) {
				// garbage that happened to be valid may have updated the model first
				shown = client.awaitAction("updateModel").getAsJsonObject("newRoot").getAsJsonObject("args")
						.get("year").getAsInt();
			}
			assertEquals(1890, shown, "the session still works");
			assertEquals(Files.readString(TestScenarios.examples().resolve("europe-1914.entente")),
					Files.readString(scenario), "nothing was written");
		}
	}

	@Test
	void noReaderEverSeesAHalfWrittenScenario() throws Exception {
		String a = Files.readString(scenario);
		String b = a + "\nstate ZZZ \"Written and rewritten\" region \"Europe\"\n".repeat(50);
		AtomicBoolean writing = new AtomicBoolean(true);
		AtomicInteger samples = new AtomicInteger();
		AtomicReference<String> torn = new AtomicReference<>();
		Thread reader = new Thread(() -> {
			while (writing.get() && torn.get() == null) {
				try {
					String seen = Files.readString(scenario);
					samples.incrementAndGet();
					if (!seen.equals(a) && !seen.equals(b)) {
						torn.set(seen.length() + " characters, neither version");
					}
				} catch (IOException betweenRenames) {
					torn.set("the file was missing: " + betweenRenames);
				}
			}
		});
		reader.start();
		try {
			String current = a;
			for (int i = 0; i < 625 && torn.get() == null; i++) {
				String next = current.equals(a) ? b : a;
				document.replaceText(current, next);
				current = next;
			}
		} finally {
			writing.set(false);
			reader.join();
		}
		assertEquals(null, torn.get());
		assertNotEquals(0, samples.get(), "the reader read while the edits were written");
	}

	private GlspTestClient open() throws InterruptedException {
		return GlspTestClient.openDiagram(server, input);
	}

	private JsonObject modelRequest(String id) {
		return GlspTestClient.modelRequest(id, input);
	}

	private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (!condition.getAsBoolean()) {
			assertTrue(System.nanoTime() < deadline, "condition not reached within 10 s");
			Thread.sleep(20);
		}
	}
}
