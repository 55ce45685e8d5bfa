package org.entente.diagram.ui.internal;

import java.io.IOException;

import org.eclipse.core.runtime.ILog;
import org.entente.diagram.DiagramServer;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Starts the workbench's one diagram server on first use and stops it with the bundle. */
public final class DiagramUiPlugin implements BundleActivator {
	private static DiagramServer server;

	@Override
	public void start(BundleContext context) {
		// The server starts when the first diagram opens.
	}

	@Override
	public void stop(BundleContext context) {
		synchronized (DiagramUiPlugin.class) {
			if (server != null) {
				server.close();
				server = null;
			}
		}
	}

	/**
	 * The diagram server of this workbench (127.0.0.1, a free port, a token per session).
	 *
	 * @throws IOException when it cannot start
	 */
	public static synchronized DiagramServer server() throws IOException {
		if (server == null) {
			server = DiagramServer.start(DiagramServer.bundledWebRoot());
		}
		return server;
	}

	/** The diagram server if it runs, without starting one. */
	static synchronized DiagramServer runningServer() {
		return server;
	}

	/** Logs a problem in the Error Log. */
	static void log(String message, Throwable problem) {
		ILog.of(DiagramUiPlugin.class).error(message, problem);
	}
}
