package org.entente.analysis.durability;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.entente.analysis.AnalysisContext;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.AnalysisResult.Severity;
import org.entente.analysis.ElementRef;
import org.entente.analysis.ScenarioAnalysis;
import org.entente.model.world.Years;

/**
 * The durability of every alliance membership from the Cox model fitted on history ({@link DurabilityModel}): per
 * membership and analysed year, the hazard ratio, the probabilities of ending within five and ten years and each
 * covariate's contribution; findings for the riskiest memberships of the last year, and one saying which covariates
 * the scenario gave and which it lacked.
 */
public class FittedDurabilityAnalysis implements ScenarioAnalysis {

	@Override
	public AnalysisResult run(AnalysisContext context, IProgressMonitor monitor) {
		AnalysisResult.Builder result = AnalysisResult.builder(context);
		List<Integer> years = context.years();
		if (years.isEmpty()) {
			return result.build();
		}
		DurabilityModel model = model(context.parameters().getString("model"));
		int last = years.get(years.size() - 1);
		int first = Years.start(context.scenario().getPeriod());
		first = first == Integer.MIN_VALUE ? years.get(0) : Math.min(first, years.get(0));
		SubMonitor progress = SubMonitor.convert(monitor, "Durability", 2 * (last - first + 1));
		// Durations need every year since the scenario began, not only the analysed ones.
		DurabilityDesign design = DurabilityDesign.of(context.projector(), first, last, progress.split(last - first + 1));
		List<DurabilityCovariate> columns = List.of(DurabilityCovariate.values());
		List<List<Object>> rows = new ArrayList<>();
		Set<String> variantsUsed = new LinkedHashSet<>();
		List<Scored> lastYear = new ArrayList<>();
		int unassessed = 0;
		Set<Integer> analysed = Set.copyOf(years);
		for (int year = first; year <= last; year++) {
			progress.split(2);
			if (!analysed.contains(year)) {
				continue;
			}
			double sum = 0;
			int count = 0;
			for (DurabilityDesign.SpellYear row : design.rows(year)) {
				DurabilityPrediction prediction = DurabilityPrediction.of(model.predictive(), row.row(), row.duration());
				if (prediction == null) {
					unassessed++;
					continue;
				}
				variantsUsed.add(prediction.variant().name());
				List<Object> cells = new ArrayList<>(List.of(year, ElementRef.of(row.spell().alliance()),
						ElementRef.of(row.spell().state()), prediction.variant().name(), row.duration(),
						prediction.hazardRatio(), prediction.withinFive(), prediction.withinTen()));
				for (DurabilityCovariate covariate : columns) {
					int j = prediction.variant().covariates().indexOf(covariate);
					cells.add(j < 0 ? null : prediction.contributions()[j]);
				}
				rows.add(cells);
				sum += prediction.withinTen();
				count++;
				if (year == last) {
					lastYear.add(new Scored(row, prediction));
				}
			}
			var metrics = result.year(year).put("memberships", count).put("expected_endings_10y", sum);
			if (count > 0) {
				metrics.put("mean_within_10y", sum / count);
			}
		}
		result.table("membership_risk", rows);
		report(result, model, variantsUsed, unassessed, lastYear, last, context.parameters().getInt("findings"));
		return result.build();
	}

	private record Scored(DurabilityDesign.SpellYear row, DurabilityPrediction prediction) {
	}

	private static void report(AnalysisResult.Builder result, DurabilityModel model, Set<String> variantsUsed,
			int unassessed, List<Scored> lastYear, int year, int findings) {
		List<String> about = new ArrayList<>();
		about.add(String.format(Locale.ROOT, "Fitted on %s, %d-%d: %d spells; events: %s", model.fittedOn().scenario(),
				model.fittedOn().firstYear(), model.fittedOn().lastYear(), model.fittedOn().spells(),
				String.join(", ", model.events().names())));
		for (String name : variantsUsed) {
			DurabilityModel.Variant variant = model.variant(name);
			about.add("fit '" + name + "' uses " + String.join(", ", DurabilityCovariate.ids(variant.covariates())));
		}
		Set<DurabilityCovariate> used = new LinkedHashSet<>();
		variantsUsed.forEach(n -> used.addAll(model.variant(n).covariates()));
		for (DurabilityCovariate covariate : DurabilityCovariate.values()) {
			if (used.contains(covariate)) {
				continue;
			}
			String why = model.notAvailable().get(covariate.id());
			about.add(covariate.id() + " not used: " + (why != null ? "the model has none (" + why + ")"
					: "this scenario does not give it where the richer fits need it"));
		}
		if (unassessed > 0) {
			about.add(unassessed + " membership-years lack even the treaty covariates and are not assessed");
		}
		result.finding(Severity.INFO, variantsUsed.isEmpty() ? "No membership could be assessed"
				: "Durability from the Cox model fitted on history; fits used: " + String.join(", ", variantsUsed),
				null, year, about);
		lastYear.sort(Comparator.comparingDouble((Scored s) -> -s.prediction().withinTen()));
		for (Scored scored : lastYear.subList(0, Math.min(findings, lastYear.size()))) {
			DurabilityPrediction p = scored.prediction();
			List<DurabilityCovariate> covariates = p.variant().covariates();
			List<String> drivers = new ArrayList<>();
			Integer[] order = new Integer[covariates.size()];
			for (int j = 0; j < order.length; j++) {
				order[j] = j;
			}
			java.util.Arrays.sort(order, Comparator.comparingDouble(j -> -Math.abs(p.contributions()[j])));
			for (int j : order) {
				drivers.add(String.format(Locale.ROOT, "%s %+.2f (hazard x%.2f)", covariates.get(j).id(),
						p.contributions()[j], Math.exp(p.contributions()[j])));
			}
			var spell = scored.row().spell();
			result.finding(Severity.WARNING, String.format(Locale.ROOT,
					"%s in %s: %.0f%% chance of ending within 10 years (%.0f%% within 5), hazard %.2f x the historical average, in force %d years",
					spell.state().getName(), spell.alliance().getName(), 100 * p.withinTen(), 100 * p.withinFive(),
					p.hazardRatio(), scored.row().duration()), spell.alliance(), year, drivers);
		}
	}

	/** The shipped model, or the one in the file the parameter names. */
	static DurabilityModel model(String file) {
		if (file == null || file.isBlank()) {
			return DurabilityModel.shipped();
		}
		Path path = Path.of(file);
		try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			return DurabilityModel.read(reader);
		} catch (NoSuchFileException e) {
			throw new IllegalArgumentException("no durability model at " + path);
		} catch (IOException e) {
			throw new IllegalArgumentException("cannot read the durability model " + path + ": " + e.getMessage(), e);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
		}
	}

}
