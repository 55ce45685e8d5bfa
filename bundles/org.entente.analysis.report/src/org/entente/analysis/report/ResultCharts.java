package org.entente.analysis.report;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.entente.analysis.AnalysisResult;
import org.entente.analysis.ColumnDescriptor;
import org.entente.analysis.MetricDescriptor;
import org.entente.analysis.TableDescriptor;
import org.entente.analysis.ValueKind;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Charts of analysis results with JFreeChart, chosen by the results' declarations: a line chart of per-year metrics
 * over the years, and a chart of each table as it is declared (bars of the last year's rows, stacked bars, or lines
 * over the years). The workbench draws these charts into its views, the HTML report embeds them as SVG
 * (JFreeSVG), and exports write them as PNG or SVG: what a report shows is what the view shows.
 */
public final class ResultCharts {

	/** The most bars of a table chart; more rows are left to the table beside it. */
	public static final int MAX_BARS = 15;

	/** The most lines of a table's line chart (the largest in the last year). */
	public static final int MAX_LINES = 10;

	private static final Color GRID = new Color(220, 220, 220);

	static {
		// Charts are drawn off screen into images: AWT needs no display, and no X11 toolkit library (a JRE from
		// a "headless" package has none), as long as it starts headless. SWT does not use AWT. Set before any AWT
		// class initializes, and only when the application has not chosen.
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
	}

	private ResultCharts() {
	}

	/** A line chart of the result's default metrics ({@link org.entente.analysis.ResultSchema#charted()}). */
	public static JFreeChart seriesChart(AnalysisResult result) {
		return seriesChart(result, result.schema().charted(), result.analysisName() + " \u2014 " + result.scenario());
	}

	/** A line chart of {@code metrics} over the years, titled {@code title}. */
	public static JFreeChart seriesChart(AnalysisResult result, List<MetricDescriptor> metrics, String title) {
		XYSeriesCollection data = new XYSeriesCollection();
		for (MetricDescriptor metric : metrics) {
			XYSeries series = new XYSeries(metric.label());
			for (AnalysisResult.YearMetrics year : result.series()) {
				if (year.metrics().get(metric.id()) instanceof Number number && Double.isFinite(number.doubleValue())) {
					series.add(year.year(), number.doubleValue());
				}
			}
			data.addSeries(series);
		}
		Set<String> units = metrics.stream().map(MetricDescriptor::unit).collect(Collectors.toSet());
		String axis = units.size() == 1 ? units.iterator().next() : null;
		JFreeChart chart = ChartFactory.createXYLineChart(title, "year", axis == null || axis.isEmpty() ? null : axis,
				data, PlotOrientation.VERTICAL, true, true, false);
		style(chart.getXYPlot());
		chart.setBackgroundPaint(Color.WHITE);
		return chart;
	}

	/**
	 * The chart of a result table as its declaration says, or {@code null} when it is not charted or has nothing
	 * numeric to chart.
	 */
	public static JFreeChart tableChart(AnalysisResult.Table table, TableDescriptor description, String scenario) {
		List<ColumnDescriptor> charted = description.chartedColumns();
		if (description.chart() == TableDescriptor.Chart.NONE || charted.isEmpty() || table.rows().isEmpty()) {
			return null;
		}
		return switch (description.chart()) {
		case LINES -> lines(table, description, charted, scenario);
		case CURVES -> charted.size() < 2 ? bars(table, description, charted, scenario)
				: curves(table, description, charted, scenario);
		default -> bars(table, description, charted, scenario);
		};
	}

	private static JFreeChart bars(AnalysisResult.Table table, TableDescriptor description,
			List<ColumnDescriptor> charted, String scenario) {
		int yearColumn = description.yearColumn();
		Integer lastYear = lastYear(table, yearColumn);
		List<List<Object>> rows = new ArrayList<>();
		for (List<Object> row : table.rows()) {
			if (lastYear == null || row.get(yearColumn) instanceof Number year && year.intValue() == lastYear) {
				rows.add(row);
			}
		}
		int rank = description.indexOf(description.rankBy());
		rows.sort(Comparator.comparingDouble((List<Object> row) -> row.get(rank) instanceof Number n ? -n.doubleValue()
				: 0));
		int shown = Math.min(rows.size(), MAX_BARS);
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (List<Object> row : rows.subList(0, shown)) {
			String category = rowLabel(row, description);
			for (ColumnDescriptor column : charted) {
				if (row.get(description.indexOf(column.id())) instanceof Number value) {
					data.addValue(value.doubleValue(), column.label(), category);
				}
			}
		}
		String title = description.label() + (lastYear == null ? "" : " in " + lastYear)
				+ (rows.size() > shown ? " (top " + shown + " of " + rows.size() + ")" : "") + " \u2014 " + scenario;
		JFreeChart chart = description.chart() == TableDescriptor.Chart.STACKED
				? ChartFactory.createStackedBarChart(title, null, null, data, PlotOrientation.HORIZONTAL, true, true,
						false)
				: ChartFactory.createBarChart(title, null, null, data, PlotOrientation.HORIZONTAL, true, true, false);
		chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
		chart.getCategoryPlot().setRangeGridlinePaint(GRID);
		chart.setBackgroundPaint(Color.WHITE);
		return chart;
	}

