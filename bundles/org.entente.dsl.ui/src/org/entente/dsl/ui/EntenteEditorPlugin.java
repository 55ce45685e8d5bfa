package org.entente.dsl.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.entente.dsl.ui.internal.EntenteLanguageService;
import org.osgi.framework.BundleContext;

/**
 * The scenario editor bundle. It starts the in-process language server on first use and stops it with the bundle.
 */
public class EntenteEditorPlugin extends AbstractUIPlugin {

	/** The bundle's symbolic name. */
	public static final String PLUGIN_ID = "org.entente.dsl.ui";

	/** Id of the {@code .entente} content type, to which the editor's services are bound. */
	public static final String CONTENT_TYPE_ID = "org.entente.dsl.ui.scenario";

	private static EntenteEditorPlugin instance;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		EntenteLanguageService.shutdown();
		instance = null;
		super.stop(context);
	}

	/** The running plug-in, or {@code null} when it is stopped. */
	public static EntenteEditorPlugin getDefault() {
		return instance;
	}

	/** Logs a problem in the Error Log with this bundle as its source. */
	public static void log(String message, Throwable error) {
		ILog.of(EntenteEditorPlugin.class).log(new Status(IStatus.ERROR, PLUGIN_ID, message, error));
	}
}
