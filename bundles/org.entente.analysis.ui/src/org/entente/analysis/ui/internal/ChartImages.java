package org.entente.analysis.ui.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.jfree.chart.JFreeChart;

/** Draws the report engine's charts for SWT: Java2D into an image, copied into SWT image data. */
final class ChartImages {

	private ChartImages() {
	}

	/** The chart drawn at the given size, as SWT image data. */
	static ImageData render(JFreeChart chart, int width, int height) {
		BufferedImage image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			chart.draw(graphics, new Rectangle2D.Double(0, 0, image.getWidth(), image.getHeight()));
		} finally {
			graphics.dispose();
		}
		PaletteData palette = new PaletteData(0xFF0000, 0x00FF00, 0x0000FF);
		ImageData data = new ImageData(image.getWidth(), image.getHeight(), 24, palette);
		int[] row = new int[image.getWidth()];
		for (int y = 0; y < image.getHeight(); y++) {
			image.getRGB(0, y, image.getWidth(), 1, row, 0, image.getWidth());
			data.setPixels(0, y, row.length, row, 0);
		}
		return data;
	}
}
