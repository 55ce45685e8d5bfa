package org.entente.diagram.glsp;

import org.eclipse.glsp.server.di.ServerModule;
import org.entente.diagram.DiagramInputs;

/** The Guice bindings of a diagram server: its one diagram type, and the documents its clients may open. */
public class EntenteServerModule extends ServerModule {
	private final DiagramInputs inputs;

	/** A server whose clients may open the documents registered in {@code inputs}. */
	public EntenteServerModule(DiagramInputs inputs) {
		this.inputs = inputs;
		configureDiagramModule(new EntenteDiagramModule());
	}

	@Override
	protected void configureBase() {
		super.configureBase();
		bind(DiagramInputs.class).toInstance(inputs);
	}
}
