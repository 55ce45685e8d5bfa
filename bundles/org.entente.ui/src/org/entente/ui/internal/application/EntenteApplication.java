package org.entente.ui.internal.application;

import java.io.IOException;
import java.net.URL;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * Starts the Entente workbench.
 *
 * <p>
 * The workspace location comes from the launcher: {@code -data DIR} when given, otherwise the product's default
 * ({@code osgi.instance.area.default}, {@code ~/entente-workspace}). The workspace is locked so that two workbenches
 * never write the same workspace metadata.
 */
public class EntenteApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Display display = PlatformUI.createDisplay();
		try {
			if (!lockWorkspace(display)) {
				return EXIT_OK;
			}
			int code = PlatformUI.createAndRunWorkbench(display, new EntenteWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			Location instance = Platform.getInstanceLocation();
			if (instance != null && instance.isLocked()) {
				instance.release();
			}
			display.dispose();
		}
	}

	private static boolean lockWorkspace(Display display) {
		Location instance = Platform.getInstanceLocation();
		if (instance == null) {
			MessageDialog.openError(null, "Entente", "No workspace location is set. Start Entente with -data DIR.");
			return false;
		}
		URL url = instance.getURL();
		String where = url == null ? "(none)" : url.getFile();
		try {
			if (instance.isLocked() || instance.lock()) {
				return true;
			}
			MessageDialog.openError(null, "Entente",
					"The workspace " + where + " is in use by another Entente or Eclipse instance.\n"
							+ "Close it, or start Entente with -data DIR to use another workspace.");
		} catch (IOException e) {
			MessageDialog.openError(null, "Entente",
					"The workspace " + where + " cannot be locked: " + e.getMessage()
							+ "\nCheck that the directory is writable, or start Entente with -data DIR.");
		}
		return false;
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
