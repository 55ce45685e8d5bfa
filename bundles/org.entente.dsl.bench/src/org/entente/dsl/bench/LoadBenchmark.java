package org.entente.dsl.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.validation.Issue;
import org.entente.dsl.load.LoadedScenario;
import org.entente.dsl.load.ScenarioLoader;

/**
 * Measures loading a scenario from {@code .entente} text (parse, link and validate) against loading the same model
 * from EMF XMI, side by side in one run, for synthetic scenarios of growing size. Reports the median warm time of
 * each, their ratio (with its range over the rounds), the parse's share of the text load, and the heap the loaded
 * model holds. Run it with {@code releng/bench/run-load-benchmark}.
 * <p>
 * The text is loaded as the command line loads it: the file is parsed, then validated; the validator first resolves
 * every cross-reference (Xtext's resource validator does), so linking is part of the validation step.
 */
public final class LoadBenchmark {

	private static final int WARMUP = 2;
	private static final int MEASURED = 9;

	private LoadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path work = Files.createTempDirectory("entente-bench");
		ScenarioLoader loader = ScenarioLoader.shared();
		List<SyntheticScenario> sizes = List.of(new SyntheticScenario(1_000, 100_000, 200, 1),
				new SyntheticScenario(10_000, 100_000, 200, 10));
		List<String> rows = new ArrayList<>();
		rows.add("JVM: " + jvmSettings());
		rows.add("");
		rows.add("| scenario | file | text load (parse+link+validate) | of which parse | XMI load | text / XMI (range over the rounds) | heap (text) | heap (XMI) |");
		rows.add("| --- | --- | --- | --- | --- | --- | --- | --- |");
		for (SyntheticScenario size : sizes) {
			Path text = size.write(work.resolve("synthetic-" + size.states() + ".entente"));
			Path xmi = work.resolve("synthetic-" + size.states() + ".xmi");
			saveAsXmi(loader, text, xmi);
			Measurement[] loads = measureSideBySide(() -> loadText(loader, text), () -> new Loaded(loadXmi(xmi), 0));
			Measurement textLoad = loads[0];
			Measurement xmiLoad = loads[1];
			String row = String.format(Locale.ROOT, "| %,d states, %,d ties, %d years every %d | %.1f MB | %.2f s | %.2f s | %.2f s | %.1fx (%.1f-%.1fx) | %.0f MB | %.0f MB |",
					size.states(), size.ties(), size.years(), size.capabilityStep(), Files.size(text) / 1e6,
					textLoad.medianSeconds(), textLoad.medianParseSeconds(), xmiLoad.medianSeconds(),
					textLoad.medianSeconds() / xmiLoad.medianSeconds(), minimumRatio(textLoad, xmiLoad),
					maximumRatio(textLoad, xmiLoad), textLoad.heapMegabytes(), xmiLoad.heapMegabytes());
			System.out.println(row);
			rows.add(row);
		}
		System.out.println();
		rows.forEach(System.out::println);
		if (args.length > 0) {
			Files.write(Path.of(args[0]), rows);
		}
	}

	/** A loaded model and the time its parse took, in seconds (zero where there is no parse). */
	private record Loaded(ResourceSet set, double parseSeconds) {
	}

	/** Loads as the command line does: parse (timed on its own), then validate, which links. */
	private static Loaded loadText(ScenarioLoader loader, Path file) {
		long start = System.nanoTime();
		LoadedScenario loaded;
		try {
			loaded = loader.load(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		double parseSeconds = (System.nanoTime() - start) / 1e9;
		List<Issue> errors = loaded.errors();
		if (!errors.isEmpty()) {
			throw new IllegalStateException(errors.size() + " errors in the synthetic scenario, first: " + errors.get(0));
		}
		return new Loaded(loaded.resource().getResourceSet(), parseSeconds);
	}

	/** Checks, outside the measured time, that the validation left no cross-reference unresolved. */
	private static void assertFullyLinked(ResourceSet set) {
		EcoreUtil.resolveAll(set);
		Map<EObject, Collection<EStructuralFeature.Setting>> unresolved = EcoreUtil.UnresolvedProxyCrossReferencer
				.find(set);
		if (!unresolved.isEmpty()) {
			throw new IllegalStateException(unresolved.size() + " elements with unresolved references");
		}
	}

	private static ResourceSet loadXmi(Path file) {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		Resource resource = set.getResource(URI.createFileURI(file.toString()), true);
		EcoreUtil.resolveAll(resource);
		return set;
	}

	private static void saveAsXmi(ScenarioLoader loader, Path text, Path xmi) throws IOException {
		ResourceSet loaded = loadText(loader, text).set();
		assertFullyLinked(loaded);
		Resource source = loaded.getResources().get(0);
		ResourceSet target = new ResourceSetImpl();
		target.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		Resource resource = target.createResource(URI.createFileURI(xmi.toString()));
		resource.getContents().addAll(EcoreUtil.copyAll(source.getContents()));
		resource.save(Map.of(XMIResource.OPTION_ENCODING, "UTF-8"));
	}

	/** The loads of one kind: the time of each round in round order, the median parse time and the heap held. */
	private record Measurement(double[] seconds, double medianParseSeconds, double heapMegabytes) {

		double medianSeconds() {
			return median(seconds);
		}
	}

	/**
	 * Loads the text and the XMI alternately, one of each per round (the order alternating too), so that both see the
	 * same state of the machine: on a shared machine the speed drifts by tens of percent within minutes, and two
	 * blocks measured one after the other would put that drift into the ratio.
	 */
	private static Measurement[] measureSideBySide(Supplier<Loaded> text, Supplier<Loaded> xmi) {
		for (int i = 0; i < WARMUP; i++) {
			text.get();
			xmi.get();
		}
		double[][] seconds = new double[2][MEASURED];
		double[][] parseSeconds = new double[2][MEASURED];
		double[] heap = new double[2];
		List<Supplier<Loaded>> loads = List.of(text, xmi);
		for (int round = 0; round < MEASURED; round++) {
			for (int k = 0; k < 2; k++) {
				int which = round % 2 == 0 ? k : 1 - k;
				long before = usedHeap();
				long start = System.nanoTime();
				Loaded loaded = loads.get(which).get();
				seconds[which][round] = (System.nanoTime() - start) / 1e9;
				parseSeconds[which][round] = loaded.parseSeconds();
				heap[which] = Math.max(heap[which], (usedHeap() - before) / 1e6);
				keep(loaded);
			}
		}
		return new Measurement[] { new Measurement(seconds[0], median(parseSeconds[0]), heap[0]),
				new Measurement(seconds[1], median(parseSeconds[1]), heap[1]) };
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static double minimumRatio(Measurement text, Measurement xmi) {
		double result = Double.MAX_VALUE;
		for (int round = 0; round < MEASURED; round++) {
			result = Math.min(result, text.seconds()[round] / xmi.seconds()[round]);
		}
		return result;
	}

	private static double maximumRatio(Measurement text, Measurement xmi) {
		double result = 0;
		for (int round = 0; round < MEASURED; round++) {
			result = Math.max(result, text.seconds()[round] / xmi.seconds()[round]);
		}
		return result;
	}

	/** The collector and heap options of this JVM, which the figures depend on. */
	private static String jvmSettings() {
		List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
				.filter(option -> option.startsWith("-X") && !option.startsWith("-Xlog")).toList();
		String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
				.map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
		return String.join(" ", options) + " (collectors: " + collectors + "), Java "
				+ System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cores";
	}

	/** Keeps the model reachable until after the heap was measured. */
	private static void keep(Object loaded) {
		if (loaded.hashCode() == System.nanoTime()) {
			System.out.print("");
		}
	}

	private static long usedHeap() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}
}
