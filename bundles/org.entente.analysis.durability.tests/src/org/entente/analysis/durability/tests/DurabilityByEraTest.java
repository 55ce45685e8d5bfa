package org.entente.analysis.durability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.entente.analysis.durability.DurabilityDesign;
import org.entente.analysis.durability.TerminationEvents;
import org.entente.analysis.survival.KaplanMeier;
import org.entente.testing.ROracle;
import org.junit.jupiter.api.Test;

/**
 * The historical record on the essay's claim, before any model: how long memberships that began in multipolar,
 * bipolar and unipolar years lasted (Kaplan-Meier, default events, spells in force at the end of 2018 censored),
 * checked against R's {@code survfit}, with R's log-rank test between the multipolar and the bipolar years. The
 * figures go to {@code target/work/durability-by-era.txt} for {@code docs/multipolarity.md}.
 */
class DurabilityByEraTest {

	/** Eras by the year a membership began: label, first year, last year. */
	private static final Map<String, int[]> ERAS = new LinkedHashMap<>();
	static {
		ERAS.put("multipolar, 1816-1913", new int[] { 1816, 1913 });
		ERAS.put("multipolar, interwar 1919-1939", new int[] { 1919, 1939 });
		ERAS.put("bipolar, 1946-1989", new int[] { 1946, 1989 });
		ERAS.put("unipolar, 1990-2008", new int[] { 1990, 2008 });
	}

	@Test
	void membershipsByEraOfEntryAgreeWithRAndAreWrittenDown() throws Exception {
		DurabilityDesign design = History.design();
		TerminationEvents events = TerminationEvents.termination();
		List<Double> time = new ArrayList<>();
		List<Double> ended = new ArrayList<>();
		List<Double> era = new ArrayList<>();
		List<String> labels = new ArrayList<>(ERAS.keySet());
		for (DurabilityDesign.Spell spell : design.spells()) {
			if (spell.firstRow() != spell.entry()) {
				continue; // began before the history does
			}
			for (int e = 0; e < labels.size(); e++) {
				int[] years = ERAS.get(labels.get(e));
				if (spell.entry() >= years[0] && spell.entry() <= years[1]) {
					time.add((double) (spell.lastRow() - spell.entry() + 1));
					ended.add(spell.event(events) ? 1.0 : 0.0);
					era.add((double) e + 1);
				}
			}
		}
		double[] t = time.stream().mapToDouble(Double::doubleValue).toArray();
		double[] d = ended.stream().mapToDouble(Double::doubleValue).toArray();
		double[] g = era.stream().mapToDouble(Double::doubleValue).toArray();
		Map<String, double[]> columns = new LinkedHashMap<>();
		columns.put("time", t);
		columns.put("event", d);
		columns.put("era", g);
		Path work = Path.of(System.getProperty("entente.work", "target/work"), "durability-by-era");
		StringBuilder text = new StringBuilder(
				"| memberships begun | spells | ended (default events) | still in force after 5 years | after 10 years | median years |\n"
						+ "|---|---:|---:|---:|---:|---:|\n");
		for (int e = 0; e < labels.size(); e++) {
			int group = e + 1;
			List<Integer> rows = new ArrayList<>();
			for (int i = 0; i < g.length; i++) {
				if (g[i] == group) {
					rows.add(i);
				}
			}
			double[] ti = rows.stream().mapToDouble(i -> t[i]).toArray();
			boolean[] di = new boolean[ti.length];
			for (int k = 0; k < di.length; k++) {
				di[k] = d[rows.get(k)] == 1;
			}
			KaplanMeier.Estimate km = KaplanMeier.fit(ti, di);
			double[] survival = new double[2];
			int[] at = { 5, 10 };
			for (int k = 0; k < 2; k++) {
				survival[k] = km.at(at[k]);
				double r = ROracle.evaluate("summary(survival::survfit(survival::Surv(time, event) ~ 1, data = d[d$era == "
						+ group + ", ]), times = " + at[k] + ")$surv", columns, work);
				assertEquals(r, survival[k], 1e-9, labels.get(e) + " S(" + at[k] + ")");
			}
			double median = ROracle.evaluate("summary(survival::survfit(survival::Surv(time, event) ~ 1, data = d[d$era == "
					+ group + ", ]))$table[['median']]", columns, work);
			long endings = rows.stream().filter(i -> d[i] == 1).count();
			text.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f | %s |%n", labels.get(e), ti.length,
					endings, survival[0], survival[1], Double.isNaN(median) ? "not reached" : String.format(Locale.ROOT, "%.0f", median)));
			assertTrue(ti.length > 50, labels.get(e) + ": " + ti.length + " spells");
		}
		double logRank = ROracle.evaluate("{ s <- survival::survdiff(survival::Surv(time, event) ~ era, data = d[d$era %in% c(1, 2, 3), ]);"
				+ " s$pvalue }", columns, work);
		double multipolarVsBipolar = ROracle.evaluate("{ x <- d[d$era %in% c(1, 2, 3), ]; x$multi <- x$era < 3;"
				+ " exp(coef(survival::coxph(survival::Surv(time, event) ~ multi, data = x))) }", columns, work);
		text.append(String.format(Locale.ROOT, "%nlog-rank p (multipolar eras against bipolar): %.3g%n"
				+ "hazard ratio, memberships begun in multipolar years against bipolar (Cox, one covariate): %.2f%n",
				logRank, multipolarVsBipolar));
		Path out = Path.of(System.getProperty("entente.work", "target/work"), "durability-by-era.txt");
		Files.writeString(out, text);
	}
}
