package org.entente.analysis.ui.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.entente.analysis.AnalysisResult;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * Charts of analysis results with JFreeChart: a metric's values over the years, one line per metric. Drawn into
 * an image for the SWT view, and exported as PNG or SVG (JFreeSVG) from the same chart object, so an export is
 * exactly what is shown.
 */
public final class ResultCharts {

	/** Metrics charted first when a result has them, per analysis: the indices its method is about. */
	private static final Map<String, List<String>> PREFERRED = Map.of(
			"polarity", List.of("neff", "bloc_neff", "hhi", "con", "top_share"),
			"stability", List.of("frustration_normalized", "balanced_triad_share"));

	static {
		// Charts are drawn off screen into images: AWT needs no display, and no X11 toolkit library (a JRE from
		// a "headless" package has none), as long as it starts headless. SWT does not use AWT.
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
	}

	private ResultCharts() {
	}

	/** The metrics of a result's series whose values are numbers (the ones that can be charted). */
	public static List<String> numericMetrics(AnalysisResult result) {
		Set<String> names = new LinkedHashSet<>();
		for (AnalysisResult.YearMetrics year : result.series()) {
			year.metrics().forEach((name, value) -> {
				if (value instanceof Number) {
					names.add(name);
				}
			});
		}
		return new ArrayList<>(names);
	}

	/** The metrics charted until the user picks others. */
	public static List<String> defaultMetrics(AnalysisResult result) {
		List<String> numeric = numericMetrics(result);
		List<String> preferred = PREFERRED.getOrDefault(result.analysisId(), List.of()).stream()
				.filter(numeric::contains).toList();
		if (!preferred.isEmpty()) {
			return preferred;
		}
		return numeric.subList(0, Math.min(4, numeric.size()));
	}

	/** A line chart of the metrics over the years. */
	public static JFreeChart chart(AnalysisResult result, String scenario, List<String> metrics) {
		XYSeriesCollection data = new XYSeriesCollection();
		for (String metric : metrics) {
			XYSeries series = new XYSeries(metric);
			for (AnalysisResult.YearMetrics year : result.series()) {
				if (year.metrics().get(metric) instanceof Number number) {
					series.add(year.year(), number.doubleValue());
				}
			}
			data.addSeries(series);
		}
		JFreeChart chart = ChartFactory.createXYLineChart(result.analysisName() + " \u2014 " + scenario, "year", null,
				data, PlotOrientation.VERTICAL, true, true, false);
		XYPlot plot = chart.getXYPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(new Color(220, 220, 220));
		plot.setRangeGridlinePaint(new Color(220, 220, 220));
		NumberAxis years = (NumberAxis) plot.getDomainAxis();
		years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		years.setAutoRangeIncludesZero(false);
		years.setNumberFormatOverride(new java.text.DecimalFormat("0")); // 1914, not 1,914
		chart.setBackgroundPaint(Color.WHITE);
		return chart;
	}

	/** The most bars of a table chart; more rows are left to the table beside it. */
	static final int MAX_BARS = 15;

	/** Columns charted for the tables the core analyses produce; other tables chart all their numeric columns. */
	private static final Map<String, List<String>> TABLE_COLUMNS = Map.of(
			"capability shares", List.of("share"),
			"hedging", List.of("hedging_index"),
			"durability", List.of("threat", "interests", "basis", "polarity", "outside_options", "capability_change",
					"regime_change"),
			"landscape", List.of("size"));

	/**
	 * A bar chart of a result table's last year (or of all its rows when it has no year): one bar group per row
	 * (named by its text cells), one bar per numeric column. Durability is stacked: each driver's contribution to
	 * a membership's risk. {@code null} when the table has nothing numeric to chart.
	 */
	public static JFreeChart tableChart(AnalysisResult.Table table, String scenario) {
		int yearColumn = table.columns().indexOf("year");
		Integer lastYear = null;
		if (yearColumn >= 0) {
			for (List<Object> row : table.rows()) {
				if (row.get(yearColumn) instanceof Number year && (lastYear == null || year.intValue() > lastYear)) {
					lastYear = year.intValue();
				}
			}
		}
		List<String> columns = TABLE_COLUMNS.getOrDefault(table.name(), List.of()).stream()
				.filter(table.columns()::contains).toList();
		if (columns.isEmpty()) {
			columns = new ArrayList<>();
			for (int c = 0; c < table.columns().size(); c++) {
				final int index = c;
				if (c != yearColumn && table.rows().stream().anyMatch(r -> r.get(index) instanceof Number)) {
					columns.add(table.columns().get(c));
				}
			}
		}
		if (columns.isEmpty()) {
			return null;
		}
		org.jfree.data.category.DefaultCategoryDataset data = new org.jfree.data.category.DefaultCategoryDataset();
		List<List<Object>> rows = new ArrayList<>();
		for (List<Object> row : table.rows()) {
			if (lastYear == null || row.get(yearColumn) instanceof Number year && year.intValue() == lastYear) {
				rows.add(row);
			}
		}
		// the largest first (the riskiest membership, the strongest hedger...), at most what a chart can label
		int rank = table.columns().indexOf(table.columns().contains("risk") ? "risk" : columns.get(0));
		rows.sort(java.util.Comparator.comparingDouble(
				(List<Object> row) -> row.get(rank) instanceof Number n ? -n.doubleValue() : 0));
		int shown = Math.min(rows.size(), MAX_BARS);
		for (List<Object> row : rows.subList(0, shown)) {
			List<String> labels = new ArrayList<>();
			for (int c = 0; c < row.size(); c++) {
				if (c != yearColumn && !(row.get(c) instanceof Number) && row.get(c) != null) {
					labels.add(String.valueOf(row.get(c)));
				}
			}
			String category = String.join(" / ", labels);
			for (String column : columns) {
				if (row.get(table.columns().indexOf(column)) instanceof Number value) {
					data.addValue(value.doubleValue(), column, category);
				}
			}
		}
		String title = table.name() + (lastYear == null ? "" : " in " + lastYear)
				+ (rows.size() > shown ? " (top " + shown + " of " + rows.size() + ")" : "") + " \u2014 " + scenario;
		JFreeChart chart = "durability".equals(table.name())
				? ChartFactory.createStackedBarChart(title, null, "driver values (risk weighs them)", data,
						PlotOrientation.HORIZONTAL, true, true, false)
				: ChartFactory.createBarChart(title, null, null, data, PlotOrientation.HORIZONTAL, true, true, false);
		chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
		chart.getCategoryPlot().setRangeGridlinePaint(new Color(220, 220, 220));
		chart.setBackgroundPaint(Color.WHITE);
		return chart;
	}

	/** The chart drawn at the given size, as SWT image data. */
	public static ImageData render(JFreeChart chart, int width, int height) {
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

	/** Writes the chart as a PNG image. */
	public static void exportPng(JFreeChart chart, File file, int width, int height) throws IOException {
		ChartUtils.saveChartAsPNG(file, chart, width, height);
	}

	/** Writes the chart as SVG (vector: scales without loss in reports). */
	public static void exportSvg(JFreeChart chart, File file, int width, int height) throws IOException {
		SVGGraphics2D svg = new SVGGraphics2D(width, height);
		chart.draw(svg, new Rectangle2D.Double(0, 0, width, height));
		SVGUtils.writeToSVG(file, svg.getSVGElement());
	}
}
