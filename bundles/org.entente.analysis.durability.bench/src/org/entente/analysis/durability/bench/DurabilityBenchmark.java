package org.entente.analysis.durability.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.entente.analysis.durability.DurabilityBacktest;
import org.entente.analysis.durability.DurabilityDesign;
import org.entente.analysis.durability.DurabilityFitter;
import org.entente.analysis.durability.DurabilityModel;
import org.entente.analysis.durability.TerminationEvents;
import org.entente.analysis.survival.CoxRegression;
import org.entente.analysis.survival.SurvivalData;
import org.entente.data.history.HistoryImport;
import org.entente.data.history.HistoryImporter;
import org.entente.dsl.io.ScenarioWriter;
import org.entente.dsl.load.LoadedScenario;
import org.entente.dsl.load.ScenarioLoader;
import org.entente.model.Scenario;
import org.entente.model.world.WorldProjector;
import org.entente.model.world.Years;

/**
 * The speed targets of the history and the durability model, each beside a baseline in the same run:
 * <ul>
 * <li>the imported history (1815-2018) loaded, validated and projected through every year, warm, against loading
 * the same model from EMF XMI and projecting it;</li>
 * <li>a fit on the whole history against R's {@code survival::coxph} on the same design matrix (R timed inside R,
 * without starting it), and all variants with the design built from the scenario;</li>
 * <li>a rolling backtest of 20 origins against one fit of the whole history.</li>
 * </ul>
 * Rounds alternate the candidates, so that both see the same state of the machine. Run it with
 * {@code releng/bench/run-durability-benchmark DATA_FOLDER}.
 */
public final class DurabilityBenchmark {

	private static final int WARMUP = 2;
	private static final int MEASURED = 5;
	private static final List<Integer> ORIGINS = DurabilityBacktest.origins(1915, 2010, 5);

	private DurabilityBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
		Path work = Files.createTempDirectory("entente-durability-bench");
		List<String> lines = new ArrayList<>();
		lines.add("JVM: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()) + ", Java "
				+ System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cores");
		lines.add("");
		lines.add("| benchmark | Entente | baseline | ratio | target | notes |");
		lines.add("| --- | --- | --- | --- | --- | --- |");

		long start = System.nanoTime();
		Scenario imported = new HistoryImporter().read(HistoryImport.fromDataFolder(data, 6), new NullProgressMonitor());
		double importSeconds = seconds(start);
		Path text = work.resolve("history.entente");
		Files.writeString(text, new ScenarioWriter().toText(imported, URI.createFileURI(text.toString())));
		Path xmi = work.resolve("history.xmi");
		saveAsXmi(imported, xmi);
		ScenarioLoader loader = ScenarioLoader.shared();

		double[][] load = sideBySide(() -> loadAndProject(loader, text), () -> projectXmi(xmi));
		row(lines, "history: load, validate, project 1815-2018 (warm, median)", median(load[0]), median(load[1]),
				"< 3 s", String.format(Locale.ROOT, "%.1f MB text; baseline: the same model from XMI, projected;"
						+ " import from the CSV files %.1f s", Files.size(text) / 1e6, importSeconds));

		Scenario scenario = loader.load(text).scenario();
		WorldProjector projector = new WorldProjector(scenario);
		start = System.nanoTime();
		DurabilityDesign design = DurabilityDesign.of(projector, new NullProgressMonitor());
		double designSeconds = seconds(start);
		TerminationEvents events = TerminationEvents.termination();
		DurabilityModel once = DurabilityFitter.fit(design, events, DurabilityFitter.standardVariants(), "history", "");
		DurabilityModel.Variant full = once.variant("full");
		SurvivalData fullData = design.survivalData(full.covariates(), events, null);
		double rSeconds = rCoxph(fullData, work);
		double[] entente = new double[MEASURED];
		for (int i = 0; i < WARMUP + MEASURED; i++) {
			start = System.nanoTime();
			CoxRegression.efron().fit(fullData);
			if (i >= WARMUP) {
				entente[i - WARMUP] = seconds(start);
			}
		}
		row(lines, "Cox fit, variant 'full' (median)", median(entente), rSeconds, "",
				String.format(Locale.ROOT, "%,d membership-years x %d covariates, %d events; baseline: R survival %s"
						+ " coxph, Efron ties, timed inside R", fullData.start().length, full.covariates().size(),
						fullData.events(), rVersion(work)));
		double[] allVariants = new double[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			start = System.nanoTime();
			DurabilityFitter.fit(design, events, DurabilityFitter.standardVariants(), "history", "");
			allVariants[i] = seconds(start);
		}
		double fitSeconds = designSeconds + median(allVariants);
		row(lines, "fit on the whole history: design + all " + once.variants().size() + " variants", fitSeconds,
				Double.NaN, "< 10 s", String.format(Locale.ROOT, "design (covariates of every membership-year through "
						+ "the projection) %.1f s, variants %.1f s (median)", designSeconds, median(allVariants)));

		start = System.nanoTime();
		DurabilityBacktest.Result backtest = DurabilityBacktest.run(design, new DurabilityBacktest.Options(ORIGINS,
				10, events, null), null, new NullProgressMonitor());
		double backtestSeconds = seconds(start);
		row(lines, "backtest, " + ORIGINS.size() + " origins " + ORIGINS.get(0) + "-" + ORIGINS.get(ORIGINS.size() - 1)
				+ ", refitted at each", backtestSeconds, median(allVariants), "< 120 s",
				String.format(Locale.ROOT, "baseline: one fit of all variants on the whole history; %,d predictions; "
						+ "without the heuristic (the run script times it through the command line)",
						backtest.outcomes().size()));
		lines.forEach(System.out::println);
		if (args.length > 1) {
			Files.write(Path.of(args[1]), lines);
		}
	}

