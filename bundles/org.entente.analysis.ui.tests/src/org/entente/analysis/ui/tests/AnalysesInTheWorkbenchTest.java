package org.entente.analysis.ui.tests;

import static org.entente.testing.ui.UiWait.spin;
import static org.entente.testing.ui.UiWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.entente.analysis.AnalysisDescriptor;
import org.entente.analysis.AnalysisRegistry;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.AnalysisRunner;
import org.entente.analysis.ui.AnalysisMarkers;
import org.entente.analysis.ui.internal.AnalysisCommands;
import org.entente.analysis.ui.internal.AnalysisJob;
import org.entente.analysis.ui.internal.AnalysisLaunch;
import org.entente.analysis.ui.internal.AnalysisResultsView;
import org.entente.analysis.ui.internal.AnalysisResultsView.ChartPanel;
import org.entente.analysis.ui.internal.AnalysisSession;
import org.entente.analysis.ui.internal.FindingsView;
import org.entente.analysis.ui.internal.RunAnalysesDialog;
import org.entente.dsl.load.LoadedScenario;
import org.entente.dsl.load.ScenarioLoader;
import org.entente.dsl.ui.internal.wizards.ExampleScenarios;
import org.entente.model.world.Years;
import org.entente.testing.ui.Screenshots;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Analyses in the workbench, as a modeler runs them (UI harness under Xvfb): polarity and stability on the 2025
 * example and its variant, the results view's charts and tables against the engine's own numbers, the comparison,
 * cancel, a failing plug-in, the parameter dialog and findings as markers. Screenshots go to target/screenshots.
 */
class AnalysesInTheWorkbenchTest {

	private static IProject project;

