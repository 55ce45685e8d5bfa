package org.entente.analysis.durability;

import static org.entente.analysis.durability.DurabilityCovariate.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.entente.analysis.survival.CoxFit;
import org.entente.analysis.survival.CoxRegression;
import org.entente.analysis.survival.SurvivalData;

/**
 * Fits a {@link DurabilityModel} on a {@link DurabilityDesign}: one Cox fit (Efron ties) per variant, each on the
 * membership-years that have all its covariates.
 */
public final class DurabilityFitter {

	/** A variant to fit: its name, whether it is a comparison baseline, and the covariates it wants. */
	public record VariantSpec(String name, boolean baseline, List<DurabilityCovariate> covariates) {
	}

	private static final List<DurabilityCovariate> OBLIGATIONS = List.of(DEFENSE, OFFENSE, NEUTRALITY, NON_AGGRESSION,
			CONSULTATION);

	/**
	 * The variants Entente fits, richest first: {@code full} (every covariate the data gives), {@code
	 * without_change} (no ten-year capability change, for members without that history), {@code structure} (treaty
	 * and major-power status only, for scenarios without capabilities), {@code treaty} (treaty only); and the
	 * comparison baselines {@code lmv} and {@code lmv_without_change}, the covariates of Leeds, Mattes and Vogel (2009) that Entente can compute
	 * (major power, asymmetry, number of members, offense and defense obligations, capability change; threat and
	 * regime change where the data has them).
	 */
	public static List<VariantSpec> standardVariants() {
		List<DurabilityCovariate> treaty = new ArrayList<>(List.of(ALLIANCE_AGE, MEMBERS_LOG));
		treaty.addAll(OBLIGATIONS);
		List<DurabilityCovariate> structure = new ArrayList<>(treaty);
		structure.addAll(List.of(MAJOR_POWER, ASYMMETRIC));
		List<DurabilityCovariate> withoutChange = new ArrayList<>(structure);
		withoutChange.addAll(List.of(CAPABILITY_SHARE, CONCENTRATION, EFFECTIVE_POLES, CON, THREAT, REGIME_CHANGE_10Y));
		List<DurabilityCovariate> full = new ArrayList<>(withoutChange);
		full.add(full.indexOf(CONCENTRATION), SHARE_CHANGE_10Y);
		return List.of(new VariantSpec("full", false, full), new VariantSpec("without_change", false, withoutChange),
				new VariantSpec("structure", false, structure), new VariantSpec("treaty", false, treaty),
				new VariantSpec("lmv", true, List.of(MAJOR_POWER, ASYMMETRIC, MEMBERS_LOG, OFFENSE, DEFENSE,
						SHARE_CHANGE_10Y, THREAT, REGIME_CHANGE_10Y)),
				new VariantSpec("lmv_without_change", true, List.of(MAJOR_POWER, ASYMMETRIC, MEMBERS_LOG, OFFENSE,
						DEFENSE, THREAT, REGIME_CHANGE_10Y)));
	}

	/** Share of membership-years a covariate must be given in for the fits to use it. */
	static final double COVERAGE = 0.5;

	private DurabilityFitter() {
	}

	/**
	 * Fits the variants. A covariate given in fewer than half the membership-years, or constant where given, is
	 * left out of every variant and listed in {@link DurabilityModel#notAvailable()}.
	 *
	 * @param name     the scenario's name, for the record
	 * @param title    its title
	 * @throws IllegalArgumentException when the design has no event, or the covariates are collinear
	 */
	public static DurabilityModel fit(DurabilityDesign design, TerminationEvents events, List<VariantSpec> variants,
			String name, String title) {
		Map<String, String> notAvailable = new LinkedHashMap<>();
		List<DurabilityCovariate> usable = new ArrayList<>();
		int rows = design.rows().size();
		for (DurabilityCovariate covariate : DurabilityCovariate.values()) {
			int given = 0;
			double first = Double.NaN;
			boolean varies = false;
			for (DurabilityDesign.SpellYear row : design.rows()) {
				double value = row.row().get(covariate);
				if (Double.isNaN(value)) {
					continue;
				}
				given++;
				if (Double.isNaN(first)) {
					first = value;
				} else if (value != first) {
					varies = true;
				}
			}
			if (given < COVERAGE * rows) {
				notAvailable.put(covariate.id(), String.format(Locale.ROOT,
						"given in %d of %d membership-years of %s", given, rows, name));
			} else if (!varies) {
				notAvailable.put(covariate.id(), "the same in every membership-year of " + name);
			} else {
				usable.add(covariate);
			}
		}
		List<DurabilityModel.Variant> fitted = new ArrayList<>();
		for (VariantSpec spec : variants) {
			List<DurabilityCovariate> covariates = spec.covariates().stream().filter(usable::contains).toList();
			SurvivalData data = design.survivalData(covariates, events, null);
			if (data.events() == 0) {
				throw new IllegalArgumentException("no membership of " + name + " up to " + design.knownUntil()
						+ " ended in a way that counts (" + String.join(", ", events.names()) + ")");
			}
			CoxFit fit = CoxRegression.efron().fit(data);
			fitted.add(new DurabilityModel.Variant(spec.name(), spec.baseline(), covariates, fit));
		}
		DurabilityModel.FittedOn on = new DurabilityModel.FittedOn(name, title, design.firstYear(),
				design.knownUntil(), design.spells().size(), LocalDate.now().toString());
		return new DurabilityModel(on, events, fitted, notAvailable);
	}
}
