package org.entente.dsl.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.entente.dsl.ide.server.InProcessLanguageServer;

/**
 * Measures what an analyst waits for while editing a large scenario: the time from a keystroke to the updated error
 * markers, and the time content assist takes to answer. Both go through {@link InProcessLanguageServer}, the server
 * the workbench editor talks to, so the figures include Xtext's reparse, linking, validation and the publication of
 * diagnostics, but not the painting of the editor.
 * <p>
 * The targets are medians under 300 ms (keystroke to markers) and under 100 ms (content assist) on a scenario of
 * about 5,000 lines. A scenario of about 200 lines with the same structure is measured in the same run, so that the
 * cost of size shows as a ratio. Run it with {@code releng/bench/run-editor-benchmark}.
 */
public final class EditorBenchmark {

	private static final int WARMUP = 10;
	/** Even, like {@link #WARMUP}: keystrokes alternate between breaking and fixing a reference. */
	private static final int MEASURED = 40;
	private static final double KEYSTROKE_TARGET_MS = 300;
	private static final double ASSIST_TARGET_MS = 100;
	private static final long TIMEOUT_SECONDS = 120;

	/** 200 states, 1,900 ties: about 5,000 lines, most of them state blocks and ties as in the examples. */
	private static final SyntheticScenario LARGE = new SyntheticScenario(200, 1_900, 200, 20);
	/** The same kinds of elements, about 200 lines. */
	private static final SyntheticScenario SMALL = new SyntheticScenario(20, 20, 100, 25);

	/** What the analyst types before asking for content assist: the target of a tie is a state reference. */
	private static final String INCOMPLETE_TIE = "tie partnership S0 -- ";

	private EditorBenchmark() {
	}

	public static void main(String[] args) {
		int status = 0;
		try {
			run(args);
		} catch (Exception e) {
			System.err.println("editor benchmark failed: " + e);
			e.printStackTrace();
			status = 1;
		}
		// Xtext's request threads are not daemons; the exit also carries the status.
		System.exit(status);
	}

	private static void run(String[] args) throws Exception {
		// the real path, so that the files the server reports compare equal to ours
		Path work = Files.createTempDirectory("entente-editor-bench").toRealPath();
		try {
			// the large scenario first: its warm-up also warms the JIT for the small one, not the other way round
			CaseResult large = measure(work.resolve("large"), LARGE);
			CaseResult small = measure(work.resolve("small"), SMALL);
			List<String> lines = report(large, small);
			System.out.println();
			lines.forEach(System.out::println);
			if (args.length > 0) {
				Files.write(Path.of(args[0]), lines);
			}
		} finally {
			deleteRecursively(work);
		}
	}

	private record CaseResult(SyntheticScenario shape, int lines, Stats keystroke, Stats reference,
			int referenceProposals, Stats keyword, int keywordProposals) {
	}

	/** One scenario, in its own folder and server, so that the other's builds do not interfere. */
	private static CaseResult measure(Path folder, SyntheticScenario shape) throws Exception {
		Files.createDirectories(folder);
		Path file = shape.write(folder.resolve("scenario.entente"));
		String text = Files.readString(file);
		int lines = (int) text.lines().count();
		System.out.printf(Locale.ROOT, "%,d lines: %s%n", lines, shape);

		try (InProcessLanguageServer server = new InProcessLanguageServer(List.of(folder))) {
			return measure(server, file, text, lines, shape);
		}
	}

	private static CaseResult measure(InProcessLanguageServer server, Path file, String text, int lines,
			SyntheticScenario shape) throws Exception {
		DiagnosticsProbe probe = new DiagnosticsProbe(file);
		server.addDiagnosticsListener(probe);
		CompletableFuture<Long> opened = probe.expect(diagnostics -> true);
		server.open(file, text);
		await(opened, probe, "after opening " + file);
		awaitIdle(server);
		long initialErrors = errors(server.diagnostics(file));
		if (initialErrors > 0) {
			throw new IllegalStateException(initialErrors + " errors in the synthetic scenario before any change: "
					+ server.diagnostics(file));
		}

		Stats keystroke = keystrokes(server, probe, file, referenceEnd(text));
		System.out.printf(Locale.ROOT, "  keystroke to markers: %s%n", keystroke);

		// as if the analyst had typed a new tie at the end of the file, up to where a state name goes
		Position end = new Position(lines, 0);
		server.change(file, new Range(end, end), INCOMPLETE_TIE);
		awaitIdle(server);
		Assist reference = assist(server, file, new Position(lines, INCOMPLETE_TIE.length()), "S1");
		System.out.printf(Locale.ROOT, "  content assist, state reference: %s, %d proposals%n", reference.stats(),
				reference.proposals());
		Assist keyword = assist(server, file, end, "state");
		System.out.printf(Locale.ROOT, "  content assist, keyword: %s, %d proposals%n", keyword.stats(),
				keyword.proposals());
		return new CaseResult(shape, lines, keystroke, reference.stats(), reference.proposals(), keyword.stats(),
				keyword.proposals());
	}

