package org.entente.diagram.glsp;

import java.util.concurrent.CompletableFuture;

import org.eclipse.glsp.server.protocol.DefaultGLSPServer;
import org.eclipse.glsp.server.protocol.InitializeClientSessionParameters;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * GLSP's server for one connection, with a bound on the diagram sessions it holds. Each session is a diagram with
 * its own model, layout and undo history; without a bound one connection could open sessions under new ids until
 * the memory runs out. A browser tab opens one.
 */
final class EntenteGlspServer extends DefaultGLSPServer {

	/** The most diagram sessions one connection may hold at once. */
	static final int MAX_CLIENT_SESSIONS = 16;

	@Override
	public CompletableFuture<Void> initializeClientSession(InitializeClientSessionParameters params) {
		if (params != null && !clientSessions.containsKey(params.getClientSessionId())
				&& clientSessions.size() >= MAX_CLIENT_SESSIONS) {
			return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
					ResponseErrorCode.InvalidRequest, "This connection already holds " + MAX_CLIENT_SESSIONS
							+ " diagram sessions, the most it may; dispose of one first.", null)));
		}
		return super.initializeClientSession(params);
	}
}
