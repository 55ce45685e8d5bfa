package org.entente.dsl.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.entente.dsl.EntenteStandaloneSetup;

import com.google.inject.Injector;

/**
 * Measures loading a scenario from {@code .entente} text (parse, link and validate) against loading the same model
 * from EMF XMI, side by side in one run, for synthetic scenarios of growing size. Reports the median warm time of
 * each, their ratio, and the heap the loaded model holds. Run it with {@code releng/bench/run-load-benchmark}.
 */
public final class LoadBenchmark {

	private static final int WARMUP = 2;
	private static final int MEASURED = 5;

	private LoadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path work = Files.createTempDirectory("entente-bench");
		Injector injector = new EntenteStandaloneSetup().createInjectorAndDoEMFRegistration();
		List<SyntheticScenario> sizes = List.of(new SyntheticScenario(1_000, 100_000, 200, 1),
				new SyntheticScenario(10_000, 100_000, 200, 10));
		List<String> rows = new ArrayList<>();
		rows.add("| scenario | file | text load (parse+link+validate) | XMI load | text / XMI | heap (text) | heap (XMI) |");
		rows.add("| --- | --- | --- | --- | --- | --- | --- |");
		for (SyntheticScenario size : sizes) {
			Path text = size.write(work.resolve("synthetic-" + size.states() + ".entente"));
			Path xmi = work.resolve("synthetic-" + size.states() + ".xmi");
			saveAsXmi(injector, text, xmi);
			Measurement textLoad = measure(() -> loadText(injector, text));
			Measurement xmiLoad = measure(() -> loadXmi(xmi));
			String row = String.format(Locale.ROOT, "| %,d states, %,d ties, %d years every %d | %.1f MB | %.2f s | %.2f s | %.1fx | %.0f MB | %.0f MB |",
					size.states(), size.ties(), size.years(), size.capabilityStep(), Files.size(text) / 1e6,
					textLoad.medianSeconds(), xmiLoad.medianSeconds(), textLoad.medianSeconds() / xmiLoad.medianSeconds(),
					textLoad.heapMegabytes(), xmiLoad.heapMegabytes());
			System.out.println(row);
			rows.add(row);
		}
		System.out.println();
		rows.forEach(System.out::println);
		if (args.length > 0) {
			Files.write(Path.of(args[0]), rows);
		}
	}

	private static ResourceSet loadText(Injector injector, Path file) {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		Resource resource = set.getResource(URI.createFileURI(file.toString()), true);
		EcoreUtil.resolveAll(resource);
		List<Issue> issues = injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
		long errors = issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).count();
		if (errors > 0) {
			throw new IllegalStateException(errors + " errors in the synthetic scenario, first: " + issues.get(0));
		}
		return set;
	}

	private static ResourceSet loadXmi(Path file) {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		Resource resource = set.getResource(URI.createFileURI(file.toString()), true);
		EcoreUtil.resolveAll(resource);
		return set;
	}

	private static void saveAsXmi(Injector injector, Path text, Path xmi) throws IOException {
		ResourceSet loaded = loadText(injector, text);
		Resource source = loaded.getResources().get(0);
		ResourceSet target = new ResourceSetImpl();
		target.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		Resource resource = target.createResource(URI.createFileURI(xmi.toString()));
		resource.getContents().addAll(EcoreUtil.copyAll(source.getContents()));
		resource.save(Map.of(XMIResource.OPTION_ENCODING, "UTF-8"));
	}

	private record Measurement(double medianSeconds, double heapMegabytes) {
	}

	private static Measurement measure(Supplier<ResourceSet> load) {
		for (int i = 0; i < WARMUP; i++) {
			load.get();
		}
		double[] seconds = new double[MEASURED];
		double heap = 0;
		for (int i = 0; i < MEASURED; i++) {
			long before = usedHeap();
			long start = System.nanoTime();
			ResourceSet loaded = load.get();
			seconds[i] = (System.nanoTime() - start) / 1e9;
			heap = Math.max(heap, (usedHeap() - before) / 1e6);
			keep(loaded);
		}
		Arrays.sort(seconds);
		return new Measurement(seconds[MEASURED / 2], heap);
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
