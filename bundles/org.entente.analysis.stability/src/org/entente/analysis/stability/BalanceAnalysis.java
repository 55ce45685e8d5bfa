package org.entente.analysis.stability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.entente.analysis.AnalysisContext;
import org.entente.analysis.AnalysisParameters;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.AnalysisResult.Severity;
import org.entente.analysis.ElementRef;
import org.entente.analysis.Partition;
import org.entente.analysis.ScenarioAnalysis;
import org.entente.model.world.StateView;
import org.entente.model.world.World;

/**
 * Structural balance of each year's signed network (balanced triads, frustration index, the two camps of the best
 * split), and the hedging of each state between the camps in the last year. Formulas and sources in
 * {@code docs/analyses.md}.
 */
public class BalanceAnalysis implements ScenarioAnalysis {

	/** The most search nodes of the branch and bound per year; beyond, the result says it is a bound. */
	static final long NODE_BUDGET = 50_000_000L;

	@Override
	public AnalysisResult run(AnalysisContext context, IProgressMonitor monitor) {
		AnalysisParameters p = context.parameters();
		AnalysisResult.Builder result = AnalysisResult.builder(context);
		SubMonitor progress = SubMonitor.convert(monitor, "Structural balance", context.years().size() + 1);
		SignedNetworkBuilder networks = SignedNetworkBuilder.of(p);
		int exactLimit = p.getInt("exact_limit");
		SignedNetwork last = null;
		StructuralBalance.Result lastSplit = null;
		int lastYear = 0;
		// The searches below look at the monitor now and then: a cancel or the runner's timeout ends them within
		// moments, even on a world of thousands of states.
		BooleanSupplier stop = monitor == null ? () -> false : monitor::isCanceled;
		try {
			for (World world : context.worlds(progress.split(context.years().size()))) {
				int year = world.year();
				SignedNetwork network = networks.build(world);
				SignedGraph graph = network.graph();
				StructuralBalance.Result split = StructuralBalance.frustration(graph, exactLimit, NODE_BUDGET, stop);
				result.year(year).put("states", network.states().size())
						.put("ties", graph.edgeCount())
						.put("closed_triads", StructuralBalance.closedTriads(graph, stop))
						.put("balanced_triad_share", StructuralBalance.balancedTriadShare(graph, stop))
						.put("frustration", split.frustration())
						.put("frustration_normalized", split.normalized(graph.edgeCount()))
						.put("frustration_exact", split.exact())
						// A heuristic value comes with the bound it is known to be within.
						.put("frustration_lower_bound", split.exact() ? split.frustration() : split.lowerBound())
						.put("camps", camps(network, split));
				last = network;
				lastSplit = split;
				lastYear = year;
			}
		} catch (CancellationException stopped) {
			throw new OperationCanceledException();
		}
		if (last != null) {
			hedging(result, last, lastSplit, p.getDouble("hedging_threshold"), lastYear);
		}
		progress.worked(1);
		return result.build();
	}

	/** The two camps of the best split, states without any tie left out. */
	static Partition camps(SignedNetwork network, StructuralBalance.Result split) {
		List<ElementRef> first = new ArrayList<>();
		List<ElementRef> second = new ArrayList<>();
		for (int i = 0; i < network.states().size(); i++) {
			if (network.graph().neighbours(i).length == 0) {
				continue;
			}
			(split.side()[i] == 0 ? first : second).add(ElementRef.of(network.states().get(i).state()));
		}
		return Partition.of(first, second);
	}

	/** Each state's share of its positive relations that go to the other camp. */
	static double[] hedgingIndex(SignedNetwork network, StructuralBalance.Result split) {
		int n = network.states().size();
		double[] hedging = new double[n];
		for (int i = 0; i < n; i++) {
			int own = 0;
			int other = 0;
			for (int j : network.graph().neighbours(i)) {
				if (network.graph().sign(i, j) > 0) {
					if (split.side()[i] == split.side()[j]) {
						own++;
					} else {
						other++;
					}
				}
			}
			hedging[i] = own + other == 0 ? 0 : (double) other / (own + other);
		}
		return hedging;
	}

	private static void hedging(AnalysisResult.Builder result, SignedNetwork network, StructuralBalance.Result split,
			double threshold, int year) {
		double[] hedging = hedgingIndex(network, split);
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < hedging.length; i++) {
			StateView state = network.states().get(i);
			rows.add(List.of(year, ElementRef.of(state.state()), hedging[i]));
			if (hedging[i] >= threshold) {
				List<String> drivers = new ArrayList<>();
				for (int j : network.graph().neighbours(i)) {
					String camp = split.side()[i] == split.side()[j] ? "own camp" : "other camp";
					network.reasons(i, j).forEach(reason -> drivers.add(reason + " [" + camp + "]"));
				}
				result.finding(Severity.WARNING, String.format(Locale.ROOT,
						"%s: hedging index %.2f in %d: positive ties to the other camp", state.code(), hedging[i], year),
						state.state(), year, drivers);
			}
		}
		result.table("hedging", rows);
	}
}
