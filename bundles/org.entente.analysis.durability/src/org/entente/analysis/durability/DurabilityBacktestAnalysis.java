package org.entente.analysis.durability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.entente.analysis.AnalysisContext;
import org.entente.analysis.AnalysisDescriptor;
import org.entente.analysis.AnalysisParameters;
import org.entente.analysis.AnalysisRegistry;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.AnalysisResult.Severity;
import org.entente.analysis.AnalysisRunner;
import org.entente.analysis.ElementRef;
import org.entente.analysis.ScenarioAnalysis;
import org.entente.analysis.survival.HorizonScores.CalibrationGroup;
import org.entente.analysis.survival.KaplanMeier;

/**
 * {@link DurabilityBacktest} as an analysis, so that the workbench, the command line ({@code entente backtest
 * durability}) and the report engine show it like any other: the scores of each model at each origin (the analysed
 * years, every {@code origin_step}), pooled scores, the calibration plot and the survival curves of the last fit.
 */
public class DurabilityBacktestAnalysis implements ScenarioAnalysis {

	/** How long the heuristic may take at one origin. */
	private static final Duration HEURISTIC_TIMEOUT = Duration.ofMinutes(5);

	@Override
	public AnalysisResult run(AnalysisContext context, IProgressMonitor monitor) {
		AnalysisResult.Builder result = AnalysisResult.builder(context);
		AnalysisParameters p = context.parameters();
		SubMonitor progress = SubMonitor.convert(monitor, "Durability backtest", 100);
		DurabilityDesign design = DurabilityDesign.of(context.projector(), progress.split(30));
		int horizon = p.getInt("horizon");
		int step = p.getInt("origin_step");
		int fitUntil = p.getInt("fit_until");
		List<Integer> origins = new ArrayList<>();
		for (int year : context.years()) {
			boolean onStep = origins.isEmpty() || (year - origins.get(0)) % step == 0;
			if (onStep && year < design.lastYear() && (fitUntil == 0 || year > fitUntil)
					&& year >= design.firstYear()) {
				origins.add(year);
			}
		}
		if (origins.isEmpty()) {
			throw new IllegalArgumentException("no origin: the analysed years must hold a year before the scenario's "
					+ "last (" + design.lastYear() + ")" + (fitUntil == 0 ? "" : " and after fit_until " + fitUntil));
		}
		TerminationEvents events = TerminationEvents.parse(p.getChoices("events"));
		DurabilityBacktest.Options options = new DurabilityBacktest.Options(origins, horizon, events,
				fitUntil == 0 ? null : fitUntil);
		DurabilityBacktest.HeuristicScorer heuristic = p.getBoolean("heuristic") ? year -> heuristic(context, year)
				: null;
		DurabilityBacktest.Result backtest = DurabilityBacktest.run(design, options, heuristic, progress.split(70));
		report(result, backtest);
		return result.build();
	}

	private static void report(AnalysisResult.Builder result, DurabilityBacktest.Result backtest) {
		List<List<Object>> scores = new ArrayList<>();
		for (DurabilityBacktest.Origin origin : backtest.origins()) {
			var year = result.year(origin.year()).put("in_force", origin.inForce()).put("endings", origin.endings());
			origin.scores().forEach((model, s) -> {
				putIfNumber(year, "c_" + model, s.c());
				putIfNumber(year, "auc_" + model, s.auc());
				putIfNumber(year, "brier_" + model, s.brier());
				scores.add(row(origin.year(), model, s.subjects(), origin.endings(), s.c(), s.auc(), s.brier()));
			});
		}
		result.table("scores", scores);
		List<String> summary = new ArrayList<>();
		for (String model : DurabilityBacktest.MODELS) {
			double c = backtest.pooledC(model);
			if (Double.isNaN(c)) {
				continue;
			}
			result.metric("pooled_c_" + model, c, null);
			double auc = backtest.mean(model, true);
			double brier = backtest.mean(model, false);
			if (!Double.isNaN(auc)) {
				result.metric("mean_auc_" + model, auc, null);
			}
			if (!Double.isNaN(brier)) {
				result.metric("mean_brier_" + model, brier, null);
			}
			summary.add(String.format(Locale.ROOT, "%s: C %.3f, AUC(%d) %.3f, Brier %s", model, c,
					backtest.options().horizon(), auc, Double.isNaN(brier) ? "-" : String.format(Locale.ROOT, "%.3f", brier)));
		}
		List<List<Object>> calibration = new ArrayList<>();
		for (String model : List.of("cox", "lmv", "age")) {
			List<CalibrationGroup> groups = backtest.calibration(model);
			for (int g = 0; g < groups.size(); g++) {
				calibration.add(row(model, g + 1, groups.get(g).subjects(), clamp(groups.get(g).predicted()),
						clamp(groups.get(g).observed())));
			}
		}
		calibration.add(row("perfectly calibrated", 0, 0, 0.0, 0.0));
		calibration.add(row("perfectly calibrated", 10, 0, 1.0, 1.0));
		result.table("calibration", calibration);
		if (backtest.lastModel() != null) {
			result.table("survival", survivalCurves(backtest.lastModel(), backtest.lastDesign()));
		}
		DurabilityBacktest.Options options = backtest.options();
		double gain = backtest.pooledC("cox") - backtest.pooledC("age");
		result.finding(Severity.INFO, String.format(Locale.ROOT,
				"Backtest over %d origins %d-%d, horizon %d years, %s: pooled C of the durability model %.3f, %+.3f against alliance age alone",
				backtest.origins().size(), options.origins().get(0), options.origins().get(options.origins().size() - 1),
				options.horizon(), options.fitUntil() == null ? "refitted at each origin"
						: "fitted once on the years up to " + options.fitUntil(),
				backtest.pooledC("cox"), gain), null, null, summary);
	}

