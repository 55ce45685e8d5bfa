package org.entente.diagram.glsp;

import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.entente.diagram.DiagramInputs;

/**
 * The Guice bindings of a diagram server: its one diagram type, the documents its clients may open, and a bound on the
 * sessions of one connection ({@link EntenteGlspServer}).
 */
public class EntenteServerModule extends ServerModule {
	private final DiagramInputs inputs;

	/** A server whose clients may open the documents registered in {@code inputs}. */
	public EntenteServerModule(DiagramInputs inputs) {
		this.inputs = inputs;
		configureDiagramModule(new EntenteDiagramModule());
	}

	@Override
	protected Class<? extends GLSPServer> bindGLSPServer() {
		return EntenteGlspServer.class;
	}

	@Override
	protected void configureBase() {
		super.configureBase();
		bind(DiagramInputs.class).toInstance(inputs);
	}
}
