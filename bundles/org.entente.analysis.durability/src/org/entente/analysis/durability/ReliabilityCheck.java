package org.entente.analysis.durability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.entente.analysis.survival.Concordance;
import org.entente.data.reliability.ReliabilityCases;
import org.entente.model.Alliance;

/**
 * A check of the durability model on evidence it was never fitted on: Berkemeier and Fuhrmann's (2018) wars in
 * which an alliance's casus foederis arose, and whether its members honored or violated the commitment. If the
 * model's risk means anything about reliability, alliances it called riskier on the eve of a war should have
 * violated more often: the score is the AUC of the members' mean risk for violated against honored cases.
 * <p>
 * A case is assessed in the year before its war began, from the alliance's memberships in force then (for an
 * alliance signed during the war, its first year), with the mean over its members of the probability of ending
 * within the horizon. Cases assessed after {@code split} are scored by the models fitted on the years up to it (out
 * of sample in time); the others by the models fitted on the whole scenario. Alliance age alone (Kaplan-Meier) is scored beside
 * it on the same cases.
 */
public final class ReliabilityCheck {

	/**
	 * One case as assessed.
	 *
	 * @param alliance the scenario's alliance with the case's ATOP id, or {@code null}
	 * @param year     the year assessed
	 * @param members  the memberships the risk is the mean of; 0 when the case could not be assessed
	 * @param risk     the durability model's mean probability of ending within the horizon
	 * @param ageRisk  the same from alliance age alone
	 * @param outOfSample whether the case was assessed after the split, by models fitted up to it
	 * @param problem  why the case was not assessed, or {@code null}
	 */
	public record Assessed(ReliabilityCases.Case source, Alliance alliance, int year, int members, double risk,
			double ageRisk, boolean outOfSample, String problem) {

		public boolean assessed() {
			return problem == null;
		}
	}

	/** The cases and the scores; an AUC is {@code NaN} where a subset lacks violated or honored cases. */
	public record Result(int split, int horizon, List<Assessed> cases) {

		/** The AUC of {@code model} ({@code cox} or {@code age}) over the assessed cases of one or both periods. */
		public Concordance auc(String model, Boolean outOfSample) {
			List<Assessed> scored = cases.stream().filter(Assessed::assessed)
					.filter(c -> outOfSample == null || c.outOfSample() == outOfSample).toList();
			boolean[] violated = new boolean[scored.size()];
			double[] risk = new double[scored.size()];
			for (int i = 0; i < risk.length; i++) {
				violated[i] = scored.get(i).source().violated();
				risk[i] = model.equals("age") ? scored.get(i).ageRisk() : scored.get(i).risk();
			}
			return Concordance.ofOutcomes(violated, risk);
		}
	}

	private ReliabilityCheck() {
	}

	/**
	 * Assesses every case. The two fits take most of the time: one unit of {@code monitor} each.
	 *
	 * @param split   the last year of the out-of-sample fit (1944: Berkemeier and Fuhrmann's own split)
	 * @param horizon the years within which an end counts
	 */
	public static Result run(DurabilityDesign design, List<ReliabilityCases.Case> cases, int split, int horizon,
			TerminationEvents events, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Reliability in war", 3);
		DurabilityBacktest.Fit whole = DurabilityBacktest.Fit.of(design, events);
		progress.split(1);
		DurabilityBacktest.Fit early = split >= design.knownUntil() ? whole
				: DurabilityBacktest.Fit.of(design.until(split), events);
		progress.split(1);
		Map<Integer, Map<Integer, List<DurabilityDesign.SpellYear>>> byYearAndAlliance = new HashMap<>();
		for (DurabilityDesign.SpellYear row : design.rows()) {
			Integer atopId = row.spell().alliance().getAtopId();
			if (atopId != null) {
				byYearAndAlliance.computeIfAbsent(row.year(), y -> new HashMap<>())
						.computeIfAbsent(atopId, a -> new ArrayList<>()).add(row);
			}
		}
		List<Assessed> assessed = new ArrayList<>();
		for (ReliabilityCases.Case c : cases) {
			int year = c.warYear() - 1;
			List<DurabilityDesign.SpellYear> rows = rows(byYearAndAlliance, year, c.atopId());
			while (rows.isEmpty() && year < c.warEnd()) {
				rows = rows(byYearAndAlliance, ++year, c.atopId());
			}
			boolean outOfSample = year > split;
			DurabilityBacktest.Fit fit = outOfSample ? early : whole;
			if (rows.isEmpty()) {
				boolean known = byYearAndAlliance.values().stream().anyMatch(m -> m.containsKey(c.atopId()));
				assessed.add(new Assessed(c, null, c.warYear() - 1, 0, Double.NaN, Double.NaN, c.warYear() - 1 > split,
						known ? "no membership of ATOP " + c.atopId() + " in force from " + (c.warYear() - 1) + " to "
								+ c.warEnd() : "no alliance with ATOP id " + c.atopId() + " in the scenario"));
				continue;
			}
			double risk = 0;
			double ageRisk = 0;
			int members = 0;
			for (DurabilityDesign.SpellYear row : rows) {
				DurabilityPrediction cox = DurabilityPrediction.of(fit.model().predictive(), row.row(), row.duration());
				if (cox == null) {
					continue;
				}
				double[] x = DurabilityDesign.values(row.row(), cox.variant().covariates());
				risk += DurabilityPrediction.within(cox.variant(), x, row.duration(), horizon);
				ageRisk += fit.age().probabilityWithin(row.row().get(DurabilityCovariate.ALLIANCE_AGE) + 1, horizon);
				members++;
			}
			Alliance alliance = rows.get(0).spell().alliance();
			assessed.add(members == 0
					? new Assessed(c, alliance, year, 0, Double.NaN, Double.NaN, outOfSample,
							"no member has the covariates of any fit")
					: new Assessed(c, alliance, year, members, risk / members, ageRisk / members, outOfSample, null));
		}
		progress.split(1);
		return new Result(split, horizon, assessed);
	}

	private static List<DurabilityDesign.SpellYear> rows(
			Map<Integer, Map<Integer, List<DurabilityDesign.SpellYear>>> byYearAndAlliance, int year, int atopId) {
		return byYearAndAlliance.getOrDefault(year, Map.of()).getOrDefault(atopId, List.of());
	}
}
