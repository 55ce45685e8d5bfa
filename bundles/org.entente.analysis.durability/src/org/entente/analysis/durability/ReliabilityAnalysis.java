package org.entente.analysis.durability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.entente.analysis.AnalysisContext;
import org.entente.analysis.AnalysisParameters;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.AnalysisResult.Severity;
import org.entente.analysis.ElementRef;
import org.entente.analysis.ScenarioAnalysis;
import org.entente.analysis.survival.Concordance;
import org.entente.data.ImportException;
import org.entente.data.reliability.ReliabilityCases;

/**
 * {@link ReliabilityCheck} as an analysis: on the imported history, do the alliances the durability model calls
 * riskier violate their commitments in war more often? Each case with its risk, and the AUC out of sample and in
 * the fitted years, beside alliance age alone.
 */
public class ReliabilityAnalysis implements ScenarioAnalysis {

	@Override
	public AnalysisResult run(AnalysisContext context, IProgressMonitor monitor) {
		AnalysisResult.Builder result = AnalysisResult.builder(context);
		AnalysisParameters p = context.parameters();
		String file = p.getString("cases");
		if (file == null || file.isBlank()) {
			throw new IllegalArgumentException("the parameter 'cases' must name Berkemeier and Fuhrmann's file "
					+ "(reliability/berkemeier_fuhrmann_2018.csv of the shared data)");
		}
		List<ReliabilityCases.Case> cases;
		try {
			cases = ReliabilityCases.read(Path.of(file));
		} catch (ImportException e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Reliability in war", 10);
		DurabilityDesign design = DurabilityDesign.of(context.projector(), progress.split(3));
		ReliabilityCheck.Result check = ReliabilityCheck.run(design, cases, p.getInt("split"), p.getInt("horizon"),
				TerminationEvents.parse(p.getChoices("events")), progress.split(7));
		report(result, check);
		return result.build();
	}

	private static void report(AnalysisResult.Builder result, ReliabilityCheck.Result check) {
		List<List<Object>> rows = new ArrayList<>();
		List<String> unassessed = new ArrayList<>();
		for (ReliabilityCheck.Assessed c : check.cases()) {
			ReliabilityCases.Case source = c.source();
			List<Object> row = new ArrayList<>();
			row.add(source.war());
			row.add(source.warYear());
			row.add(source.atopId());
			row.add(c.alliance() == null ? null : ElementRef.of(c.alliance()));
			row.add(source.violated() ? "violated" : "honored");
			row.add(c.outOfSample() ? "on the years up to " + check.split() : "on the whole scenario");
			row.add(c.members());
			row.add(c.assessed() ? c.risk() : null);
			row.add(c.assessed() ? c.ageRisk() : null);
			rows.add(row);
			if (!c.assessed()) {
				unassessed.add(source.war() + " x ATOP " + source.atopId() + ": " + c.problem());
			}
		}
		result.table("cases", rows);
		List<String> details = new ArrayList<>();
		for (Boolean outOfSample : new Boolean[] { true, false, null }) {
			String suffix = outOfSample == null ? "all" : outOfSample ? "out_of_sample" : "in_sample";
			Concordance cox = check.auc("cox", outOfSample);
			Concordance age = check.auc("age", outOfSample);
			metric(result, "auc_cox_" + suffix, cox.value());
			metric(result, "auc_age_" + suffix, age.value());
			long n = check.cases().stream().filter(ReliabilityCheck.Assessed::assessed)
					.filter(c -> outOfSample == null || c.outOfSample() == outOfSample).count();
			details.add(String.format(Locale.ROOT, "%s: %d cases (%.0f violated x honored pairs), AUC %.3f, alliance age alone %.3f",
					outOfSample == null ? "all cases" : outOfSample ? "assessed after " + check.split()
							+ ", models fitted up to " + check.split() : "assessed up to " + check.split()
									+ ", models fitted on the whole scenario",
					n, cox.comparable(), cox.value(), age.value()));
		}
		details.addAll(unassessed);
		long assessed = check.cases().stream().filter(ReliabilityCheck.Assessed::assessed).count();
		result.metric("cases_assessed", (double) assessed, null);
		result.finding(Severity.INFO, String.format(Locale.ROOT,
				"Reliability in war: of %d cases %d assessed; AUC of the durability model's %d-year risk for violated against honored commitments %.3f out of sample (alliance age alone %.3f)",
				check.cases().size(), assessed, check.horizon(), check.auc("cox", true).value(),
				check.auc("age", true).value()), null, null, details);
	}

	private static void metric(AnalysisResult.Builder result, String id, double value) {
		if (!Double.isNaN(value)) {
			result.metric(id, value, null);
		}
	}
}
