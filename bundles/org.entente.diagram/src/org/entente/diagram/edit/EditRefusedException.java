package org.entente.diagram.edit;

/** An edit the diagram cannot make, with a message for the user saying why. */
public final class EditRefusedException extends Exception {
	private static final long serialVersionUID = 1L;

	/** An edit refused for the reason given. */
	public EditRefusedException(String message) {
		super(message);
	}
}