	private static void row(List<String> lines, String what, double seconds, double baseline, String target,
			String notes) {
		lines.add(String.format(Locale.ROOT, "| %s | %.2f s | %s | %s | %s | %s |", what, seconds,
				Double.isNaN(baseline) ? "" : String.format(Locale.ROOT, "%.2f s", baseline),
				Double.isNaN(baseline) ? "" : String.format(Locale.ROOT, "%.1fx", seconds / baseline), target, notes));
	}

	private static double loadAndProject(ScenarioLoader loader, Path file) {
		try {
			LoadedScenario loaded = loader.load(file);
			if (!loaded.errors().isEmpty()) {
				throw new IllegalStateException("the imported history has errors: " + loaded.problem());
			}
			return project(loaded.scenario());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static double projectXmi(Path file) {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		Resource resource = set.getResource(URI.createFileURI(file.toString()), true);
		EcoreUtil.resolveAll(resource);
		return project((Scenario) resource.getContents().get(0));
	}

	/** Projects every year; returns a number from the worlds so that the work cannot be skipped. */
	private static double project(Scenario scenario) {
		WorldProjector projector = new WorldProjector(scenario);
		double states = 0;
		for (int year : Years.within(scenario.getPeriod(), null, null)) {
			states += projector.at(year).states().size();
		}
		return states;
	}

	private static void saveAsXmi(Scenario scenario, Path xmi) throws IOException {
		ResourceSet target = new ResourceSetImpl();
		target.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		Resource resource = target.createResource(URI.createFileURI(xmi.toString()));
		resource.getContents().add(EcoreUtil.copy(scenario));
		resource.save(Map.of(XMIResource.OPTION_ENCODING, "UTF-8"));
	}

	/** Alternates two candidates, one of each per round with the order alternating; the seconds of each. */
	private static double[][] sideBySide(Supplier<Object> a, Supplier<Object> b) {
		for (int i = 0; i < WARMUP; i++) {
			a.get();
			b.get();
		}
		double[][] seconds = new double[2][MEASURED];
		List<Supplier<Object>> candidates = List.of(a, b);
		for (int round = 0; round < MEASURED; round++) {
			for (int k = 0; k < 2; k++) {
				int which = round % 2 == 0 ? k : 1 - k;
				System.gc();
				long start = System.nanoTime();
				candidates.get(which).get();
				seconds[which][round] = seconds(start);
			}
		}
		return seconds;
	}

	/** The median seconds of {@code coxph} on the design, timed by R itself; {@code NaN} without R. */
	private static double rCoxph(SurvivalData data, Path work) throws IOException, InterruptedException {
		Path csv = work.resolve("design.csv");
		StringBuilder text = new StringBuilder("start,stop,event");
		data.names().forEach(n -> text.append(',').append(n));
		text.append('\n');
		for (int i = 0; i < data.start().length; i++) {
			text.append(data.start()[i]).append(',').append(data.stop()[i]).append(',')
					.append(data.event()[i] ? 1 : 0);
			for (double x : data.covariates()[i]) {
				text.append(',').append(x);
			}
			text.append('\n');
		}
		Files.writeString(csv, text);
		String script = "suppressMessages(library(survival))\n"
				+ "d <- read.csv(commandArgs(TRUE)[1])\n"
				+ "f <- as.formula(paste('Surv(start, stop, event) ~', paste(names(d)[-(1:3)], collapse = ' + ')))\n"
				+ "invisible(coxph(f, data = d, ties = 'efron'))\n"
				+ "t <- replicate(" + MEASURED + ", system.time(coxph(f, data = d, ties = 'efron'))[['elapsed']])\n"
				+ "cat(median(t), '\\n')\n";
		String out = rscript(work, script, csv.toString());
		return out == null ? Double.NaN : Double.parseDouble(out.trim());
	}

	private static String rVersion(Path work) throws IOException, InterruptedException {
		String out = rscript(work, "cat(as.character(packageVersion('survival')), '\\n')\n");
		return out == null ? "(not installed)" : out.trim();
	}

	private static String rscript(Path work, String script, String... args) throws IOException, InterruptedException {
		Path file = work.resolve("bench.R");
		Files.writeString(file, script);
		List<String> command = new ArrayList<>(List.of("Rscript", file.toString()));
		command.addAll(Arrays.asList(args));
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
		} catch (IOException noR) {
			return null;
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
			System.err.println("Rscript failed: " + output);
			return null;
		}
		String[] lines = output.strip().split("\n");
		return lines[lines.length - 1];
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}
}
