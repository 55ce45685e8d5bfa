package org.entente.diagram;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.eclipse.glsp.server.websocket.GLSPConfigurator;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.common.JakartaWebSocketContainer;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.entente.diagram.glsp.EntenteServerEndpoint;
import org.entente.diagram.glsp.EntenteServerModule;

import com.google.inject.Guice;

import jakarta.websocket.server.ServerEndpointConfig;

/**
 * The diagram server: the GLSP websocket and the web client on an embedded Jetty bound to 127.0.0.1 on a free
 * port. The websocket answers only requests that carry this server's random token and come from its own origin
 * (or from no browser at all), so neither another local process without the token nor another web page can
 * drive a diagram. Start one per JVM; documents are opened through {@link #inputs()}.
 * <p>
 * What a client holding the token can make the server do is bounded: at most {@link #MAX_CONNECTIONS} websocket
 * connections at once (more are refused with 503 before the upgrade), messages of at most 8 MiB (GLSP's bound: a
 * larger one closes that connection with status 1009, the others carry on), 16 diagram sessions per connection, and
 * positions that are finite numbers. A message the server cannot read is answered with an error and the connection
 * kept ({@link EntenteServerEndpoint}).
 */
public final class DiagramServer implements AutoCloseable {
	/** The websocket's path. */
	public static final String ENDPOINT = "/glsp";
	/** The most websocket connections open at once; each browser tab showing a diagram holds one. */
	public static final int MAX_CONNECTIONS = 64;
	private static final SecureRandom RANDOM = new SecureRandom();

	static {
		// GLSP logs through Log4j 2 and Jetty through SLF4J; neither has a backend in the platform. Both go to
		// standard error, warnings and errors only, unless the user configured otherwise.
		setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		setIfAbsent("org.apache.logging.log4j.simplelog.StatusLogger.level", "WARN");
		setIfAbsent("log4j2.simplelogLevel", "WARN");
		setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
	}

	private static void setIfAbsent(String property, String value) {
		if (System.getProperty(property) == null) {
			System.setProperty(property, value);
		}
	}

	private final DiagramInputs inputs = new DiagramInputs();
	private final String token;
	private final Server server;
	private volatile JakartaWebSocketContainer websockets;
	private int port;

	private DiagramServer(Path webRoot) {
		byte[] random = new byte[24];
		RANDOM.nextBytes(random);
		this.token = HexFormat.of().formatHex(random);
		this.server = new Server();
		HttpConfiguration http = new HttpConfiguration();
		http.setSendServerVersion(false);
		ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
		connector.setHost("127.0.0.1");
		connector.setPort(0);
		server.addConnector(connector);

		ServletContextHandler context = new ServletContextHandler();
		context.setContextPath("/");
		// The real path, so that no file of the client is an alias; then no alias is served at all: a symbolic link in
		// the web root cannot hand out a file outside it.
		context.setBaseResource(ResourceFactory.of(server).newResource(webRoot));
		context.clearAliasChecks();
		ServletHolder files = new ServletHolder("client", DefaultServlet.class);
		files.setInitParameter("dirAllowed", "false");
		context.addServlet(files, "/");
		JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
			ServerEndpointConfig config = ServerEndpointConfig.Builder.create(EntenteServerEndpoint.class, ENDPOINT)
					.configurator(new GLSPConfigurator(() -> Guice.createInjector(new EntenteServerModule(inputs))))
					.build();
			container.addEndpoint(config);
			websockets = (JakartaWebSocketContainer) container;
		});
		server.setHandler(new Guard(context));
	}

	/**
	 * Starts a server serving the web client from {@code webRoot}.
	 *
	 * @throws IOException when the client files are missing or the server cannot listen
	 */
	public static DiagramServer start(Path webRoot) throws IOException {
		if (!Files.isRegularFile(webRoot.resolve("index.html"))) {
			throw new IOException("The diagram client is missing: no index.html in " + webRoot);
		}
		DiagramServer diagramServer = new DiagramServer(webRoot.toRealPath());
		try {
			diagramServer.server.start();
		} catch (Exception failed) {
			throw new IOException("The diagram server could not start: " + failed.getMessage(), failed);
		}
		diagramServer.port = ((ServerConnector) diagramServer.server.getConnectors()[0]).getLocalPort();
		return diagramServer;
	}

	/**
	 * The web client inside this bundle (or, when run from the workspace, its build output).
	 *
	 * @throws IOException when it is not there: the client was not built
	 */
	public static Path bundledWebRoot() throws IOException {
		URL index = DiagramServer.class.getResource("/web/index.html");
		if (index == null) {
			throw new IOException("The diagram client is not in the org.entente.diagram bundle; build it with"
					+ " './entente-build mvn -pl bundles/org.entente.diagram package'.");
		}
		// A bundle jar's directory is extracted whole to the platform's cache, so Jetty serves plain files.
		URL directory = org.eclipse.core.runtime.FileLocator.toFileURL(DiagramServer.class.getResource("/web/"));
		try {
			return Path.of(new java.net.URI(directory.getProtocol(), directory.getPath(), null));
		} catch (URISyntaxException | IllegalArgumentException notAFile) {
			throw new IOException("The diagram client cannot be served from " + directory, notAFile);
		}
	}

	/** The documents clients may open. */
	public DiagramInputs inputs() {
		return inputs;
	}

	/** The port. */
	public int port() {
		return port;
	}

	/** The token a websocket request must carry. */
	public String token() {
		return token;
	}

	/** The origin pages of this server have. */
	public String origin() {
		return "http://127.0.0.1:" + port;
	}

	/** The address of the diagram page of a registered document. */
	public String url(DiagramInputs.Input input) {
		return origin() + "/index.html?token=" + token + "&uri="
				+ URLEncoder.encode(input.key(), StandardCharsets.UTF_8);
	}

	/** The websocket connections open now. */
	public int openConnections() {
		JakartaWebSocketContainer container = websockets;
		return container == null ? 0 : container.getOpenSessions().size();
	}

	/** Stops the server and closes every diagram. */
	@Override
	public void close() {
		try {
			server.stop();
		} catch (Exception failed) {
			// Stopping: nothing left to tell anyone.
		}
	}

	/** Refuses websocket requests without the token or from another origin, before the upgrade. */
	private final class Guard extends Handler.Wrapper {
		Guard(Handler handler) {
			super(handler);
		}

		@Override
		public boolean handle(Request request, Response response, Callback callback) throws Exception {
			if (Request.getPathInContext(request).startsWith(ENDPOINT)) {
				Fields query = Request.extractQueryParameters(request);
				String origin = request.getHeaders().get(HttpHeader.ORIGIN);
				boolean tokenOk = token.equals(query.getValue("token"));
				boolean originOk = origin == null || origin.equals(origin()) || origin.equals("http://localhost:" + port);
				if (!tokenOk || !originOk) {
					Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403,
							!tokenOk ? "missing or wrong token" : "foreign origin " + origin);
					return true;
				}
				if (openConnections() >= MAX_CONNECTIONS) {
					Response.writeError(request, response, callback, HttpStatus.SERVICE_UNAVAILABLE_503,
							MAX_CONNECTIONS + " diagram connections are open, the most this server takes; close some");
					return true;
				}
			}
			return super.handle(request, response, callback);
		}
	}
}
