package org.entente.analysis.durability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.entente.analysis.durability.DurabilityCovariate;
import org.entente.analysis.durability.DurabilityDesign;
import org.entente.analysis.durability.DurabilityDesign.Spell;
import org.entente.analysis.durability.DurabilityFitter;
import org.entente.analysis.durability.DurabilityModel;
import org.entente.analysis.durability.TerminationEvents;
import org.entente.analysis.survival.CoxFit;
import org.entente.analysis.survival.SurvivalData;
import org.entente.model.TerminationMode;
import org.entente.testing.ROracle;
import org.entente.testing.ROracle.CoxReference;
import org.junit.jupiter.api.Test;

/** The durability model fitted on the imported history 1815-2018, against R and against what ATOP records. */
class DurabilityFitTest {

	@Test
	void spellsFollowTheTreatiesAcrossPhasesAndEndAsAtopSays() {
		DurabilityDesign design = History.design();
		Spell germany = spell(design, 1350, "GMY");
		// Two ATOP phases (1882-1887, 1887-1918) with different obligations: one unbroken spell.
		assertEquals(1882, germany.entry());
		assertEquals(1918, germany.lastRow());
		assertTrue(germany.ended());
		assertEquals(TerminationMode.WAR_LOST, germany.mode());
		Spell italy = spell(design, 1350, "ITA");
		assertEquals(1915, italy.lastRow());
		assertEquals(TerminationMode.BROKEN_EARLY, italy.mode());
		assertTrue(italy.event(TerminationEvents.termination()));
		Spell usaInNato = spell(design, 3180, "USA");
		assertEquals(1949, usaInNato.entry());
		assertEquals(2018, usaInNato.lastRow());
		assertFalse(usaInNato.ended(), "NATO is in force at the end of the data");
	}

	@Test
	void theFullFitEqualsRsCoxphOnTheSameDesign() {
		DurabilityDesign design = History.design();
		List<DurabilityCovariate> covariates = DurabilityFitter.standardVariants().get(0).covariates().stream()
				.filter(c -> c != DurabilityCovariate.THREAT && c != DurabilityCovariate.REGIME_CHANGE_10Y).toList();
		SurvivalData data = design.survivalData(covariates, TerminationEvents.termination(), null);
		CoxFit fit = org.entente.analysis.survival.CoxRegression.efron().fit(data);
		CoxReference r = ROracle.coxph(data.names(), data.start(), data.stop(), data.event(), data.covariates(), "efron",
				Path.of(System.getProperty("entente.work", "target/work"), "history-full"));
		double[] se = fit.standardErrors();
		for (int j = 0; j < data.columns(); j++) {
			String name = data.names().get(j);
			double expected = r.coefficients().get(name);
			assertEquals(expected, fit.coefficients()[j], 1e-6 * Math.abs(expected) + 1e-9, "coefficient of " + name);
			assertEquals(r.standardErrors().get(name), se[j], 1e-6 * r.standardErrors().get(name), "se of " + name);
		}
		assertEquals(r.logLikelihood(), fit.logLikelihood(), 1e-8 * Math.abs(r.logLikelihood()));
		for (double[] point : r.baseline()) {
			assertEquals(point[1], fit.baselineHazard().at(point[0]), 1e-6 * point[1], "baseline at " + point[0]);
		}
		assertTrue(data.events() > 500, data.events() + " events");
	}

	@Test
	void violationsOnlyCountTheTreatiesBrokenEarly() {
		DurabilityDesign design = History.design();
		TerminationEvents violations = TerminationEvents.parse(List.of("broken-early"));
		long broken = design.spells().stream().filter(s -> s.ended() && s.mode() == TerminationMode.BROKEN_EARLY)
				.count();
		SurvivalData data = design.survivalData(List.of(DurabilityCovariate.ALLIANCE_AGE), violations, null);
		assertEquals(broken, data.events());
		SurvivalData all = design.survivalData(List.of(DurabilityCovariate.ALLIANCE_AGE),
				TerminationEvents.termination(), null);
		assertTrue(all.events() > data.events());
	}

	/**
	 * The model in {@code org.entente.analysis.durability/model/} is the fit of the standard variants on the whole
	 * history; {@code -Dentente.model.update=true} rewrites it after a change of the model or the data.
	 */
	@Test
	void theShippedModelIsTheFitOnTheWholeHistory() throws IOException {
		DurabilityModel fitted = DurabilityFitter.fit(History.design(), TerminationEvents.termination(),
				DurabilityFitter.standardVariants(), "history", History.scenario().getTitle());
		Path file = Path.of(System.getProperty("entente.model.file"));
		if (Boolean.getBoolean("entente.model.update")) {
			StringWriter text = new StringWriter();
			fitted.write(text);
			Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
		}
		DurabilityModel shipped = DurabilityModel.shipped();
		DurabilityModel onDisk = DurabilityModel.read(new StringReader(Files.readString(file)));
		for (DurabilityModel model : List.of(shipped, onDisk)) {
			assertEquals(fitted.variants().size(), model.variants().size());
			for (int v = 0; v < fitted.variants().size(); v++) {
				DurabilityModel.Variant expected = fitted.variants().get(v);
				DurabilityModel.Variant actual = model.variants().get(v);
				assertEquals(expected.name(), actual.name());
				assertEquals(expected.covariates(), actual.covariates());
				for (int j = 0; j < expected.covariates().size(); j++) {
					assertEquals(expected.fit().coefficients()[j], actual.fit().coefficients()[j],
							1e-6 * Math.abs(expected.fit().coefficients()[j]),
							expected.name() + " " + expected.covariates().get(j).id()
									+ ": the shipped model is stale; rerun with -Dentente.model.update=true");
				}
			}
			assertEquals(fitted.notAvailable(), model.notAvailable());
		}
	}

	static Spell spell(DurabilityDesign design, int atopId, String state) {
		List<Spell> found = new ArrayList<>();
		for (Spell spell : design.spells()) {
			if (Integer.valueOf(atopId).equals(spell.alliance().getAtopId()) && spell.state().getName().equals(state)) {
				found.add(spell);
			}
		}
		assertEquals(1, found.size(), "spells of " + state + " in ATOP " + atopId + ": " + found.size());
		return found.get(0);
	}
}