	/**
	 * The end of the target state's name in the middle tie of the file: typing there breaks the reference (an error
	 * appears), deleting the typed character fixes it (the error disappears), so every keystroke changes the markers.
	 */
	private static Position referenceEnd(String text) {
		List<String> lines = text.lines().toList();
		List<Integer> ties = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith("tie ") && lines.get(i).contains(" strength ")) {
				ties.add(i);
			}
		}
		if (ties.isEmpty()) {
			throw new IllegalStateException("The synthetic scenario has no tie to edit");
		}
		int line = ties.get(ties.size() / 2);
		return new Position(line, lines.get(line).indexOf(" strength "));
	}

	private static Stats keystrokes(InProcessLanguageServer server, DiagnosticsProbe probe, Path file, Position at)
			throws Exception {
		Position after = new Position(at.getLine(), at.getCharacter() + 1);
		double[] millis = new double[MEASURED];
		for (int i = 0; i < WARMUP + MEASURED; i++) {
			boolean breaking = i % 2 == 0;
			CompletableFuture<Long> updated = probe
					.expect(breaking ? diagnostics -> errors(diagnostics) == 1 : diagnostics -> errors(diagnostics) == 0);
			long start = System.nanoTime();
			if (breaking) {
				server.change(file, new Range(at, at), "x");
			} else {
				server.change(file, new Range(at, after), "");
			}
			long end = await(updated, probe, breaking ? "showing the broken reference" : "after the fix");
			if (i >= WARMUP) {
				millis[i - WARMUP] = (end - start) / 1e6;
			}
			// each keystroke starts from an idle server, as after a pause in typing
			awaitIdle(server);
		}
		return Stats.of(millis);
	}

	private record Assist(Stats stats, int proposals) {
	}

	private static Assist assist(InProcessLanguageServer server, Path file, Position at, String expectedLabel)
			throws Exception {
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(server.uri(file)), at);
		double[] millis = new double[MEASURED];
		int proposals = 0;
		for (int i = 0; i < WARMUP + MEASURED; i++) {
			long start = System.nanoTime();
			Either<List<CompletionItem>, CompletionList> result = server.server().completion(params)
					.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			long end = System.nanoTime();
			List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
			// a fast but empty or wrong answer must not pass for a result
			if (items.stream().noneMatch(item -> expectedLabel.equals(item.getLabel()))) {
				throw new IllegalStateException("Content assist at " + at + " returned " + items.size()
						+ " proposals, none of them '" + expectedLabel + "': "
						+ items.stream().limit(20).map(CompletionItem::getLabel).toList());
			}
			proposals = items.size();
			if (i >= WARMUP) {
				millis[i - WARMUP] = (end - start) / 1e6;
			}
		}
		return new Assist(Stats.of(millis), proposals);
	}

	private static List<String> report(CaseResult large, CaseResult small) {
		List<String> rows = new ArrayList<>();
		rows.add("| case | lines | median ms | p90 ms | max ms | target | met? |");
		rows.add("| --- | --- | --- | --- | --- | --- | --- |");
		for (CaseResult result : List.of(large, small)) {
			rows.add(row("keystroke to updated markers (a state reference broken, then fixed)", result.lines(),
					result.keystroke(), KEYSTROKE_TARGET_MS));
			rows.add(row(String.format(Locale.ROOT,
					"content assist, state reference after `%s` (%d proposals, %d states in scope)",
					INCOMPLETE_TIE.strip(), result.referenceProposals(), result.shape().states()), result.lines(),
					result.reference(), ASSIST_TARGET_MS));
			rows.add(row(String.format(Locale.ROOT, "content assist, keyword at the start of a line (%d proposals)",
					result.keywordProposals()), result.lines(), result.keyword(), ASSIST_TARGET_MS));
		}
		rows.add("");
		rows.add(String.format(Locale.ROOT,
				"Median ratio, %,d lines / %,d lines: keystroke to markers %.1fx, content assist %.1fx (state reference), %.1fx (keyword).",
				large.lines(), small.lines(), large.keystroke().median() / small.keystroke().median(),
				large.reference().median() / small.reference().median(),
				large.keyword().median() / small.keyword().median()));
		rows.add(String.format(Locale.ROOT,
				"%d measured runs per case after %d warm-up runs; scenarios %s and %s (SyntheticScenario).", MEASURED,
				WARMUP, large.shape(), small.shape()));
		Runtime runtime = Runtime.getRuntime();
		rows.add(String.format(Locale.ROOT, "JVM: %s %s, max heap %,d MB, %d processors; measured %s.",
				System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
				runtime.maxMemory() / (1024 * 1024), runtime.availableProcessors(), LocalDate.now()));
		return rows;
	}

	private static String row(String name, int lines, Stats stats, double target) {
		return String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | < %.0f ms | %s |", name, lines,
				stats.median(), stats.p90(), stats.max(), target, stats.median() < target ? "yes" : "no");
	}

	/** Milliseconds: the median, the 90th percentile (nearest rank) and the maximum. */
	private record Stats(double median, double p90, double max) {

		static Stats of(double[] millis) {
			double[] sorted = millis.clone();
			Arrays.sort(sorted);
			int n = sorted.length;
			double median = n % 2 == 0 ? (sorted[n / 2 - 1] + sorted[n / 2]) / 2 : sorted[n / 2];
			return new Stats(median, sorted[(int) Math.ceil(0.9 * n) - 1], sorted[n - 1]);
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "median %.1f ms, p90 %.1f ms, max %.1f ms", median, p90, max);
		}
	}

	/**
	 * Completes a future with the time the server published diagnostics for the file that satisfy a condition: the
	 * server may publish more than once per change, and only the publication showing the change ends the wait.
	 */
	private static final class DiagnosticsProbe implements InProcessLanguageServer.DiagnosticsListener {

		private record Expectation(Predicate<List<Diagnostic>> condition, CompletableFuture<Long> reached) {
		}

		private final Path file;
		private final AtomicReference<Expectation> pending = new AtomicReference<>();
		private volatile List<Diagnostic> last = List.of();

		DiagnosticsProbe(Path file) {
			this.file = file.toAbsolutePath().normalize();
		}

		/** Must be called before the change, so that a fast server cannot publish before the probe listens. */
		CompletableFuture<Long> expect(Predicate<List<Diagnostic>> condition) {
			Expectation expectation = new Expectation(condition, new CompletableFuture<>());
			pending.set(expectation);
			return expectation.reached();
		}

		List<Diagnostic> last() {
			return last;
		}

		@Override
		public void diagnosticsChanged(Path changed, List<Diagnostic> diagnostics) {
			// first, so that the probe's own work is not counted
			long now = System.nanoTime();
			if (!file.equals(changed)) {
				return;
			}
			last = diagnostics;
			Expectation expectation = pending.get();
			if (expectation != null && expectation.condition().test(diagnostics)
					&& pending.compareAndSet(expectation, null)) {
				expectation.reached().complete(now);
			}
		}
	}

	private static long await(CompletableFuture<Long> published, DiagnosticsProbe probe, String what)
			throws InterruptedException, ExecutionException {
		try {
			return published.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		} catch (TimeoutException e) {
			throw new IllegalStateException("No matching diagnostics " + what + " within " + TIMEOUT_SECONDS
					+ " s; last published: " + probe.last(), e);
		}
	}

	private static void awaitIdle(InProcessLanguageServer server) throws InterruptedException, TimeoutException {
		server.awaitIdle(TIMEOUT_SECONDS, TimeUnit.SECONDS);
	}

	private static long errors(List<Diagnostic> diagnostics) {
		return diagnostics.stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).count();
	}

	private static void deleteRecursively(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
