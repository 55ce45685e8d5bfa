package org.entente.analysis.durability;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.analysis.survival.CoxFit;
import org.entente.analysis.survival.StepFunction;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A durability model fitted on history: Cox proportional-hazards fits of membership duration, one per set of
 * covariates (a {@link Variant}), so that a scenario that lacks some covariate still gets a prediction from the
 * richest fit whose covariates it has. Written to and read from a JSON file ({@value #FORMAT}); the product ships
 * the fit on the whole imported history ({@link #shipped()}), and {@code entente fit durability} writes others.
 *
 * @param fittedOn     what the model was fitted on: scenario, years, events, counts
 * @param events       the terminations that counted as events
 * @param variants     the fits, richest first
 * @param notAvailable covariates the history could not give, and why
 */
public record DurabilityModel(FittedOn fittedOn, TerminationEvents events, List<Variant> variants,
		Map<String, String> notAvailable) {

	public static final String FORMAT = "entente-durability-model/1";

	/** Where the model came from. */
	public record FittedOn(String scenario, String title, int firstYear, int lastYear, int spells, String created) {
	}

	/**
	 * One Cox fit.
	 *
	 * @param name       its name ({@code full}, {@code structure}, ...)
	 * @param baseline   {@code true} for a comparison model that predictions never fall back on (Leeds, Mattes and
	 *                   Vogel's covariates)
	 * @param covariates its covariates, in coefficient order
	 * @param fit        the estimates and the baseline cumulative hazard
	 */
	public record Variant(String name, boolean baseline, List<DurabilityCovariate> covariates, CoxFit fit) {

		public Variant {
			covariates = List.copyOf(covariates);
		}
	}

	public DurabilityModel {
		variants = List.copyOf(variants);
		notAvailable = Map.copyOf(notAvailable);
	}

	/** The variants predictions may use, richest first. */
	public List<Variant> predictive() {
		return variants.stream().filter(v -> !v.baseline()).toList();
	}

	public Variant variant(String name) {
		return variants.stream().filter(v -> v.name().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("the model has no variant " + name));
	}

	/** The model fitted on the whole history 1815-2018 that ships with Entente. */
	public static DurabilityModel shipped() {
		try (InputStream in = DurabilityModel.class.getResourceAsStream("/model/durability-history.json")) {
			if (in == null) {
				throw new IllegalStateException("the shipped durability model is missing from the bundle");
			}
			return read(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes the model as JSON. */
	public void write(Writer writer) {
		JsonObject root = new JsonObject();
		root.addProperty("format", FORMAT);
		JsonObject on = new JsonObject();
		on.addProperty("scenario", fittedOn.scenario());
		on.addProperty("title", fittedOn.title());
		on.addProperty("firstYear", fittedOn.firstYear());
		on.addProperty("lastYear", fittedOn.lastYear());
		on.addProperty("spells", fittedOn.spells());
		on.addProperty("created", fittedOn.created());
		root.add("fittedOn", on);
		root.addProperty("timeScale", "years since the member joined the alliance (unbroken membership)");
		root.add("events", strings(events.names()));
		JsonObject missing = new JsonObject();
		notAvailable.entrySet().stream().sorted(Map.Entry.comparingByKey())
				.forEach(e -> missing.addProperty(e.getKey(), e.getValue()));
		root.add("notAvailable", missing);
		JsonArray fits = new JsonArray();
		for (Variant variant : variants) {
			CoxFit fit = variant.fit();
			JsonObject v = new JsonObject();
			v.addProperty("name", variant.name());
			v.addProperty("baseline", variant.baseline());
			v.add("covariates", strings(DurabilityCovariate.ids(variant.covariates())));
			v.add("coefficients", numbers(fit.coefficients()));
			v.add("standardErrors", numbers(fit.standardErrors()));
			v.add("means", numbers(fit.means()));
			JsonArray covariance = new JsonArray();
			for (double[] row : fit.covariance()) {
				covariance.add(numbers(row));
			}
			v.add("covariance", covariance);
			v.addProperty("logLikelihood", fit.logLikelihood());
			v.addProperty("nullLogLikelihood", fit.nullLogLikelihood());
			v.addProperty("iterations", fit.iterations());
			v.addProperty("converged", fit.converged());
			v.addProperty("rows", fit.rows());
			v.addProperty("events", fit.events());
			v.addProperty("ties", fit.ties().name().toLowerCase());
			JsonObject baseline = new JsonObject();
			baseline.add("times", numbers(fit.baselineHazard().times()));
			baseline.add("cumulativeHazard", numbers(fit.baselineHazard().values()));
			v.add("baselineHazard", baseline);
			fits.add(v);
		}
		root.add("variants", fits);
		Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeSpecialFloatingPointValues()
				.create();
		gson.toJson(root, writer);
	}

	/**
	 * Reads a model written by {@link #write(Writer)}.
	 *
	 * @throws IllegalArgumentException saying what is wrong with the file: not JSON, another format, a field
	 *                                  missing or of the wrong length
	 */
	public static DurabilityModel read(Reader reader) {
		JsonObject root;
		try {
			JsonElement element = JsonParser.parseReader(reader);
			if (!element.isJsonObject()) {
				throw new IllegalArgumentException("not a durability model: the file is not a JSON object");
			}
			root = element.getAsJsonObject();
		} catch (JsonParseException e) {
			throw new IllegalArgumentException("not a durability model: " + e.getMessage(), e);
		}
		try {
			String format = root.has("format") ? root.get("format").getAsString() : null;
			if (!FORMAT.equals(format)) {
				throw new IllegalArgumentException("not a durability model: format is " + format + ", not " + FORMAT);
			}
			JsonObject on = root.getAsJsonObject("fittedOn");
			FittedOn fittedOn = new FittedOn(on.get("scenario").getAsString(), on.get("title").getAsString(),
					on.get("firstYear").getAsInt(), on.get("lastYear").getAsInt(), on.get("spells").getAsInt(),
					on.get("created").getAsString());
			List<String> eventNames = new ArrayList<>();
			root.getAsJsonArray("events").forEach(e -> eventNames.add(e.getAsString()));
			Map<String, String> notAvailable = new LinkedHashMap<>();
			if (root.has("notAvailable")) {
				root.getAsJsonObject("notAvailable").entrySet()
						.forEach(e -> notAvailable.put(e.getKey(), e.getValue().getAsString()));
			}
			List<Variant> variants = new ArrayList<>();
			for (JsonElement element : root.getAsJsonArray("variants")) {
				variants.add(variant(element.getAsJsonObject()));
			}
			if (variants.isEmpty()) {
				throw new IllegalArgumentException("the durability model has no fit");
			}
			return new DurabilityModel(fittedOn, TerminationEvents.parse(eventNames), variants, notAvailable);
		} catch (NullPointerException | ClassCastException | IllegalStateException | UnsupportedOperationException e) {
			throw new IllegalArgumentException("the durability model lacks a field or has one of the wrong type ("
					+ e.getMessage() + ")", e);
		}
	}

	private static Variant variant(JsonObject v) {
		String name = v.get("name").getAsString();
		List<DurabilityCovariate> covariates = new ArrayList<>();
		v.getAsJsonArray("covariates").forEach(c -> covariates.add(DurabilityCovariate.of(c.getAsString())));
		int p = covariates.size();
		double[] coefficients = doubles(v, "coefficients", p, name);
		double[] means = doubles(v, "means", p, name);
		double[][] covariance = new double[p][];
		JsonArray rows = v.getAsJsonArray("covariance");
		if (rows.size() != p) {
			throw new IllegalArgumentException("variant " + name + ": covariance has " + rows.size() + " rows, not " + p);
		}
		for (int j = 0; j < p; j++) {
			covariance[j] = toDoubles(rows.get(j).getAsJsonArray(), p, name + " covariance");
		}
		JsonObject baseline = v.getAsJsonObject("baselineHazard");
		double[] times = toDoubles(baseline.getAsJsonArray("times"), -1, name + " baseline times");
		double[] hazard = toDoubles(baseline.getAsJsonArray("cumulativeHazard"), times.length,
				name + " baseline hazard");
		CoxFit fit = new CoxFit(DurabilityCovariate.ids(covariates), coefficients, covariance, means,
				v.get("logLikelihood").getAsDouble(), v.get("nullLogLikelihood").getAsDouble(),
				v.get("iterations").getAsInt(), v.get("converged").getAsBoolean(), v.get("rows").getAsInt(),
				v.get("events").getAsInt(),
				org.entente.analysis.survival.CoxRegression.Ties.valueOf(v.get("ties").getAsString().toUpperCase()),
				new StepFunction(times, hazard, 0));
		return new Variant(name, v.get("baseline").getAsBoolean(), covariates, fit);
	}

	private static double[] doubles(JsonObject object, String field, int length, String variant) {
		return toDoubles(object.getAsJsonArray(field), length, variant + " " + field);
	}

	private static double[] toDoubles(JsonArray array, int length, String what) {
		if (length >= 0 && array.size() != length) {
			throw new IllegalArgumentException(what + ": " + array.size() + " values, not " + length);
		}
		double[] values = new double[array.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = array.get(i).getAsDouble();
		}
		return values;
	}

	private static JsonArray numbers(double[] values) {
		JsonArray array = new JsonArray();
		for (double value : values) {
			array.add(value);
		}
		return array;
	}

	private static JsonArray strings(List<String> values) {
		JsonArray array = new JsonArray();
		values.forEach(array::add);
		return array;
	}
}
