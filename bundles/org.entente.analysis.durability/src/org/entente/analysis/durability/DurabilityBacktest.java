package org.entente.analysis.durability;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.entente.analysis.survival.Concordance;
import org.entente.analysis.survival.HorizonScores;
import org.entente.analysis.survival.KaplanMeier;

/**
 * Would the durability model have seen it coming? At each origin year the models are fitted only on what was known
 * at the end of that year ({@link DurabilityDesign#until(int)}: rows and covariates up to the origin, spells still
 * in force censored there), and predict for every membership in force whether it ends within the horizon; what
 * happened next is read from the whole design. The models, side by side on the same memberships:
 * <ul>
 * <li>{@code cox}: the durability model (its richest variant the membership has the covariates of);</li>
 * <li>{@code lmv}: a Cox model with only the covariates of Leeds, Mattes and Vogel (2009) Entente can compute;</li>
 * <li>{@code age}: alliance age alone, the Kaplan-Meier estimate on the alliance-age time scale;</li>
 * <li>{@code heuristic}: the hand-weighted heuristic, when a scorer is given (a risk score, not a probability: it
 * gets C and AUC, no Brier score).</li>
 * </ul>
 */
public final class DurabilityBacktest {

	/** The models compared, in report order. */
	public static final List<String> MODELS = List.of("cox", "lmv", "age", "heuristic");

	/**
	 * @param origins   the origin years, ascending
	 * @param horizon   years after the origin within which an end counts
	 * @param events    the terminations that count
	 * @param fitUntil  {@code null} to refit at every origin (rolling); a year to fit once on what was known then
	 *                  and predict at every later origin (out of sample in time)
	 */
	public record Options(List<Integer> origins, int horizon, TerminationEvents events, Integer fitUntil) {
	}

	/** A hand-weighted risk score per membership in force at a year, keyed by {@link #key}. */
	public interface HeuristicScorer {
		Map<String, Double> scores(int year);
	}

	/** The key of a membership for a {@link HeuristicScorer}: alliance name and state name. */
	public static String key(String alliance, String state) {
		return alliance + "/" + state;
	}

	/** What happened to one membership in force at an origin, and what each model predicted. */
	public record Outcome(int origin, DurabilityDesign.Spell spell, int duration, double time, boolean event,
			Map<String, Double> predicted) {
	}

	/** A model's scores at one origin (or pooled). */
	public record Scores(Concordance concordance, double auc, double brier, int subjects) {

		public double c() {
			return concordance.value();
		}
	}

	/** One origin: how much the fit saw, how many memberships were assessed and ended, and each model's scores. */
	public record Origin(int year, int fittedSpells, int fittedEvents, int inForce, int endings,
			Map<String, Scores> scores) {
	}

	/**
	 * @param origins      per origin
	 * @param outcomes     every assessed membership at every origin
	 * @param lastModel    the model of the last fit (the survival curves are drawn from it)
	 * @param lastDesign   the design it was fitted on
	 */
	public record Result(Options options, List<Origin> origins, List<Outcome> outcomes, DurabilityModel lastModel,
			DurabilityDesign lastDesign) {

		/** A model's C pooled over origins: the comparable pairs of all origins (pairs never span two origins). */
		public double pooledC(String model) {
			Concordance pooled = Concordance.NONE;
			for (Origin origin : origins) {
				Scores scores = origin.scores().get(model);
				if (scores != null) {
					pooled = pooled.plus(scores.concordance());
				}
			}
			return pooled.value();
		}

		/** The mean over origins of a score that is a number there ({@code auc} or {@code brier}). */
		public double mean(String model, boolean auc) {
			double sum = 0;
			int n = 0;
			for (Origin origin : origins) {
				Scores scores = origin.scores().get(model);
				double value = scores == null ? Double.NaN : auc ? scores.auc() : scores.brier();
				if (!Double.isNaN(value)) {
					sum += value;
					n++;
				}
			}
			return n == 0 ? Double.NaN : sum / n;
		}

		/** Calibration of a model's probabilities by decile, over every origin's memberships. */
		public List<HorizonScores.CalibrationGroup> calibration(String model) {
			Scored s = Scored.of(outcomes, model);
			return s.time.length == 0 ? List.of()
					: HorizonScores.calibration(s.time, s.event, s.predicted, options.horizon(), 10);
		}
	}

	private DurabilityBacktest() {
	}

