package org.entente.testing.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Saves what a person would see under {@code target/screenshots/} (the build passes the folder as the system
 * property {@code entente.screenshots}) so that UI test runs can be looked at, not only counted.
 */
public final class Screenshots {

	private Screenshots() {
	}

	/** Captures the shell's area of the screen as {@code <name>.png} and returns the file written. */
	public static Path capture(Shell shell, String name) throws IOException {
		Display display = shell.getDisplay();
		shell.forceActive();
		flushEvents(display);
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		try {
			ImageData data = image.getImageData();
			Path folder = folder();
			Files.createDirectories(folder);
			Path file = folder.resolve(name + ".png");
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} finally {
			image.dispose();
		}
	}

	/** Lets pending layout and paint events run so the capture shows the finished frame. */
	public static void flushEvents(Display display) {
		UiWait.spin(500);
	}

	private static Path folder() {
		String configured = System.getProperty("entente.screenshots");
		return Path.of(configured != null ? configured : "target/screenshots");
	}
}