	/**
	 * Kaplan-Meier survival of the spells that began in the fitted years against the model's mean survival curve of
	 * the same spells from their covariates at entry.
	 */
	private static List<List<Object>> survivalCurves(DurabilityModel model, DurabilityDesign design) {
		List<double[]> time = new ArrayList<>();
		List<Double> linear = new ArrayList<>();
		List<Boolean> ended = new ArrayList<>();
		DurabilityModel.Variant variant = null;
		Map<DurabilityDesign.Spell, DurabilityDesign.SpellYear> first = new HashMap<>();
		for (DurabilityDesign.SpellYear row : design.rows()) {
			first.putIfAbsent(row.spell(), row);
		}
		for (DurabilityModel.Variant candidate : model.predictive()) {
			variant = candidate;
			time.clear();
			linear.clear();
			ended.clear();
			for (DurabilityDesign.SpellYear row : first.values()) {
				if (row.duration() != 0) {
					continue; // left-truncated: began before the scenario
				}
				double[] x = DurabilityDesign.values(row.row(), candidate.covariates());
				if (x == null) {
					continue;
				}
				time.add(new double[] { row.spell().lastRow() - row.spell().entry() + 1 });
				linear.add(candidate.fit().linearPredictor(x));
				ended.add(row.spell().event(model.events()));
			}
			if (time.size() >= 0.5 * first.size()) {
				break;
			}
		}
		double[] t = time.stream().mapToDouble(v -> v[0]).toArray();
		boolean[] e = new boolean[t.length];
		for (int i = 0; i < e.length; i++) {
			e[i] = ended.get(i);
		}
		KaplanMeier.Estimate km = KaplanMeier.fit(t, e);
		List<List<Object>> rows = new ArrayList<>();
		String modelCurve = "Cox model '" + variant.name() + "', covariates at entry (mean)";
		for (int d = 0; d <= 50; d++) {
			rows.add(row("Kaplan-Meier", d, clamp(km.at(d))));
		}
		for (int d = 0; d <= 50; d++) {
			double h = variant.fit().baselineHazard().at(d);
			double mean = 0;
			for (double lp : linear) {
				mean += Math.exp(-h * Math.exp(lp)) / linear.size();
			}
			rows.add(row(modelCurve, d, clamp(mean)));
		}
		return rows;
	}

	/** The heuristic's risk of each membership in {@code year}, run as the analysis {@code durability-heuristic}. */
	private static Map<String, Double> heuristic(AnalysisContext context, int year) {
		AnalysisRegistry registry = AnalysisRegistry.fromExtensions();
		AnalysisDescriptor descriptor = registry.find("durability-heuristic").orElse(null);
		if (descriptor == null) {
			return Map.of();
		}
		AnalysisResult result = new AnalysisRunner(HEURISTIC_TIMEOUT).run(
				List.of(new AnalysisRunner.Request(descriptor, Map.of())), context.scenario(), List.of(year),
				new NullProgressMonitor()).get(0);
		Map<String, Double> scores = new HashMap<>();
		AnalysisResult.Table table = result.table("durability");
		if (result.status() != AnalysisResult.Status.OK || table == null) {
			return scores;
		}
		int alliance = table.columns().indexOf("alliance");
		int member = table.columns().indexOf("member");
		int risk = table.columns().indexOf("risk");
		for (List<Object> row : table.rows()) {
			scores.put(DurabilityBacktest.key(((ElementRef) row.get(alliance)).name(),
					((ElementRef) row.get(member)).name()), ((Number) row.get(risk)).doubleValue());
		}
		return scores;
	}

	private static void putIfNumber(AnalysisResult.YearBuilder year, String metric, double value) {
		if (!Double.isNaN(value)) {
			year.put(metric, value);
		}
	}

	private static double clamp(double share) {
		return Math.max(0, Math.min(1, share));
	}

	private static List<Object> row(Object... cells) {
		List<Object> row = new ArrayList<>();
		for (Object cell : cells) {
			row.add(cell instanceof Double d && d.isNaN() ? null : cell);
		}
		return row;
	}
}
