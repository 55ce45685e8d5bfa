package org.entente.analysis.ui.internal;

import java.io.File;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.entente.analysis.ColumnDescriptor;
import org.entente.analysis.MetricDescriptor;
import org.entente.analysis.ResultSchema;
import org.entente.analysis.TableDescriptor;
import org.entente.analysis.ValueKind;
import org.entente.analysis.report.ReportFormat;
import org.entente.analysis.report.ResultCharts;
import org.entente.analysis.report.ResultComparison;
import org.entente.analysis.report.ResultFormat;
import org.entente.dsl.io.AtomicFiles;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

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
		addExport(menu, "Report as HTML (with charts)...", "*.html", this::exportHtml);
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
		ResultSchema schema = result.schema();
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		boolean charted = !schema.chartable().isEmpty();
		if (charted) {
			charts.add(new ChartPanel(sash, result, run.scenarioName()));
		}
		CTabFolder details = new CTabFolder(sash, SWT.BOTTOM | SWT.FLAT);
		if (!schema.reportedSeries().isEmpty()) {
			addTab(details, "By year", seriesTable(details, result));
		}
		if (!schema.scalars().isEmpty()) {
			List<List<Object>> rows = new ArrayList<>();
			for (MetricDescriptor metric : schema.scalars()) {
				result.metrics().stream().filter(m -> m.name().equals(metric.id())).forEach(m -> rows.add(List.of(
						ResultFormat.label(metric), ResultFormat.value(m.value(), metric.kind()),
						m.year() == null ? "" : m.year().toString())));
			}
			addTab(details, "Metrics", table(details, List.of("metric", "value", "year"), rows));
		}
		for (AnalysisResult.Table table : result.tables()) {
			TableDescriptor description = schema.table(table.name()).orElseThrow();
			JFreeChart tableChart = ResultCharts.tableChart(table, description, run.scenarioName());
			if (tableChart == null) {
				addTab(details, description.label(), resultTable(details, table, description));
			} else {
				SashForm split = new SashForm(details, SWT.HORIZONTAL);
				resultTable(split, table, description);
				ChartCanvas canvas = new ChartCanvas(split, tableChart);
				canvas.control().setData("table", table);
				tableCharts.add(canvas);
				split.setWeights(45, 55);
				addTab(details, description.label(), split);
			}
		}
		addTab(details, "Findings (" + result.findings().size() + ")", table(details,
				List.of("severity", "element", "year", "finding", "drivers"),
				result.findings().stream().map(f -> List.<Object>of(f.severity().name().toLowerCase(Locale.ROOT),
						f.element() == null ? "" : f.element(), f.year() == null ? "" : f.year().toString(),
						f.message(), String.join("; ", f.drivers()))).toList()));
		details.setSelection(0);
		if (charted) {
			sash.setWeights(55, 45);
		}
		return sash;
	}

	private static void addTab(CTabFolder folder, String title, Control control) {
		CTabItem item = new CTabItem(folder, SWT.NONE);
		item.setText(title);
		item.setControl(control);
	}

	/** The series as a table: one row per year, one column per metric the result reports, by the metrics' kinds. */
	static Table seriesTable(Composite parent, AnalysisResult result) {
		List<MetricDescriptor> metrics = result.schema().reportedSeries();
		List<String> columns = new ArrayList<>(List.of("year"));
		metrics.forEach(metric -> columns.add(metric.id()));
		List<List<Object>> rows = new ArrayList<>();
		for (AnalysisResult.YearMetrics year : result.series()) {
			List<Object> row = new ArrayList<>();
			row.add(Integer.toString(year.year()));
			for (MetricDescriptor metric : metrics) {
				row.add(ResultFormat.value(year.metrics().get(metric.id()), metric.kind()));
			}
			rows.add(row);
		}
		Table table = table(parent, columns, rows);
		for (int c = 0; c < metrics.size(); c++) {
			table.getColumn(c + 1).setToolTipText(ResultFormat.label(metrics.get(c))
					+ (metrics.get(c).description().isEmpty() ? "" : ": " + metrics.get(c).description()));
		}
		table.setData("metrics", metrics.stream().map(MetricDescriptor::id).toList());
		return table;
	}

	/** A result table, its cells written by their declared kinds. */
	private static Table resultTable(Composite parent, AnalysisResult.Table table, TableDescriptor description) {
		List<List<Object>> rows = new ArrayList<>();
		for (List<Object> row : table.rows()) {
			List<Object> cells = new ArrayList<>();
			for (int c = 0; c < description.columns().size(); c++) {
				cells.add(ResultFormat.value(c < row.size() ? row.get(c) : null, description.columns().get(c).kind()));
			}
			rows.add(cells);
		}
		Table widget = table(parent, description.columns().stream().map(ColumnDescriptor::label).toList(), rows);
		for (int c = 0; c < description.columns().size(); c++) {
			widget.getColumn(c).setToolTipText(description.columns().get(c).description());
		}
		return widget;
	}

	/** A table of texts. */
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
				item.setText(i, row.get(i) == null ? "" : row.get(i).toString());
			}
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
			column.setWidth(Math.min(Math.max(column.getWidth(), 50), 420));
		}
		return table;
	}

	/**
	 * The two runs side by side (the report engine's {@link ResultComparison}): year by year, or the two chosen
	 * years. Rows whose values differ are highlighted; a year only one run has is listed with the other side empty.
	 */
	private Control comparisonPanel(Composite parent, AnalysisRun run, AnalysisRun other, int[] years) {
		ResultComparison comparison = years == null ? ResultComparison.byYear(run.results(), other.results())
				: ResultComparison.years(run.results(), years[0], other.results(), years[1]);
		List<List<Object>> rows = new ArrayList<>();
		List<Boolean> differs = new ArrayList<>();
		for (ResultComparison.Row row : comparison.rows()) {
			ValueKind kind = row.metric().kind();
			rows.add(List.of(row.analysisName(), row.years(), row.metric().id(),
					row.inA() ? ResultFormat.value(row.a(), kind) : "(no such year)",
					row.inB() ? ResultFormat.value(row.b(), kind) : "(no such year)",
					row.difference() == null ? "" : ResultFormat.number(row.difference())));
			differs.add(row.differs());
		}
		Table table = table(parent, List.of("analysis", "year", "metric", run.scenarioName(), other.scenarioName(),
				"difference"), rows);
		Color highlight = new Color(255, 236, 179);
		for (int i = 0; i < differs.size(); i++) {
			if (differs.get(i)) {
				table.getItem(i).setBackground(highlight);
			}
		}
		table.setData("differences", comparison.differences());
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
		export(file, ReportFormat.JSON);
	}

	/** Writes the last run's results as CSV. */
	public void exportCsv(File file) throws IOException {
		export(file, ReportFormat.CSV);
	}

	/** Writes the last run's results as the HTML report, with its charts. */
	public void exportHtml(File file) throws IOException {
		export(file, ReportFormat.HTML);
	}

	private static void export(File file, ReportFormat format) throws IOException {
		AtomicFiles.write(file.toPath(), format.render(AnalysisSession.get().last().results()));
	}

	/** Writes the chart of the selected tab as SVG or PNG. */
	public void exportChart(File file, boolean svg) throws IOException {
		Object selected = tabs.getSelection() == null ? null : tabs.getSelection().getData();
		ChartPanel panel = charts.stream().filter(c -> c.result() == selected).findFirst()
				.orElseThrow(() -> new IOException("the selected tab has no chart"));
		AtomicFiles.write(file.toPath(), svg ? ResultCharts.svgBytes(panel.chart(), 1000, 600)
				: ResultCharts.png(panel.chart(), 1000, 600));
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
			image = new Image(canvas.getDisplay(), ChartImages.render(chart, area.width, area.height));
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

	/** A chart with the list of metrics it may show (the chartable ones, by label); redrawn at the canvas's size. */
	public static final class ChartPanel {
		private final AnalysisResult result;
		private final List<MetricDescriptor> offered;
		private final org.eclipse.swt.widgets.List metricList;
		private final ChartCanvas canvas;
		private List<MetricDescriptor> shown;

		ChartPanel(Composite parent, AnalysisResult result, String scenario) {
			this.result = result;
			Composite panel = new Composite(parent, SWT.NONE);
			GridLayoutFactory.fillDefaults().numColumns(2).applyTo(panel);
			metricList = new org.eclipse.swt.widgets.List(panel, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
			GridDataFactory.fillDefaults().grab(false, true).hint(180, SWT.DEFAULT).applyTo(metricList);
			offered = result.schema().chartable();
			metricList.setItems(offered.stream().map(MetricDescriptor::label).toArray(String[]::new));
			shown = result.schema().charted();
			metricList.setSelection(shown.stream().mapToInt(offered::indexOf).toArray());
			metricList.setToolTipText("The metrics to chart (Ctrl+click for several)");
			String title = result.analysisName() + " \u2014 " + scenario;
			canvas = new ChartCanvas(panel, ResultCharts.seriesChart(result, shown, title));
			GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas.control());
			metricList.addListener(SWT.Selection, event -> {
				shown = Arrays.stream(metricList.getSelectionIndices()).mapToObj(offered::get).toList();
				canvas.setChart(ResultCharts.seriesChart(result, shown, title));
			});
		}

		public AnalysisResult result() {
			return result;
		}

		public JFreeChart chart() {
			return canvas.chart();
		}

		/** The charted metrics (by id) and their values by year, as the chart's dataset holds them (for tests). */
		public Map<String, Map<Integer, Double>> values() {
			Map<String, Map<Integer, Double>> values = new LinkedHashMap<>();
			XYSeriesCollection data = (XYSeriesCollection) chart().getXYPlot().getDataset();
			for (int s = 0; s < data.getSeriesCount(); s++) {
				Map<Integer, Double> byYear = new LinkedHashMap<>();
				XYSeries series = data.getSeries(s);
				for (int i = 0; i < series.getItemCount(); i++) {
					byYear.put(series.getX(i).intValue(), series.getY(i).doubleValue());
				}
				values.put(shown.get(s).id(), byYear);
			}
			return values;
		}

		/** For tests: the metrics offered, by id. */
		public List<String> offeredMetrics() {
			return offered.stream().map(MetricDescriptor::id).toList();
		}
	}
}