	private static JFreeChart lines(AnalysisResult.Table table, TableDescriptor description,
			List<ColumnDescriptor> charted, String scenario) {
		int yearColumn = description.yearColumn();
		if (yearColumn < 0) {
			return bars(table, description, charted, scenario);
		}
		int value = description.indexOf(charted.get(0).id());
		int rank = description.indexOf(description.rankBy());
		Integer lastYear = lastYear(table, yearColumn);
		Map<String, XYSeries> series = new LinkedHashMap<>();
		Map<String, Double> last = new LinkedHashMap<>();
		for (List<Object> row : table.rows()) {
			String label = rowLabel(row, description);
			if (row.get(yearColumn) instanceof Number year && row.get(value) instanceof Number y) {
				series.computeIfAbsent(label, XYSeries::new).add(year.intValue(), y.doubleValue());
				if (lastYear != null && year.intValue() == lastYear && row.get(rank) instanceof Number r) {
					last.put(label, r.doubleValue());
				}
			}
		}
		XYSeriesCollection data = new XYSeriesCollection();
		series.keySet().stream().sorted(Comparator.comparingDouble(label -> -last.getOrDefault(label, 0.0)))
				.limit(MAX_LINES).forEach(label -> data.addSeries(series.get(label)));
		String title = description.label() + ": " + charted.get(0).label()
				+ (series.size() > MAX_LINES ? " (top " + MAX_LINES + " of " + series.size() + ")" : "") + " \u2014 "
				+ scenario;
		JFreeChart chart = ChartFactory.createXYLineChart(title, "year", charted.get(0).unit().isEmpty() ? null
				: charted.get(0).unit(), data, PlotOrientation.VERTICAL, true, true, false);
		style(chart.getXYPlot());
		chart.setBackgroundPaint(Color.WHITE);
		return chart;
	}

	/** A line per row label through (first charted column, second charted column), in row order. */
	private static JFreeChart curves(AnalysisResult.Table table, TableDescriptor description,
			List<ColumnDescriptor> charted, String scenario) {
		int x = description.indexOf(charted.get(0).id());
		int y = description.indexOf(charted.get(1).id());
		Map<String, XYSeries> series = new LinkedHashMap<>();
		for (List<Object> row : table.rows()) {
			if (row.get(x) instanceof Number px && row.get(y) instanceof Number py) {
				// autoSort off: a curve keeps the order its rows give
				series.computeIfAbsent(rowLabel(row, description), label -> new XYSeries(label, false, true))
						.add(px.doubleValue(), py.doubleValue());
			}
		}
		XYSeriesCollection data = new XYSeriesCollection();
		series.values().stream().limit(MAX_LINES).forEach(data::addSeries);
		JFreeChart chart = ChartFactory.createXYLineChart(description.label() + " \u2014 " + scenario,
				charted.get(0).label(), charted.get(1).label(), data, PlotOrientation.VERTICAL, true, true, false);
		XYPlot plot = chart.getXYPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(GRID);
		plot.setRangeGridlinePaint(GRID);
		chart.setBackgroundPaint(Color.WHITE);
		return chart;
	}

	/** A row's label: its element, text and category cells (not its year or numbers), joined by {@code " / "}. */
	public static String rowLabel(List<Object> row, TableDescriptor description) {
		List<String> labels = new ArrayList<>();
		for (int c = 0; c < row.size() && c < description.columns().size(); c++) {
			ValueKind kind = description.columns().get(c).kind();
			if (!kind.isNumeric() && kind != ValueKind.BOOLEAN && row.get(c) != null) {
				labels.add(ResultFormat.value(row.get(c), kind));
			}
		}
		return String.join(" / ", labels);
	}

	private static Integer lastYear(AnalysisResult.Table table, int yearColumn) {
		Integer lastYear = null;
		if (yearColumn >= 0) {
			for (List<Object> row : table.rows()) {
				if (row.get(yearColumn) instanceof Number year && (lastYear == null || year.intValue() > lastYear)) {
					lastYear = year.intValue();
				}
			}
		}
		return lastYear;
	}

	private static void style(XYPlot plot) {
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(GRID);
		plot.setRangeGridlinePaint(GRID);
		NumberAxis years = (NumberAxis) plot.getDomainAxis();
		years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		years.setAutoRangeIncludesZero(false);
		years.setNumberFormatOverride(new DecimalFormat("0")); // 1914, not 1,914
	}

	/** The chart as an SVG document (vector: scales without loss in reports). */
	public static String svg(JFreeChart chart, int width, int height) {
		SVGGraphics2D svg = new SVGGraphics2D(width, height);
		chart.draw(svg, new Rectangle2D.Double(0, 0, width, height));
		return svg.getSVGDocument();
	}

	/** The chart as an SVG element, to embed in an HTML page. */
	public static String svgElement(JFreeChart chart, int width, int height) {
		SVGGraphics2D svg = new SVGGraphics2D(width, height);
		chart.draw(svg, new Rectangle2D.Double(0, 0, width, height));
		return svg.getSVGElement();
	}

	/** The chart as SVG bytes (UTF-8). */
	public static byte[] svgBytes(JFreeChart chart, int width, int height) {
		return svg(chart, width, height).getBytes(StandardCharsets.UTF_8);
	}

	/** The chart as a PNG image. */
	public static byte[] png(JFreeChart chart, int width, int height) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ChartUtils.writeChartAsPNG(bytes, chart, width, height);
		} catch (IOException cannotHappen) {
			throw new UncheckedIOException(cannotHappen);
		}
		return bytes.toByteArray();
	}
}