	@BeforeAll
	static void examples() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("analysis-examples");
		if (!project.exists()) {
			project = ExampleScenarios.createProject("analysis-examples", true, new NullProgressMonitor());
		}
	}

	private static Path example(String name) {
		return project.getFile(name).getLocation().toPath();
	}

	private static AnalysisDescriptor analysis(String id) {
		return AnalysisRegistry.fromExtensions().find(id).orElseThrow(() -> new AssertionError("no analysis " + id));
	}

	/** A launch of the analyses (or groups of analyses, such as stability) named by {@code ids}. */
	private static AnalysisLaunch launch(Path file, String... ids) {
		return new AnalysisLaunch(file, Arrays.stream(ids).flatMap(id -> {
			List<AnalysisDescriptor> named = AnalysisRegistry.fromExtensions().resolve(id);
			assertFalse(named.isEmpty(), "no analysis " + id);
			return named.stream();
		}).toList(), Map.of(), null, null);
	}

	/** Runs the launch as the Run command does and waits for the view to show it. */
	private static AnalysisResultsView runAndShow(AnalysisLaunch launch, boolean comparison) {
		AnalysisJob job = AnalysisCommands.start(launch, comparison);
		waitUntil("the analysis job ends", () -> job.getResult() != null, 120_000);
		spin(300);
		AnalysisResultsView view = AnalysisCommands.showResults();
		assertNotNull(view);
		view.refresh();
		spin(300);
		return view;
	}

	/** The engine's own results, computed without the workbench. */
	private static List<AnalysisResult> engine(AnalysisLaunch launch) throws Exception {
		LoadedScenario snapshot = ScenarioLoader.shared().load(launch.file());
		assertTrue(snapshot.isAnalysable(), snapshot::problem);
		List<Integer> years = launch.years(Years.start(snapshot.scenario().getPeriod()),
				Years.end(snapshot.scenario().getPeriod()));
		return new AnalysisRunner().run(launch.requests(), snapshot.scenario(), years, new NullProgressMonitor());
	}

	@Test
	void polarityAndStabilityOnThe2025ExampleShowTheEnginesNumbers() throws Exception {
		AnalysisLaunch launch = launch(example(ExampleScenarios.FEATURED), "polarity", "stability");
		AnalysisResultsView view = runAndShow(launch, false);
		assertEquals(launch.analyses().size(), view.tabs().getItemCount(), "one tab per analysis");
		List<AnalysisResult> expected = engine(launch);

		for (AnalysisResult result : expected) {
			assertEquals(AnalysisResult.Status.OK, result.status(), result::message);
			if (result.schema().chartable().isEmpty()) {
				assertTrue(view.charts().stream().noneMatch(c -> c.result().analysisId().equals(result.analysisId())),
						"no empty chart for " + result.analysisId());
				continue;
			}
			ChartPanel chart = view.charts().stream().filter(c -> c.result().analysisId().equals(result.analysisId()))
					.findFirst().orElseThrow();
			Map<String, Map<Integer, Double>> charted = chart.values();
			assertFalse(charted.isEmpty(), "the chart shows series");
			charted.forEach((metric, byYear) -> byYear.forEach((year, value) -> {
				Object engineValue = result.year(year).metrics().get(metric);
				assertEquals(((Number) engineValue).doubleValue(), value, 1e-12, metric + " in " + year);
			}));
		}
		AnalysisResult polarity = expected.get(0);
		assertTrue(view.charts().get(0).values().containsKey("neff"), "the polarity chart shows N_eff");

		// the table by year holds the same values, formatted as in the CSV export
		view.tabs().setSelection(0);
		Table byYear = (Table) details(view.tabs().getItem(0)).getItem(0).getControl();
		assertEquals(polarity.series().size(), byYear.getItemCount());
		@SuppressWarnings("unchecked")
		List<String> metrics = (List<String>) byYear.getData("metrics");
		int column = metrics.indexOf("classification") + 1;
		int last = byYear.getItemCount() - 1;
		assertEquals(String.valueOf(polarity.series().get(last).metrics().get("classification")),
				byYear.getItem(last).getText(column));

		// the durability table is charted as each driver's contribution per membership, in its last year
		AnalysisResult.Table durability = result(expected, "durability-heuristic").table("durability");
		var durabilityChart = view.tableCharts().stream().filter(c -> c.table().name().equals("durability"))
				.findFirst().orElseThrow();
		var bars = durabilityChart.chart().getCategoryPlot().getDataset();
		int lastYear = durability.rows().stream().mapToInt(r -> ((Number) r.get(0)).intValue()).max().orElseThrow();
		int charted = 0;
		int rows = 0;
		for (List<Object> row : durability.rows()) {
			if (((Number) row.get(0)).intValue() != lastYear) {
				continue;
			}
			rows++;
			String key = row.get(durability.columns().indexOf("alliance")) + " / "
					+ row.get(durability.columns().indexOf("member"));
			if (bars.getColumnIndex(key) < 0) {
				continue; // not among the riskiest shown
			}
			String membership = row.get(durability.columns().indexOf("alliance")) + " / "
					+ row.get(durability.columns().indexOf("member"));
			double threat = ((Number) row.get(durability.columns().indexOf("threat"))).doubleValue();
			assertEquals(threat, bars.getValue("threat", membership).doubleValue(), 1e-12, membership);
			charted++;
		}
		assertEquals(Math.min(rows, 15), charted, "the riskiest memberships of the last year are charted");
		assertEquals(charted, bars.getColumnCount());

		// stability's findings are markers with their drivers
		IMarker[] findings = project.getFile(ExampleScenarios.FEATURED).findMarkers(AnalysisMarkers.FINDING, false,
				IResource.DEPTH_ZERO);
		assertEquals(expected.stream().mapToInt(r -> r.findings().size()).sum(), findings.length, "a marker per finding");
		if (findings.length > 0) {
			assertTrue(Arrays.stream(findings).anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("\u2014")),
					"a finding's marker explains its drivers");
		}
		page().showView(FindingsView.ID);
		spin(800);
		Screenshots.capture(view.getSite().getShell(), "analysis-findings-2025");
		page().showView(AnalysisResultsView.ID);
		captureMaximized(view, "analysis-results-2025");
		int durabilityTab = expected.indexOf(result(expected, "durability-heuristic"));
		view.tabs().setSelection(durabilityTab);
		var stabilityDetails = details(view.tabs().getItem(durabilityTab));
		Arrays.stream(stabilityDetails.getItems()).filter(item -> item.getText().equals("Durability")).findFirst()
				.ifPresent(stabilityDetails::setSelection);
		captureMaximized(view, "analysis-durability-2025");
	}

	@Test
	void anAnalysisKnownOnlyByItsDeclarationsIsChartedTabulatedAndItsFindingsListed() throws Exception {
		AnalysisResultsView view = runAndShow(launch(example("europe-1914.entente"), "test.declared"), false);
		AnalysisResult result = AnalysisSession.get().last().result("test.declared");
		assertEquals(AnalysisResult.Status.OK, result.status(), result::message);
		ChartPanel chart = view.charts().get(0);
		assertEquals(List.of("aligned_share", "alliances"), List.copyOf(chart.values().keySet()),
				"the metrics declared primary are charted");
		assertFalse(chart.offeredMetrics().contains("states"), "a metric declared chart=none is not offered");
		chart.values().get("alliances").forEach((year, value) -> assertEquals(
				((Number) result.year(year).metrics().get("alliances")).doubleValue(), value, 1e-12));
		var ranking = view.tableCharts().stream().filter(c -> c.table().name().equals("ranking")).findFirst()
				.orElseThrow(() -> new AssertionError("the declared table is charted"));
		assertTrue(ranking.chart().getCategoryPlot()
				.getRenderer() instanceof org.jfree.chart.renderer.category.StackedBarRenderer, "stacked, as declared");
		assertTrue(ranking.chart().getCategoryPlot().getDataset().getRowKeys().contains("capability in alliances"));
		var details = details(view.tabs().getItem(0));
		List<String> tabs = Arrays.stream(details.getItems()).map(CTabItem::getText).toList();
		assertTrue(tabs.contains("Capability ranking"), "the table's tab is named by its label: " + tabs);
		assertTrue(tabs.contains("Findings (1)"), tabs.toString());
		assertTrue(tabs.contains("Metrics"), "the single metric: " + tabs);
		Arrays.stream(details.getItems()).filter(item -> item.getText().equals("Capability ranking")).findFirst()
				.ifPresent(details::setSelection);
		captureMaximized(view, "analysis-declared-outputs");
	}

	@Test
	void theVariantIsComparedWithItsBase() throws Exception {
		runAndShow(launch(example(ExampleScenarios.FEATURED), "polarity", "stability"), false);
		AnalysisResultsView view = runAndShow(
				AnalysisSession.get().last().launch().on(example("us-exits-nato-2027.entente")), true);
		Table sameYears = view.comparisonTable();
		assertNotNull(sameYears, "a comparison tab is shown");
		// the variant changes the world from 2027 on, after the base's period: the shared years agree exactly
		assertEquals(0L, sameYears.getData("differences"), "the variant leaves 2014-2026 as they were");
		assertTrue(Arrays.stream(sameYears.getItems()).anyMatch(item -> item.getText(1).equals("2028")
				&& item.getText(3).equals("(no such year)")), "the variant's later years are listed");

		// the 2026 world of the base beside the 2028 world without the United States in NATO
		AnalysisSession.get().compareYears(2026, 2028);
		spin(300);
		Table years = view.comparisonTable();
		assertTrue((Long) years.getData("differences") > 0, "the worlds differ");
		@SuppressWarnings("unchecked")
		List<Boolean> differing = (List<Boolean>) years.getData("differing");
		boolean blocsDiffer = false;
		for (int i = 0; i < years.getItemCount(); i++) {
			var item = years.getItem(i);
			assertEquals(differing.get(i), !item.getBackground().equals(years.getBackground()),
					"differing rows are highlighted, others not: row " + i);
			if (item.getText(0).equals("Polarity") && item.getText(2).startsWith("bloc") && differing.get(i)) {
				blocsDiffer = true;
			}
		}
		assertTrue(blocsDiffer, "without the US in NATO, the blocs change");
		captureMaximized(view, "analysis-comparison");
	}

	@Test
	void europe1914PolarityChartExportsAsPngAndSvg() throws Exception {
		AnalysisResultsView view = runAndShow(launch(example("europe-1914.entente"), "polarity"), false);
		view.tabs().setSelection(0);
		captureMaximized(view, "analysis-results-europe-1914");
		Path folder = Files.createTempDirectory("entente-export");
		File png = folder.resolve("polarity.png").toFile();
		File svg = folder.resolve("polarity.svg").toFile();
		File json = folder.resolve("results.json").toFile();
		File csv = folder.resolve("results.csv").toFile();
		view.exportChart(png, false);
		view.exportChart(svg, true);
		view.exportJson(json);
		view.exportCsv(csv);
		byte[] header = Arrays.copyOf(Files.readAllBytes(png.toPath()), 4);
		assertEquals("\u0089PNG", new String(header, StandardCharsets.ISO_8859_1));
		assertTrue(Files.readString(svg.toPath()).contains("<svg"));
		assertTrue(Files.readString(json.toPath()).contains("\"polarity\""));
		assertTrue(Files.readString(csv.toPath()).startsWith("analysis,scenario,year"));
	}

	/**
	 * The backtest on the imported history, run from the workbench: the score over origins is the series chart, and
	 * the calibration plot and the survival curves (Kaplan-Meier against the model) are drawn as curves.
	 */
	@Test
	void theBacktestShowsScoresCalibrationAndSurvivalCurves() throws Exception {
		Path data = Path.of(System.getProperty("entente.data", "../../../shared/data"));
		org.entente.model.Scenario history = new org.entente.data.history.HistoryImporter()
				.read(org.entente.data.history.HistoryImport.fromDataFolder(data, 6), new NullProgressMonitor());
		org.eclipse.core.resources.IFile file = project.getFile("history.entente");
		String text = new org.entente.dsl.io.ScenarioWriter().toText(history,
				org.eclipse.emf.common.util.URI.createPlatformResourceURI(file.getFullPath().toString(), true));
		java.io.ByteArrayInputStream content = new java.io.ByteArrayInputStream(
				text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(content, true, false, null);
		} else {
			file.create(content, true, null);
		}
		AnalysisLaunch launch = new AnalysisLaunch(file.getLocation().toPath(), List.of(analysis("durability-backtest")),
				Map.of("durability-backtest", Map.of("origin_step", "10", "heuristic", "false")), 1930, 1950);
		AnalysisResultsView view = runAndShow(launch, false);
		AnalysisResult result = result(engine(launch), "durability-backtest");
		assertEquals(AnalysisResult.Status.OK, result.status(), result::message);
		ChartPanel scores = view.charts().stream().filter(c -> c.result().analysisId().equals("durability-backtest"))
				.findFirst().orElseThrow();
		assertEquals(result.year(1940).metrics().get("c_cox"), scores.values().get("c_cox").get(1940),
				"the score over origins is the engine's");
		for (String name : List.of("calibration", "survival")) {
			var canvas = view.tableCharts().stream().filter(c -> c.table().name().equals(name)).findFirst()
					.orElseThrow(() -> new AssertionError("no chart of the table " + name));
			var curves = canvas.chart().getXYPlot().getDataset();
			assertTrue(curves.getSeriesCount() >= 2, name + ": " + curves.getSeriesCount() + " curves");
		}
		var survival = view.tableCharts().stream().filter(c -> c.table().name().equals("survival")).findFirst()
				.orElseThrow().chart().getXYPlot().getDataset();
		assertEquals("Kaplan-Meier", survival.getSeriesKey(0).toString());
		assertEquals(1.0, survival.getYValue(0, 0), 1e-12, "every membership is in force at entry");
		captureMaximized(view, "durability-backtest-history");
		var details = details(view.tabs().getItem(0));
		CTabItem survivalTab = Arrays.stream(details.getItems())
				.filter(t -> t.getText().equals("Survival of memberships")).findFirst()
				.orElseThrow(() -> new AssertionError("the survival curves have a tab"));
		details.setSelection(survivalTab);
		spin(300);
		captureMaximized(view, "durability-backtest-history-survival");
	}

	@Test
	void aLongRunCanBeCancelled() throws Exception {
		AnalysisJob job = AnalysisCommands.start(launch(example(ExampleScenarios.FEATURED), "test.slow"), false);
		waitUntil("the slow analysis runs", () -> job.getState() == Job.RUNNING, 10_000);
		spin(500);
		long cancelled = System.currentTimeMillis();
		job.cancel();
		waitUntil("the cancelled job ends", () -> job.getResult() != null, 15_000);
		assertTrue(System.currentTimeMillis() - cancelled < 10_000, "cancel takes effect within seconds");
		AnalysisResult result = job.run().results().get(0);
		assertEquals(AnalysisResult.Status.CANCELLED, result.status(), result::message);
		AnalysisResultsView view = AnalysisCommands.showResults();
		view.refresh();
		CTabItem tab = view.tabs().getItem(0);
		assertTrue(tab.getText().contains("cancelled"), tab.getText());
	}

	@Test
	void aFailingPluginShowsItsErrorAndTheOthersStillRun() throws Exception {
		AnalysisResultsView view = runAndShow(launch(example("europe-1914.entente"), "test.broken", "polarity"), false);
		AnalysisResult broken = AnalysisSession.get().last().result("test.broken");
		AnalysisResult polarity = AnalysisSession.get().last().result("polarity");
		assertEquals(AnalysisResult.Status.FAILED, broken.status());
		assertTrue(broken.message().contains("broken on purpose"), broken.message());
		assertEquals(AnalysisResult.Status.OK, polarity.status());
		assertTrue(view.tabs().getItem(0).getText().contains("failed"), view.tabs().getItem(0).getText());
		assertTrue(PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null, "the workbench goes on");
	}

	@Test
	void aThirdPartyPluginRunsLikeTheCoreAnalyses() throws Exception {
		runAndShow(launch(example(ExampleScenarios.FEATURED), "credibility"), false);
		AnalysisResult credibility = AnalysisSession.get().last().result("credibility");
		assertEquals(AnalysisResult.Status.OK, credibility.status(), credibility::message);
		assertNotNull(credibility.year(2025).metrics().get("mean"), "the example plug-in's index for 2025");
	}

	@Test
	void aScenarioWithErrorsIsNotAnalysedAndSaysWhere() throws Exception {
		var file = project.getFile("broken.entente");
		String text = "scenario broken period 2000..2010\nstate AAA\ntie T partnership AAA -- ZZZ strength 0.5\n";
		if (file.exists()) {
			file.delete(true, null);
		}
		file.create(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		runAndShow(launch(file.getLocation().toPath(), "polarity"), false);
		String problem = AnalysisSession.get().last().problem();
		assertNotNull(problem);
		assertTrue(problem.contains("line 3") && problem.contains("ZZZ"), problem);
	}

	@Test
	void theDialogIsGeneratedFromTheDeclaredParametersAndValidatesThem() {
		List<AnalysisDescriptor> analyses = launch(example(ExampleScenarios.FEATURED), "polarity", "stability")
				.analyses();
		RunAnalysesDialog dialog = new RunAnalysesDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
				example(ExampleScenarios.FEATURED), analyses, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Text threshold = (Text) dialog.field("balance", "min_strength");
			assertEquals("0.1", threshold.getText(), "fields start at the declared default");
			threshold.setText("a lot");
			assertNotNull(dialog.validate(), "a decimal parameter rejects text");
			threshold.setText("0.2");
			assertNull(dialog.validate());
			Screenshots.capture(dialog.getShell(), "analysis-run-dialog");
		} catch (Exception e) {
			fail(e);
		} finally {
			dialog.close();
		}
	}

	/** The tabs below an analysis's chart: by year, its metrics, its tables, its findings. */
	private static org.eclipse.swt.custom.CTabFolder details(CTabItem analysisTab) {
		return Arrays.stream(((org.eclipse.swt.custom.SashForm) analysisTab.getControl()).getChildren())
				.filter(org.eclipse.swt.custom.CTabFolder.class::isInstance)
				.map(org.eclipse.swt.custom.CTabFolder.class::cast).findFirst().orElseThrow();
	}

	private static AnalysisResult result(List<AnalysisResult> results, String id) {
		return results.stream().filter(r -> r.analysisId().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no result of " + id));
	}

	/** Captures the results view maximized, as a person would look at it, then restores the layout. */
	private static void captureMaximized(AnalysisResultsView view, String name) throws Exception {
		var reference = page().getReference(view);
		page().setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		spin(800);
		try {
			Screenshots.capture(view.getSite().getShell(), name);
		} finally {
			page().setPartState(reference, IWorkbenchPage.STATE_RESTORED);
			spin(200);
		}
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
