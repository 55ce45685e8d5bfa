package org.entente.diagram.glsp;

import java.io.IOException;
import java.util.Set;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;

import com.google.gson.JsonObject;

import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;

/**
 * GLSP's websocket endpoint, except that a message it cannot read does not end the connection. lsp4j lets a parse
 * failure (text that is not JSON, an action of an unknown kind) escape to the container, which then closes the
 * websocket: one bad message from a page would cost the user their diagram session. Here such a message is answered
 * with a JSON-RPC error ({@code -32700}, parse error) and logged in one line; the connection carries on. A message
 * lsp4j reads but cannot map (a field of the wrong type) it logs itself, with the whole stack trace; that is cut to
 * one line too, so that a client cannot fill the log with them.
 */
public final class EntenteServerEndpoint extends GLSPServerEndpoint {
	private static final Logger LOG = LogManager.getLogger(EntenteServerEndpoint.class);
	/** Held, so that the filter set on it is not lost when the logging system drops unreferenced loggers. */
	private static final java.util.logging.Logger JSON_RPC_LOG = java.util.logging.Logger
			.getLogger("org.eclipse.lsp4j.jsonrpc.RemoteEndpoint");

	static {
		JSON_RPC_LOG.setFilter(record -> {
			if (record.getThrown() == null) {
				return true;
			}
			JSON_RPC_LOG.log(record.getLevel(),
					record.getMessage() + " " + firstLine(String.valueOf(record.getThrown().getMessage())));
			return false;
		});
	}

	@Override
	public void onOpen(Session session, EndpointConfig config) {
		super.onOpen(session, config);
		Set<MessageHandler> handlers = session.getMessageHandlers();
		for (MessageHandler handler : handlers) {
			if (handler instanceof MessageHandler.Whole<?> whole) {
				@SuppressWarnings("unchecked")
				MessageHandler.Whole<String> text = (MessageHandler.Whole<String>) whole;
				session.removeMessageHandler(handler);
				session.addMessageHandler(String.class, message -> receive(session, text, message));
				return;
			}
		}
	}

	private static void receive(Session session, MessageHandler.Whole<String> handler, String message) {
		try {
			handler.onMessage(message);
		} catch (RuntimeException unreadable) {
			String reason = unreadable.getMessage() == null ? unreadable.getClass().getSimpleName()
					: unreadable.getMessage();
			LOG.info("Refused a message the diagram server cannot read: " + firstLine(reason));
			JsonObject error = new JsonObject();
			error.addProperty("code", -32700);
			error.addProperty("message", "The message could not be read: " + firstLine(reason));
			JsonObject response = new JsonObject();
			response.addProperty("jsonrpc", "2.0");
			response.add("id", com.google.gson.JsonNull.INSTANCE);
			response.add("error", error);
			try {
				session.getBasicRemote().sendText(response.toString());
			} catch (IOException | IllegalStateException closed) {
				// the client went away: nothing to answer
			}
		}
	}

	private static String firstLine(String text) {
		int end = text.indexOf('\n');
		String line = end < 0 ? text : text.substring(0, end);
		return line.length() > 300 ? line.substring(0, 300) + "..." : line;
	}
}
