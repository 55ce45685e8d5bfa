package org.entente.diagram.tests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.entente.diagram.DiagramInputs;
import org.entente.diagram.DiagramServer;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A GLSP client speaking JSON-RPC over the JDK's websocket, as the browser client does: enough to open a diagram,
 * send actions and wait for the server's.
 */
final class GlspTestClient implements AutoCloseable {
	static final String CLIENT_ID = "test-client";
	/** The action kinds the browser client accepts. */
	static final String[] CLIENT_KINDS = { "setModel", "updateModel", "setDirtyState", "message", "setMarkers",
			"elementSelected", "status" };
	/** One client for all connections: a test may hold many at once. */
	private static final HttpClient HTTP = HttpClient.newHttpClient();
	private final WebSocket socket;
	private final LinkedBlockingQueue<JsonObject> incoming;
	private final List<JsonObject> seen = new ArrayList<>();
	private final AtomicInteger ids = new AtomicInteger();
	private final CompletableFuture<Integer> closeStatus;

	private GlspTestClient(WebSocket socket, LinkedBlockingQueue<JsonObject> incoming,
			CompletableFuture<Integer> closeStatus) {
		this.socket = socket;
		this.incoming = incoming;
		this.closeStatus = closeStatus;
	}

	/** Opens the websocket, or fails as the server refuses it. */
	static GlspTestClient connect(String url, String origin) {
		StringBuilder partial = new StringBuilder();
		LinkedBlockingQueue<JsonObject> queue = new LinkedBlockingQueue<>();
		CompletableFuture<Integer> closed = new CompletableFuture<>();
		WebSocket.Builder builder = HTTP.newWebSocketBuilder()
				.connectTimeout(Duration.ofSeconds(10));
		if (origin != null) {
			builder.header("Origin", origin);
		}
		WebSocket socket = builder.buildAsync(URI.create(url), new WebSocket.Listener() {
			@Override
			public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
				partial.append(data);
				if (last) {
					queue.add(JsonParser.parseString(partial.toString()).getAsJsonObject());
					partial.setLength(0);
				}
				webSocket.request(1);
				return null;
			}

			@Override
			public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
				closed.complete(statusCode);
				return null;
			}

			@Override
			public void onError(WebSocket webSocket, Throwable error) {
				closed.complete(-1);
			}
		}).join();
		return new GlspTestClient(socket, queue, closed);
	}

	/** Connects to {@code server} as the browser does, opens a session and asks for the diagram of {@code input}. */
	static GlspTestClient openDiagram(DiagramServer server, DiagramInputs.Input input) throws InterruptedException {
		GlspTestClient client = connect("ws://127.0.0.1:" + server.port() + DiagramServer.ENDPOINT + "?token="
				+ server.token(), server.origin());
		client.initialize(CLIENT_KINDS);
		client.send(modelRequest("initial", input));
		return client;
	}

	/** A request for the model of {@code input}, answered by a {@code setModel} action. */
	static JsonObject modelRequest(String requestId, DiagramInputs.Input input) {
		JsonObject request = action("requestModel");
		request.addProperty("requestId", requestId);
		request.add("options", JsonParser.parseString("{\"sourceUri\":\"" + input.key()
				+ "\",\"diagramType\":\"entente-diagram\"}"));
		return request;
	}

	/** Initializes the server and a session for the Entente diagram that accepts these action kinds. */
	void initialize(String... clientActionKinds) throws InterruptedException {
		JsonObject params = new JsonObject();
		params.addProperty("applicationId", "entente-tests");
		params.addProperty("protocolVersion", "1.0.0");
		request("initialize", params);
		initializeSession(CLIENT_ID, clientActionKinds);
	}

	/** Asks for one more diagram session on this connection; returns the response (an error when refused). */
	JsonObject initializeSession(String clientSessionId, String... clientActionKinds) throws InterruptedException {
		JsonObject session = new JsonObject();
		session.addProperty("clientSessionId", clientSessionId);
		session.addProperty("diagramType", "entente-diagram");
		JsonArray kinds = new JsonArray();
		for (String kind : clientActionKinds) {
			kinds.add(kind);
		}
		session.add("clientActionKinds", kinds);
		return request("initializeClientSession", session);
	}

	/** Sends a request and waits for its response. */
	JsonObject request(String method, JsonObject params) throws InterruptedException {
		int id = ids.incrementAndGet();
		JsonObject message = new JsonObject();
		message.addProperty("jsonrpc", "2.0");
		message.addProperty("id", id);
		message.addProperty("method", method);
		message.add("params", params);
		socket.sendText(message.toString(), true).join();
		return await(m -> m.has("id") && m.get("id").getAsInt() == id && !m.has("method"), method + " response");
	}

	/** Sends an action to the server. */
	void send(JsonObject action) {
		JsonObject params = new JsonObject();
		params.addProperty("clientId", CLIENT_ID);
		params.add("action", action);
		JsonObject message = new JsonObject();
		message.addProperty("jsonrpc", "2.0");
		message.addProperty("method", "process");
		message.add("params", params);
		socket.sendText(message.toString(), true).join();
	}

	/** Sends a text frame as it is, valid JSON-RPC or not. */
	void sendRaw(String text) {
		socket.sendText(text, true).join();
	}

	/** Waits for the server to close the connection, and returns its status code (-1 for an error). */
	int awaitClose() throws Exception {
		return closeStatus.get(20, TimeUnit.SECONDS);
	}

	/** Waits for an action of this kind from the server, skipping others. */
	JsonObject awaitAction(String kind) throws InterruptedException {
		JsonObject message = await(m -> "process".equals(stringOf(m, "method"))
				&& kind.equals(m.getAsJsonObject("params").getAsJsonObject("action").get("kind").getAsString()),
				"a '" + kind + "' action");
		return message.getAsJsonObject("params").getAsJsonObject("action");
	}

	private JsonObject await(Predicate<JsonObject> wanted, String what) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (System.nanoTime() < deadline) {
			JsonObject message = incoming.poll(100, TimeUnit.MILLISECONDS);
			if (message == null) {
				continue;
			}
			seen.add(message);
			if (wanted.test(message)) {
				return message;
			}
		}
		throw new AssertionError("No " + what + " within 20 s; received: " + seen);
	}

	private static String stringOf(JsonObject object, String member) {
		return object.has(member) ? object.get(member).getAsString() : null;
	}

	/** An action of {@code kind}. */
	static JsonObject action(String kind) {
		JsonObject action = new JsonObject();
		action.addProperty("kind", kind);
		return action;
	}

	@Override
	public void close() {
		if (!socket.isOutputClosed()) {
			socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
		}
	}
}
