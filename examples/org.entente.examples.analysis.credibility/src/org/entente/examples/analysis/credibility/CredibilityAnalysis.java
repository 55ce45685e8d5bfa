package org.entente.examples.analysis.credibility;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.entente.analysis.AnalysisContext;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.AnalysisResult.Severity;
import org.entente.analysis.ScenarioAnalysis;
import org.entente.model.Alliance;
import org.entente.model.Membership;
import org.entente.model.State;
import org.entente.model.world.StateView;
import org.entente.model.world.Years;

/**
 * An example of a third-party analysis, written against Entente's public API only: a state's credibility as an
 * ally, from its record of keeping or leaving alliances.
 *
 * <p>
 * Up to year Y, a membership is <em>honored</em> when the state stayed until the alliance ended (or is still a
 * member in Y) and <em>abandoned</em> when the state left while the alliance went on. The credibility index is
 * (honored + prior / 2) / (honored + abandoned + prior): one half for a state without a record.
 */
public class CredibilityAnalysis implements ScenarioAnalysis {

	@Override
	public AnalysisResult run(AnalysisContext context, IProgressMonitor monitor) {
		double prior = context.parameters().getDouble("prior");
		double warnBelow = context.parameters().getDouble("warn_below");
		AnalysisResult.Builder result = AnalysisResult.builder(context);
		SubMonitor progress = SubMonitor.convert(monitor, "Credibility", context.years().size());
		List<Alliance> alliances = new ArrayList<>();
		for (int year : context.years()) {
			context.projector().at(year).alliances().forEach(a -> {
				if (!alliances.contains(a.alliance())) {
					alliances.add(a.alliance());
				}
			});
		}
		Map<State, List<String>> lastRecord = new IdentityHashMap<>();
		Map<State, Double> lastIndex = new IdentityHashMap<>();
		for (int year : context.years()) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			Map<State, int[]> record = new IdentityHashMap<>();
			Map<State, List<String>> reasons = new IdentityHashMap<>();
			for (Alliance alliance : alliances) {
				int allianceEnd = Years.end(alliance.getPeriod());
				for (Membership membership : alliance.getMemberships()) {
					int left = Years.end(membership.getPeriod());
					if (membership.getState() == null || Years.start(membership.getPeriod()) > year) {
						continue;
					}
					int[] counts = record.computeIfAbsent(membership.getState(), s -> new int[2]);
					List<String> why = reasons.computeIfAbsent(membership.getState(), s -> new ArrayList<>());
					if (left < year && left < allianceEnd) {
						counts[1]++;
						why.add("left " + alliance.getName() + " in " + left + " while it went on");
					} else {
						counts[0]++;
						why.add((left < year ? "stayed in " : "member of ") + alliance.getName()
								+ (left < year ? " until it ended in " + left : " since " + Years.format(membership.getPeriod())));
					}
				}
			}
			Map<String, Object> metrics = new LinkedHashMap<>();
			double sum = 0;
			int states = 0;
			for (StateView view : context.projector().at(year).states()) {
				int[] counts = record.getOrDefault(view.state(), new int[2]);
				double index = (counts[0] + prior / 2) / (counts[0] + counts[1] + prior);
				metrics.put(view.code(), Math.round(index * 1e4) / 1e4);
				sum += index;
				states++;
				lastIndex.put(view.state(), index);
				lastRecord.put(view.state(), reasons.getOrDefault(view.state(), List.of()));
			}
			metrics.put("mean", states == 0 ? 0 : Math.round(sum / states * 1e4) / 1e4);
			result.year(year, metrics);
			progress.worked(1);
		}
		int last = context.years().isEmpty() ? 0 : context.years().get(context.years().size() - 1);
		lastIndex.forEach((state, index) -> {
			if (index < warnBelow) {
				result.finding(Severity.WARNING,
						String.format(Locale.ROOT, "%s: credibility %.2f in %d", state.getName(), index, last), state,
						last, lastRecord.get(state));
			}
		});
		return result.build();
	}
}