	/**
	 * Runs the backtest. Each origin takes one unit of {@code monitor}.
	 *
	 * @param heuristic the hand-weighted scores, or {@code null} to leave that baseline out
	 */
	public static Result run(DurabilityDesign design, Options options, HeuristicScorer heuristic,
			IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Backtest", options.origins().size() + 1);
		Map<MembershipCovariates.Row, DurabilityDesign.Spell> future = new IdentityHashMap<>();
		for (DurabilityDesign.SpellYear row : design.rows()) {
			future.put(row.row(), row.spell());
		}
		Fit fixed = options.fitUntil() == null ? null : Fit.of(design.until(options.fitUntil()), options.events());
		progress.split(1);
		List<Origin> origins = new ArrayList<>();
		List<Outcome> outcomes = new ArrayList<>();
		Fit fit = fixed;
		DurabilityDesign fittedOn = fixed == null ? null : design.until(options.fitUntil());
		for (int origin : options.origins()) {
			progress.split(1);
			DurabilityDesign known = design.until(origin);
			if (fixed == null) {
				fittedOn = known;
				fit = Fit.of(known, options.events());
			}
			Map<String, Double> heuristicScores = heuristic == null ? Map.of() : heuristic.scores(origin);
			List<Outcome> atOrigin = new ArrayList<>();
			for (DurabilityDesign.SpellYear row : known.rows(origin)) {
				if (row.spell().ended()) {
					continue; // ended in the origin year: known, not a prediction
				}
				DurabilityDesign.Spell actual = future.get(row.row());
				int after = actual.lastRow() - origin;
				boolean event = actual.event(options.events()) && after <= options.horizon();
				double time = event ? after : Math.min(after, options.horizon() + 1);
				Map<String, Double> predicted = new LinkedHashMap<>();
				DurabilityPrediction cox = DurabilityPrediction.of(fit.model.predictive(), row.row(), row.duration());
				if (cox != null) {
					double[] x = DurabilityDesign.values(row.row(), cox.variant().covariates());
					predicted.put("cox", DurabilityPrediction.within(cox.variant(), x, row.duration(), options.horizon()));
				}
				for (DurabilityModel.Variant lmv : fit.lmv) {
					double[] x = DurabilityDesign.values(row.row(), lmv.covariates());
					if (x != null) {
						predicted.put("lmv", DurabilityPrediction.within(lmv, x, row.duration(), options.horizon()));
						break;
					}
				}
				double age = row.row().get(DurabilityCovariate.ALLIANCE_AGE);
				predicted.put("age", fit.age.probabilityWithin(age + 1, options.horizon()));
				Double score = heuristicScores.get(key(row.spell().alliance().getName(), row.spell().state().getName()));
				if (score != null) {
					predicted.put("heuristic", score);
				}
				atOrigin.add(new Outcome(origin, actual, row.duration(), time, event, predicted));
			}
			Map<String, Scores> scores = new LinkedHashMap<>();
			for (String model : MODELS) {
				Scores s = score(atOrigin, model, options.horizon(), !model.equals("heuristic"));
				if (s != null) {
					scores.put(model, s);
				}
			}
			int endings = (int) atOrigin.stream().filter(Outcome::event).count();
			origins.add(new Origin(origin, fittedOn.spells().size(), fit.events, atOrigin.size(), endings, scores));
			outcomes.addAll(atOrigin);
		}
		return new Result(options, origins, outcomes, fit == null ? null : fit.model, fittedOn);
	}

	private static Scores score(List<Outcome> outcomes, String model, int horizon, boolean probability) {
		Scored s = Scored.of(outcomes, model);
		if (s.time.length == 0) {
			return null;
		}
		return new Scores(Concordance.of(s.time, s.event, s.predicted),
				HorizonScores.auc(s.time, s.event, s.predicted, horizon),
				probability ? HorizonScores.brier(s.time, s.event, s.predicted, horizon) : Double.NaN, s.time.length);
	}

	/** The outcomes a model predicted, as the arrays the scores take. */
	private record Scored(double[] time, boolean[] event, double[] predicted) {

		static Scored of(List<Outcome> outcomes, String model) {
			List<Outcome> scored = outcomes.stream().filter(o -> o.predicted().containsKey(model)).toList();
			double[] time = scored.stream().mapToDouble(Outcome::time).toArray();
			boolean[] event = new boolean[scored.size()];
			double[] p = new double[scored.size()];
			for (int i = 0; i < p.length; i++) {
				event[i] = scored.get(i).event();
				p[i] = scored.get(i).predicted().get(model);
			}
			return new Scored(time, event, p);
		}
	}

	/** The models fitted on one design: the durability model, its Leeds-Mattes-Vogel baselines, alliance age. */
	record Fit(DurabilityModel model, List<DurabilityModel.Variant> lmv, KaplanMeier.Estimate age,
			int events) {

		static Fit of(DurabilityDesign known, TerminationEvents events) {
			DurabilityModel model = DurabilityFitter.fit(known, events, DurabilityFitter.standardVariants(),
					"known until " + known.knownUntil(), "");
			List<DurabilityModel.Variant> lmv = model.variants().stream().filter(DurabilityModel.Variant::baseline)
					.toList();
			// Alliance age as the time scale: each membership-year covers (age, age + 1].
			List<DurabilityDesign.SpellYear> rows = known.rows();
			double[] start = new double[rows.size()];
			double[] stop = new double[rows.size()];
			boolean[] event = new boolean[rows.size()];
			int count = 0;
			for (int i = 0; i < rows.size(); i++) {
				DurabilityDesign.SpellYear row = rows.get(i);
				start[i] = row.row().get(DurabilityCovariate.ALLIANCE_AGE);
				stop[i] = start[i] + 1;
				event[i] = row.year() == row.spell().lastRow() && row.spell().event(events);
				if (event[i]) {
					count++;
				}
			}
			return new Fit(model, lmv, KaplanMeier.fit(start, stop, event), count);
		}
	}

	/** Years from {@code first} to {@code last} every {@code step}. */
	public static List<Integer> origins(int first, int last, int step) {
		List<Integer> years = new ArrayList<>();
		for (int year = first; year <= last; year += step) {
			years.add(year);
		}
		return years;
	}
}
