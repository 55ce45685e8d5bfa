package org.entente.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.entente.analysis.AnalysisContext;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.AnalysisResult.Severity;
import org.entente.analysis.ElementRef;
import org.entente.analysis.Partition;
import org.entente.analysis.ScenarioAnalysis;
import org.entente.model.State;
import org.entente.model.world.CapabilityIndex;
import org.entente.model.world.MemberView;
import org.entente.model.world.StateView;
import org.entente.model.world.World;

/**
 * A test analysis whose outputs are known only from its {@code plugin.xml} declarations: per year the share of
 * states in an alliance, the number of alliances, the most capable state and the split into aligned and unaligned
 * states; a ranking table whose chart stacks each state's capability in and outside alliances; a finding on each
 * year's leader among the {@code top}.
 */
public class DeclaredAnalysis implements ScenarioAnalysis {

	@Override
	public AnalysisResult run(AnalysisContext context, IProgressMonitor monitor) {
		int top = context.parameters().getInt("top");
		AnalysisResult.Builder result = AnalysisResult.builder(context);
		List<List<Object>> ranking = new ArrayList<>();
		SubMonitor progress = SubMonitor.convert(monitor, "Declared outputs", context.years().size());
		for (World world : context.worlds(progress)) {
			int year = world.year();
			Set<State> aligned = world.alliances().stream().flatMap(a -> a.members().stream()).map(MemberView::state)
					.collect(Collectors.toSet());
			Map<State, Double> index = CapabilityIndex.of(world);
			List<ElementRef> in = new ArrayList<>();
			List<ElementRef> out = new ArrayList<>();
			for (StateView state : world.states()) {
				(aligned.contains(state.state()) ? in : out).add(ElementRef.of(state.state()));
			}
			List<StateView> ranked = world.states().stream().filter(s -> index.containsKey(s.state()))
					.sorted(Comparator.comparingDouble((StateView s) -> -index.get(s.state()))).toList();
			AnalysisResult.YearBuilder metrics = result.year(year)
					.put("aligned_share", world.states().isEmpty() ? 0.0 : (double) in.size() / world.states().size())
					.put("alliances", world.alliances().size()).put("states", world.states().size())
					.put("alignment", Partition.of(in, out));
			if (!ranked.isEmpty()) {
				metrics.put("leader", ElementRef.of(ranked.get(0).state()));
			}
			for (StateView state : ranked.subList(0, Math.min(top, ranked.size()))) {
				double value = index.get(state.state());
				boolean inAlliance = aligned.contains(state.state());
				ranking.add(List.of(year, ElementRef.of(state.state()), value, inAlliance ? value : 0.0,
						inAlliance ? 0.0 : value));
			}
			if (!ranked.isEmpty() && year == context.years().get(context.years().size() - 1)) {
				result.finding(Severity.INFO, ranked.get(0).code() + " leads in " + year, ranked.get(0).state(), year,
						List.of("capability index " + index.get(ranked.get(0).state())));
			}
		}
		if (!context.years().isEmpty()) {
			result.metric("last_year", context.years().get(context.years().size() - 1), null);
		}
		result.table("ranking", ranking);
		return result.build();
	}
}
