package org.entente.ui;

/**
 * Identifiers of the Entente workbench that other bundles and tests refer to.
 */
public final class EntenteUi {

	/** Symbolic name of this bundle. */
	public static final String PLUGIN_ID = "org.entente.ui";

	/** The Eclipse application that starts the Entente workbench. */
	public static final String APPLICATION_ID = PLUGIN_ID + ".application";

	/** The Entente product (branding: name, icons, about text). */
	public static final String PRODUCT_ID = PLUGIN_ID + ".product";

	/** The perspective the workbench opens with: navigator, editors, outline, properties, problems, progress. */
	public static final String MODELING_PERSPECTIVE_ID = PLUGIN_ID + ".perspective";

	private EntenteUi() {
	}
}
