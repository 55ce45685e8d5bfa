package org.entente.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;

/**
 * R's {@code survival} package as a test oracle: writes a design matrix, runs {@code r/coxph-oracle.R} with
 * {@code Rscript} and reads back what {@code coxph}, {@code basehaz}, {@code concordance} and {@code survfit} give.
 * R is not optional: {@code .ci/run} installs {@code r-cran-survival}, and without it the test fails saying so,
 * rather than passing without having checked anything.
 */
public final class ROracle {

	/** What R computed. */
	public record CoxReference(String survivalVersion, Map<String, Double> coefficients,
			Map<String, Double> standardErrors, double nullLogLikelihood, double logLikelihood, double[][] baseline,
			double concordance, double[][] kaplanMeier) {
	}

	private ROracle() {
	}

	/**
	 * Fits {@code Surv(start, stop, event) ~ covariates} in R.
	 *
	 * @param names     the covariate names (the CSV header)
	 * @param rows      per row: start, stop, event (0 or 1), then the covariates
	 * @param ties      {@code efron} or {@code breslow}
	 * @param directory where the design and the result are written (under {@code target/})
	 */
	public static CoxReference coxph(List<String> names, double[][] rows, String ties, Path directory) {
		try {
			Files.createDirectories(directory);
			Path design = directory.resolve("design.csv");
			Path result = directory.resolve("r-result.csv");
			Path script = directory.resolve("coxph-oracle.R");
			try (InputStream in = script().openStream()) {
				Files.write(script, in.readAllBytes());
			}
			StringBuilder csv = new StringBuilder("start,stop,event");
			names.forEach(n -> csv.append(',').append(n));
			csv.append('\n');
			for (double[] row : rows) {
				for (int j = 0; j < row.length; j++) {
					csv.append(j == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.17g", row[j]));
				}
				csv.append('\n');
			}
			Files.writeString(design, csv);
			runRscript(directory.resolve("r-output.txt"), script.toString(), design.toString(), result.toString(),
					ties);
			return read(Files.readAllLines(result, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	/** As {@link #coxph(List, double[][], String, Path)}, from counting-process columns. */
	public static CoxReference coxph(List<String> names, double[] start, double[] stop, boolean[] event,
			double[][] covariates, String ties, Path directory) {
		double[][] rows = new double[start.length][];
		for (int i = 0; i < rows.length; i++) {
			double[] row = new double[3 + names.size()];
			row[0] = start[i];
			row[1] = stop[i];
			row[2] = event[i] ? 1 : 0;
			System.arraycopy(covariates[i], 0, row, 3, names.size());
			rows[i] = row;
		}
		return coxph(names, rows, ties, directory);
	}

	/**
	 * Evaluates an R expression that reads the data frame {@code d} (the {@code columns}, in order) and returns one
	 * number ({@code NA} becomes {@code NaN}), for instance
	 * {@code wilcox.test(d$risk[d$pos == 1], d$risk[d$pos == 0])$statistic}.
	 *
	 * @param directory where the data and R's output are written (under {@code target/})
	 */
	public static double evaluate(String expression, Map<String, double[]> columns, Path directory) {
		try {
			Files.createDirectories(directory);
			Path data = directory.resolve("data.csv");
			Path script = directory.resolve("expression.R");
			StringBuilder csv = new StringBuilder(String.join(",", columns.keySet())).append('\n');
			List<double[]> values = new ArrayList<>(columns.values());
			for (int i = 0; i < values.get(0).length; i++) {
				for (int j = 0; j < values.size(); j++) {
					csv.append(j == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.17g", values.get(j)[i]));
				}
				csv.append('\n');
			}
			Files.writeString(data, csv);
			Files.writeString(script, "d <- read.csv(commandArgs(TRUE)[1])\ncat(format(as.numeric(" + expression
					+ "), digits = 17), \"\\n\")\n");
			Path output = directory.resolve("r-output.txt");
			runRscript(output, script.toString(), data.toString());
			List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
			String value = lines.get(lines.size() - 1).trim();
			return value.equals("NA") ? Double.NaN : Double.parseDouble(value);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	private static CoxReference read(List<String> lines) {
		String version = "";
		Map<String, Double> coefficients = new LinkedHashMap<>();
		Map<String, Double> se = new LinkedHashMap<>();
		double nullLl = Double.NaN;
		double ll = Double.NaN;
		double concordance = Double.NaN;
		List<double[]> baseline = new ArrayList<>();
		List<double[]> km = new ArrayList<>();
		for (String line : lines) {
			String[] f = line.split(",", 3);
			switch (f[0]) {
			case "version" -> version = f[2];
			case "coef" -> coefficients.put(f[1], Double.parseDouble(f[2]));
			case "se" -> se.put(f[1], Double.parseDouble(f[2]));
			case "loglik" -> {
				if (f[1].equals("null")) {
					nullLl = Double.parseDouble(f[2]);
				} else {
					ll = Double.parseDouble(f[2]);
				}
			}
			case "basehaz" -> baseline.add(new double[] { Double.parseDouble(f[1]), Double.parseDouble(f[2]) });
			case "km" -> km.add(new double[] { Double.parseDouble(f[1]), Double.parseDouble(f[2]) });
			case "concordance" -> concordance = Double.parseDouble(f[2]);
			default -> {
				// iterations and anything later: informative only
			}
			}
		}
		return new CoxReference(version, coefficients, se, nullLl, ll, baseline.toArray(double[][]::new),
				concordance, km.toArray(double[][]::new));
	}

	/** Runs {@code Rscript ARGS}, its output into {@code output}; a failure shows that output. */
	private static void runRscript(Path output, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(rscript()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
		if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new AssertionError("Rscript failed; its output is in " + output + ":\n" + Files.readString(output));
		}
	}

	private static String rscript() {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
			if (Files.isExecutable(Path.of(dir, "Rscript"))) {
				return Path.of(dir, "Rscript").toString();
			}
		}
		throw new AssertionError("Rscript is not installed: the Cox model is checked against R's survival package "
				+ "(apt-get install r-base-core r-cran-survival, as .ci/run does)");
	}

	private static URL script() throws IOException {
		URL entry = Platform.getBundle("org.entente.testing").getEntry("r/coxph-oracle.R");
		return FileLocator.toFileURL(entry);
	}
}
