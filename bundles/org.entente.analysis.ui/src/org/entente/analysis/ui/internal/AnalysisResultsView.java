package org.entente.analysis.ui.internal;

import java.io.File;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.AnalysisResultWriter;
import org.entente.dsl.io.AtomicFiles;
import org.jfree.chart.JFreeChart;

/**
 * The Analysis Results view: the last run's results, one tab per analysis, each with a chart of its indices over
 * the years (pick the metrics in the list beside it), the values by year, the scalar metrics and tables, and the
 * findings with their drivers. Re-run repeats the launch; Compare runs it on another scenario (a variant, say)
 * and adds a tab with the differences highlighted. Export writes the results (JSON, CSV) or a chart (PNG, SVG).
 */
public class AnalysisResultsView extends ViewPart {

	/** The view's id. */
	public static final String ID = "org.entente.analysis.ui.results";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(ZoneId.systemDefault());

	private final Consumer<AnalysisSession> listener = session -> Display.getDefault().asyncExec(this::refresh);
	private Composite root;
	private Label summary;
	private CTabFolder tabs;
	private final List<ChartPanel> charts = new ArrayList<>();
	private final List<ChartCanvas> tableCharts = new ArrayList<>();
	private Table comparisonTable;

	@Override
	public void createPartControl(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(5).applyTo(root);
		summary = new Label(root, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		Button rerun = new Button(root, SWT.PUSH);
		rerun.setText("Re-run");
		rerun.setToolTipText("Run the same analyses with the same parameters again");
		rerun.addListener(SWT.Selection, event -> AnalysisCommands.rerun());
		Button compare = new Button(root, SWT.PUSH);
		compare.setText("Compare with...");
		compare.setToolTipText("Run the same analyses on another scenario (a variant, say) and show the differences");
		compare.addListener(SWT.Selection, event -> AnalysisCommands.compare(getSite().getShell()));
		Button years = new Button(root, SWT.PUSH);
		years.setText("Compare years...");
		years.setToolTipText("Put one year of the results (or of the comparison) beside another");
		years.addListener(SWT.Selection, event -> AnalysisCommands.compareYears(getSite().getShell()));
		Button export = new Button(root, SWT.PUSH);
		export.setText("Export...");
		Menu menu = new Menu(export);
		addExport(menu, "Results as JSON...", "*.json", this::exportJson);
		addExport(menu, "Results as CSV...", "*.csv", this::exportCsv);
		addExport(menu, "Chart of the selected tab as PNG...", "*.png", file -> exportChart(file, false));
		addExport(menu, "Chart of the selected tab as SVG...", "*.svg", file -> exportChart(file, true));
		export.addListener(SWT.Selection, event -> {
			Rectangle bounds = export.getBounds();
			menu.setLocation(export.getParent().toDisplay(bounds.x, bounds.y + bounds.height));
			menu.setVisible(true);
		});
		tabs = new CTabFolder(root, SWT.BORDER | SWT.FLAT);
		GridDataFactory.fillDefaults().grab(true, true).span(5, 1).applyTo(tabs);
		AnalysisSession.get().addListener(listener);
		refresh();
	}

	@Override
	public void dispose() {
		AnalysisSession.get().removeListener(listener);
		super.dispose();
	}

	@Override
	public void setFocus() {
		tabs.setFocus();
	}

	/** Shows the session's runs (called when a run finishes). */
	public void refresh() {
		if (root == null || root.isDisposed()) {
			return;
		}
		AnalysisRun run = AnalysisSession.get().last();
		for (CTabItem item : tabs.getItems()) {
			item.getControl().dispose();
			item.dispose();
		}
		charts.clear();
		tableCharts.clear();
		comparisonTable = null;
		if (run == null) {
			summary.setText("No analysis has run yet. Use Run Analyses... on a scenario (toolbar, editor or "
					+ "Project Explorer context menu).");
			root.layout(true, true);
			return;
		}
		summary.setText(run.scenarioName() + " \u2014 " + run.results().size() + " analyses, finished "
				+ TIME.format(run.finished()) + (run.problem() == null ? "" : "\n" + run.problem()));
		for (AnalysisResult result : run.results()) {
			CTabItem item = new CTabItem(tabs, SWT.NONE);
			item.setText(result.analysisName() + (result.status() == AnalysisResult.Status.OK ? "" : " (" + status(result) + ")"));
			item.setData(result);
			item.setControl(result.status() == AnalysisResult.Status.OK ? resultPanel(tabs, run, result)
					: failurePanel(tabs, result));
		}
		AnalysisRun other = AnalysisSession.get().comparison();
		int[] years = AnalysisSession.get().comparedYears();
		if (other != null || years != null) {
			AnalysisRun second = other != null ? other : run;
			CTabItem item = new CTabItem(tabs, SWT.NONE);
			item.setText(years == null ? "Comparison with " + second.scenarioName()
					: "Comparison " + years[0] + " / " + years[1]);
			item.setControl(comparisonPanel(tabs, run, second, years));
			tabs.setSelection(item);
		} else if (tabs.getItemCount() > 0) {
			tabs.setSelection(0);
		}
		root.layout(true, true);
	}

	private static String status(AnalysisResult result) {
		return result.status().name().toLowerCase(Locale.ROOT);
	}

	private Control failurePanel(Composite parent, AnalysisResult result) {
		Composite panel = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(panel);
		Label label = new Label(panel, SWT.WRAP);
		label.setForeground(panel.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		label.setText(result.analysisName() + " did not finish (" + status(result) + "): " + result.message()
				+ "\nThe other analyses and the workbench are not affected.");
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(label);
		return panel;
	}

	private Control resultPanel(Composite parent, AnalysisRun run, AnalysisResult result) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		ChartPanel chart = new ChartPanel(sash, result, run.scenarioName());
		charts.add(chart);
		CTabFolder details = new CTabFolder(sash, SWT.BOTTOM | SWT.FLAT);
		addTab(details, "By year", seriesTable(details, result));
		if (!result.metrics().isEmpty()) {
			addTab(details, "Metrics", table(details, List.of("metric", "value", "unit", "year"),
					result.metrics().stream().map(m -> List.<Object>of(m.name(), m.value(),
							m.unit() == null ? "" : m.unit(), m.year() == null ? "" : m.year())).toList()));
		}
		for (AnalysisResult.Table table : result.tables()) {
			JFreeChart tableChart = ResultCharts.tableChart(table, run.scenarioName());
			if (tableChart == null) {
				addTab(details, table.name(), table(details, table.columns(), table.rows()));
			} else {
				SashForm split = new SashForm(details, SWT.HORIZONTAL);
				table(split, table.columns(), table.rows());
				ChartCanvas canvas = new ChartCanvas(split, tableChart);
				canvas.control().setData("table", table);
				tableCharts.add(canvas);
				split.setWeights(45, 55);
				addTab(details, table.name(), split);
			}
		}
		addTab(details, "Findings (" + result.findings().size() + ")", table(details,
				List.of("severity", "element", "year", "finding", "drivers"),
				result.findings().stream().map(f -> List.<Object>of(f.severity().name().toLowerCase(Locale.ROOT),
						f.element() == null ? "" : f.element(), f.year() == null ? "" : f.year(), f.message(),
						String.join("; ", f.drivers()))).toList()));
		details.setSelection(0);
		sash.setWeights(55, 45);
		return sash;
	}

	private static void addTab(CTabFolder folder, String title, Control control) {
		CTabItem item = new CTabItem(folder, SWT.NONE);
		item.setText(title);
		item.setControl(control);
	}

	/** The series as a table: one row per year, one column per metric. */
	static Table seriesTable(Composite parent, AnalysisResult result) {
		Set<String> metrics = new LinkedHashSet<>();
		result.series().forEach(year -> metrics.addAll(year.metrics().keySet()));
		List<String> columns = new ArrayList<>(List.of("year"));
		columns.addAll(metrics);
		List<List<Object>> rows = new ArrayList<>();
		for (AnalysisResult.YearMetrics year : result.series()) {
			List<Object> row = new ArrayList<>();
			row.add(year.year());
			for (String metric : metrics) {
				Object value = year.metrics().get(metric);
				row.add(value == null ? "" : value);
			}
			rows.add(row);
		}
		Table table = table(parent, columns, rows);
		table.setData("metrics", List.copyOf(metrics));
		return table;
	}

	static Table table(Composite parent, List<String> columns, List<? extends List<?>> rows) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String name : columns) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(name);
		}
		for (List<?> row : rows) {
			TableItem item = new TableItem(table, SWT.NONE);
			for (int i = 0; i < row.size() && i < columns.size(); i++) {
				item.setText(i, format(row.get(i)));
			}
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
			column.setWidth(Math.min(Math.max(column.getWidth(), 50), 420));
		}
		return table;
	}

	/** A cell's text: numbers with up to 6 decimals, as in the CSV export. */
	static String format(Object value) {
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			if (number == Math.rint(number) && Math.abs(number) < 1e15) {
				return Long.toString((long) number);
			}
			return String.format(Locale.ROOT, "%.6f", number).replaceAll("0+$", "").replaceAll("\\.$", "");
		}
		return value == null ? "" : String.valueOf(value);
	}

	/**
	 * The two runs side by side, one row per analysis, year and metric: year by year, or the two chosen years.
	 * Rows whose values differ are highlighted; a year only one run has is listed with the other side empty.
	 */
	private Control comparisonPanel(Composite parent, AnalysisRun run, AnalysisRun other, int[] years) {
		List<List<Object>> rows = new ArrayList<>();
		List<Boolean> differs = new ArrayList<>();
		for (AnalysisResult result : run.results()) {
			AnalysisResult counterpart = other.result(result.analysisId());
			if (counterpart == null || result.status() != AnalysisResult.Status.OK
					|| counterpart.status() != AnalysisResult.Status.OK) {
				continue;
			}
			List<int[]> pairs = new ArrayList<>();
			if (years != null) {
				pairs.add(years);
			} else {
				Set<Integer> all = new java.util.TreeSet<>();
				result.series().forEach(y -> all.add(y.year()));
				counterpart.series().forEach(y -> all.add(y.year()));
				all.forEach(y -> pairs.add(new int[] { y, y }));
			}
			for (int[] pair : pairs) {
				AnalysisResult.YearMetrics a = result.year(pair[0]);
				AnalysisResult.YearMetrics b = counterpart.year(pair[1]);
				Set<String> names = new LinkedHashSet<>();
				if (a != null) {
					names.addAll(a.metrics().keySet());
				}
				if (b != null) {
					names.addAll(b.metrics().keySet());
				}
				for (String name : names) {
					Object x = a == null ? null : a.metrics().get(name);
					Object y = b == null ? null : b.metrics().get(name);
					String delta = x instanceof Number p && y instanceof Number q ? format(q.doubleValue() - p.doubleValue())
							: "";
					String year = pair[0] == pair[1] ? String.valueOf(pair[0]) : pair[0] + " / " + pair[1];
					rows.add(List.of(result.analysisName(), year, name, a == null ? "(no such year)" : format(x),
							b == null ? "(no such year)" : format(y), delta));
					differs.add(a != null && b != null && !Objects.equals(format(x), format(y)));
				}
			}
		}
		Table table = table(parent, List.of("analysis", "year", "metric", run.scenarioName(), other.scenarioName(),
				"difference"), rows);
		Color highlight = new Color(255, 236, 179);
		for (int i = 0; i < differs.size(); i++) {
			if (differs.get(i)) {
				table.getItem(i).setBackground(highlight);
			}
		}
		table.setData("differences", differs.stream().filter(Boolean::booleanValue).count());
		table.setData("differing", List.copyOf(differs));
		comparisonTable = table;
		return table;
	}

	/** For tests: the comparison table, or {@code null}. */
	public Table comparisonTable() {
		return comparisonTable;
	}

	/** For tests: the tab folder of the results. */
	public CTabFolder tabs() {
		return tabs;
	}

	/** For tests: the bar charts of result tables. */
	public List<ChartCanvas> tableCharts() {
		return List.copyOf(tableCharts);
	}

	/** For tests: the chart panels, one per finished analysis. */
	public List<ChartPanel> charts() {
		return List.copyOf(charts);
	}

	private void addExport(Menu menu, String label, String extension, ExportAction action) {
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		item.setText(label);
		item.addListener(SWT.Selection, event -> {
			FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
			dialog.setFilterExtensions(new String[] { extension });
			dialog.setOverwrite(true);
			String chosen = dialog.open();
			if (chosen == null) {
				return;
			}
			try {
				action.export(new File(chosen));
			} catch (IOException | RuntimeException e) {
				MessageDialog.openError(getSite().getShell(), "Export", "Could not write " + chosen + ": " + e.getMessage());
			}
		});
	}

	@FunctionalInterface
	private interface ExportAction {
		void export(File file) throws IOException;
	}

	/** Writes the last run's results as JSON. */
	public void exportJson(File file) throws IOException {
		AtomicFiles.write(file.toPath(), AnalysisResultWriter.toJson(AnalysisSession.get().last().results()));
	}

	/** Writes the last run's results as CSV. */
	public void exportCsv(File file) throws IOException {
		AtomicFiles.write(file.toPath(), AnalysisResultWriter.toCsv(AnalysisSession.get().last().results()));
	}

	/** Writes the chart of the selected tab as SVG or PNG. */
	public void exportChart(File file, boolean svg) throws IOException {
		Object selected = tabs.getSelection() == null ? null : tabs.getSelection().getData();
		ChartPanel panel = charts.stream().filter(c -> c.result() == selected).findFirst()
				.orElseThrow(() -> new IOException("the selected tab has no chart"));
		if (svg) {
			ResultCharts.exportSvg(panel.chart(), file, 1000, 600);
		} else {
			ResultCharts.exportPng(panel.chart(), file, 1000, 600);
		}
	}

	/** A canvas showing a chart, redrawn at its size. */
	public static final class ChartCanvas {
		private final Canvas canvas;
		private JFreeChart chart;
		private Image image;

		ChartCanvas(Composite parent, JFreeChart chart) {
			this.chart = chart;
			canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
			canvas.addListener(SWT.Resize, event -> redraw());
			canvas.addListener(SWT.Paint, event -> {
				if (image != null) {
					event.gc.drawImage(image, 0, 0);
				}
			});
			canvas.addListener(SWT.Dispose, event -> {
				if (image != null) {
					image.dispose();
				}
			});
		}

		public JFreeChart chart() {
			return chart;
		}

		/** Shows another chart. */
		void setChart(JFreeChart newChart) {
			chart = newChart;
			redraw();
		}

		private void redraw() {
			Rectangle area = canvas.getClientArea();
			if (area.width < 10 || area.height < 10) {
				return;
			}
			if (image != null) {
				image.dispose();
			}
			image = new Image(canvas.getDisplay(), ResultCharts.render(chart, area.width, area.height));
			canvas.redraw();
		}

		Control control() {
			return canvas;
		}

		/** The table charted. */
		public AnalysisResult.Table table() {
			return (AnalysisResult.Table) canvas.getData("table");
		}
	}

	/** A chart with the list of metrics it may show; redrawn at the canvas's size. */
	public static final class ChartPanel {
		private final AnalysisResult result;
		private final org.eclipse.swt.widgets.List metricList;
		private final ChartCanvas canvas;

		ChartPanel(Composite parent, AnalysisResult result, String scenario) {
			this.result = result;
			Composite panel = new Composite(parent, SWT.NONE);
			GridLayoutFactory.fillDefaults().numColumns(2).applyTo(panel);
			metricList = new org.eclipse.swt.widgets.List(panel, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
			GridDataFactory.fillDefaults().grab(false, true).hint(160, SWT.DEFAULT).applyTo(metricList);
			metricList.setItems(ResultCharts.numericMetrics(result).toArray(String[]::new));
			List<String> defaults = ResultCharts.defaultMetrics(result);
			metricList.setSelection(defaults.toArray(String[]::new));
			metricList.setToolTipText("The metrics to chart (Ctrl+click for several)");
			canvas = new ChartCanvas(panel, ResultCharts.chart(result, scenario, defaults));
			GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas.control());
			metricList.addListener(SWT.Selection, event -> canvas
					.setChart(ResultCharts.chart(result, scenario, List.of(metricList.getSelection()))));
		}

		public AnalysisResult result() {
			return result;
		}

		public JFreeChart chart() {
			return canvas.chart();
		}

		/** The charted metrics and their values by year, as the chart's dataset holds them (for tests). */
		public Map<String, Map<Integer, Double>> values() {
			Map<String, Map<Integer, Double>> values = new java.util.LinkedHashMap<>();
			var data = (org.jfree.data.xy.XYSeriesCollection) chart().getXYPlot().getDataset();
			for (int s = 0; s < data.getSeriesCount(); s++) {
				Map<Integer, Double> byYear = new java.util.LinkedHashMap<>();
				var series = data.getSeries(s);
				for (int i = 0; i < series.getItemCount(); i++) {
					byYear.put(series.getX(i).intValue(), series.getY(i).doubleValue());
				}
				values.put(String.valueOf(series.getKey()), byYear);
			}
			return values;
		}

		/** For tests: the metrics offered. */
		public List<String> offeredMetrics() {
			return List.of(metricList.getItems());
		}
	}
}
