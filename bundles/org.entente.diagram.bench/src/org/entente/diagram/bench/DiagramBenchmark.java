package org.entente.diagram.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.glsp.graph.GGraph;
import org.entente.diagram.DiagramHost;
import org.entente.diagram.DiagramInputs;
import org.entente.diagram.DiagramServer;
import org.entente.diagram.FileScenarioDocument;
import org.entente.diagram.layout.DiagramLayouter;
import org.entente.diagram.layout.LayoutAlgorithm;
import org.entente.diagram.model.DiagramView;
import org.entente.diagram.model.ScenarioGraphBuilder;
import org.entente.diagram.model.YearRange;
import org.entente.dsl.bench.SyntheticScenario;
import org.entente.dsl.load.LoadedScenario;
import org.entente.dsl.load.ScenarioLoader;
import org.entente.model.world.World;
import org.entente.model.world.WorldProjector;

/**
 * How long a diagram takes to appear: on the server (parse, project the year, build the graph, ELK layout) and end
 * to end in Debian's Chromium (page load, websocket, the server's work, transfer, client render), for synthetic
 * scenarios of 100 and 500 states measured side by side in one run. The target is 2 s for 500 states end to end.
 * Usage: DiagramBenchmark REPORT.md WEB_ROOT CLIENT_DIR
 */
public final class DiagramBenchmark {
	private static final int[] SIZES = { 100, 500 };
	private static final int SERVER_WARMUP = 3;
	private static final int SERVER_RUNS = 9;
	private static final int BROWSER_RUNS = 7;
	private static final double TARGET_MILLIS = 2000;

	private DiagramBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path report = Path.of(args[0]);
		Path webRoot = Path.of(args[1]);
		Path client = Path.of(args[2]);
		Path folder = Files.createTempDirectory("entente-diagram-bench");
		Map<Integer, Path> files = new LinkedHashMap<>();
		for (int states : SIZES) {
			files.put(states, new SyntheticScenario(states, 2 * states, 50, 10).write(folder.resolve("synthetic-"
					+ states + ".entente")));
		}
		StringBuilder table = new StringBuilder();
		table.append("| States | Nodes, edges | Server, layered (median ms) | Server, stress (median ms) |"
				+ " Chromium end to end, layered (median ms) | Share of the 2 s target |\n");
		table.append("|---|---|---|---|---|---|\n");
		try (DiagramServer server = DiagramServer.start(webRoot)) {
			for (Map.Entry<Integer, Path> entry : files.entrySet()) {
				Path file = entry.getValue();
				String text = Files.readString(file);
				URI uri = URI.createFileURI(file.toString());
				double[] layered = server(uri, text, LayoutAlgorithm.LAYERED);
				double[] stress = server(uri, text, LayoutAlgorithm.STRESS);
				double browser;
				try (FileScenarioDocument document = new FileScenarioDocument(file)) {
					DiagramInputs.Input input = server.inputs().register(document, DiagramHost.NONE);
					browser = browser(client, server.url(input));
				}
				table.append(String.format(Locale.ROOT, "| %d | %.0f, %.0f | %.0f | %.0f | %.0f | %.2f |%n",
						entry.getKey(), layered[1], layered[2], layered[0], stress[0], browser,
						browser / TARGET_MILLIS));
			}
		}
		String text = "Diagram benchmark (" + System.getProperty("java.version") + ", "
				+ Runtime.getRuntime().availableProcessors() + " cores): synthetic scenarios at their last year;"
				+ " server = parse + world + graph + ELK layout; Chromium = page load to rendered diagram.\n\n"
				+ table;
		Files.createDirectories(report.toAbsolutePath().getParent());
		Files.writeString(report, text, StandardCharsets.UTF_8);
		System.out.println(text);
	}

	/** Median server time in ms, and the node and edge counts. */
	private static double[] server(URI uri, String text, LayoutAlgorithm algorithm) {
		ScenarioLoader parser = ScenarioLoader.shared();
		double[] times = new double[SERVER_RUNS];
		int nodes = 0;
		int edges = 0;
		for (int run = -SERVER_WARMUP; run < SERVER_RUNS; run++) {
			long start = System.nanoTime();
			LoadedScenario parsed = parser.parse(uri, text);
			YearRange years = YearRange.of(parsed.scenario(), 2026);
			World world = new WorldProjector(parsed.scenario()).at(years.last());
			GGraph graph = new ScenarioGraphBuilder(world, new DiagramView(years.last(), Set.of(), algorithm),
					parsed.resource(), years).build().graph();
			DiagramLayouter.layout(graph, algorithm, Map.of());
			long elapsed = System.nanoTime() - start;
			if (run >= 0) {
				times[run] = elapsed / 1e6;
			}
			nodes = (int) graph.getChildren().stream().filter(org.eclipse.glsp.graph.GNode.class::isInstance).count();
			edges = (int) graph.getChildren().stream().filter(org.eclipse.glsp.graph.GEdge.class::isInstance).count();
		}
		return new double[] { median(times), nodes, edges };
	}

	/** Median ms from navigation to rendered diagram, over fresh pages (the first load is a warm-up). */
	private static double browser(Path client, String url) throws IOException, InterruptedException {
		Path log = Files.createTempFile("entente-diagram-bench", ".log");
		Process node = new ProcessBuilder("node", "test/diagram-bench.mjs", url, String.valueOf(BROWSER_RUNS + 1))
				.directory(client.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		boolean finished = node.waitFor(300, TimeUnit.SECONDS);
		if (!finished) {
			node.descendants().forEach(ProcessHandle::destroyForcibly);
			node.destroyForcibly();
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		Files.deleteIfExists(log);
		if (!finished || node.exitValue() != 0) {
			throw new IOException("The browser benchmark failed" + (finished ? "" : " (timed out)") + ":\n" + output);
		}
		String last = output.strip().lines().reduce((a, b) -> b).orElse("");
		List<Double> times = new ArrayList<>();
		for (String value : last.replaceAll("[\\[\\]]", "").split(",")) {
			times.add(Double.parseDouble(value.trim()));
		}
		double[] measured = times.subList(1, times.size()).stream().mapToDouble(Double::doubleValue).toArray();
		return median(measured);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}
}
