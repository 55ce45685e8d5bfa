package org.entente.analysis.stability;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.entente.analysis.AnalysisContext;
import org.entente.analysis.AnalysisParameters;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.AnalysisResult.Severity;
import org.entente.analysis.ElementRef;
import org.entente.analysis.ScenarioAnalysis;
import org.entente.model.RegimeType;
import org.entente.model.State;
import org.entente.model.world.AllianceView;
import org.entente.model.world.CapabilityIndex;
import org.entente.model.world.MemberView;
import org.entente.model.world.StanceView;
import org.entente.model.world.StateView;
import org.entente.model.world.ThreatView;
import org.entente.model.world.TieView;
import org.entente.model.world.World;

/**
 * Landscape theory (Axelrod and Bennett 1993) in the last analysed year: the alignment of least energy for the states
 * of the signed network, from their sizes (capability shares) and propensities, compared with the actual alignment
 * (the camps of structural balance). Formulas and sources in {@code docs/analyses.md}.
 */
public class LandscapeAnalysis implements ScenarioAnalysis {

	@Override
	public AnalysisResult run(AnalysisContext context, IProgressMonitor monitor) {
		AnalysisResult.Builder result = AnalysisResult.builder(context);
		SubMonitor progress = SubMonitor.convert(monitor, "Landscape", 2);
		Optional<BalancedYear> balanced = BalancedYear.last(context, monitor);
		progress.worked(1);
		BooleanSupplier stop = monitor == null ? () -> false : monitor::isCanceled;
		try {
			balanced.ifPresent(year -> landscape(result, year.world(), year.network(), year.split(),
					context.parameters(), stop));
		} catch (CancellationException stopped) {
			throw new OperationCanceledException();
		}
		progress.worked(1);
		return result.build();
	}

	private static void landscape(AnalysisResult.Builder result, World world, SignedNetwork network,
			StructuralBalance.Result split, AnalysisParameters p, BooleanSupplier stop) {
		Map<State, Double> capability = CapabilityIndex.of(world);
		List<Integer> actors = new ArrayList<>();
		for (int i = 0; i < network.states().size(); i++) {
			if (capability.getOrDefault(network.states().get(i).state(), 0.0) > 0
					&& network.graph().neighbours(i).length > 0) {
				actors.add(i);
			}
		}
		int limit = p.getInt("landscape_limit");
		boolean exhaustive = actors.size() <= limit;
		int n = actors.size();
		double[] size = new double[n];
		double total = actors.stream().mapToDouble(i -> capability.get(network.states().get(i).state())).sum();
		for (int a = 0; a < n; a++) {
			size[a] = capability.get(network.states().get(actors.get(a)).state()) / total;
		}
		double[][] propensity = propensities(world, network, actors, p);
		Landscape.Minimum minimum = exhaustive ? Landscape.exhaustiveMinimum(size, propensity, stop)
				: Landscape.localSearchMinimum(size, propensity, 50, world.year(), stop);
		int[] actual = new int[n];
		for (int a = 0; a < n; a++) {
			actual[a] = split.side()[actors.get(a)];
		}
		int disagree = 0;
		for (int a = 0; a < n; a++) {
			if (actual[a] != minimum.side()[a]) {
				disagree++;
			}
		}
		boolean mirrored = disagree > n - disagree;
		List<String> misplaced = new ArrayList<>();
		List<String> campA = new ArrayList<>();
		List<String> campB = new ArrayList<>();
		for (int a = 0; a < n; a++) {
			int predicted = mirrored ? 1 - minimum.side()[a] : minimum.side()[a];
			String code = network.states().get(actors.get(a)).code();
			(predicted == 0 ? campA : campB).add(code);
			if (predicted != actual[a]) {
				misplaced.add(code);
			}
		}
		int year = world.year();
		result.metric("landscape_energy_predicted", minimum.energy(), "energy", year);
		result.metric("landscape_energy_actual", Landscape.energy(size, propensity, actual), "energy", year);
		result.metric("landscape_misplaced_states", misplaced.size(), "count", year);
		result.metric("landscape_exhaustive", exhaustive ? 1 : 0, "boolean", year);
		List<List<Object>> rows = new ArrayList<>();
		for (int a = 0; a < n; a++) {
			StateView state = network.states().get(actors.get(a));
			rows.add(List.of(year, ElementRef.of(state.state()), size[a], campA.contains(state.code()) ? "A" : "B",
					actual[a] == (mirrored ? 1 : 0) ? "A" : "B"));
		}
		result.table("landscape", rows);
		if (!misplaced.isEmpty()) {
			result.finding(Severity.INFO, "Landscape theory predicts " + String.join(",", campA) + " against "
					+ String.join(",", campB) + " in " + year + "; the actual alignment puts " + String.join(", ", misplaced)
					+ " in the other camp.", null, year,
					List.of(String.format(Locale.ROOT, "energy of the predicted split %.5f, of the actual %.5f",
							minimum.energy(), Landscape.energy(size, propensity, actual)),
							exhaustive ? "global minimum (exhaustive search)"
									: "best local minimum of 50 descents: more than " + limit + " actors"));
		}
	}

	/**
	 * The propensity model, each term weighted by a parameter: shared alliances in force (+1 each), tie strengths,
	 * perceived threats (minus the level, both ways), agreement of stances on objectives (the product of the two
	 * positions, weighted by the smaller stance weight), and regime similarity (+1 same type, -1 different).
	 */
	static double[][] propensities(World world, SignedNetwork network, List<Integer> actors, AnalysisParameters p) {
		int n = actors.size();
		Map<State, Integer> position = new IdentityHashMap<>();
		for (int a = 0; a < n; a++) {
			position.put(network.states().get(actors.get(a)).state(), a);
		}
		double wAlliance = p.getDouble("w_alliance");
		double wTie = p.getDouble("w_tie");
		double wThreat = p.getDouble("w_threat");
		double wStance = p.getDouble("w_stance");
		double wRegime = p.getDouble("w_regime");
		double[][] propensity = new double[n][n];
		for (AllianceView alliance : world.alliances()) {
			for (MemberView a : alliance.members()) {
				for (MemberView b : alliance.members()) {
					Integer i = position.get(a.state());
					Integer j = position.get(b.state());
					if (i != null && j != null && !i.equals(j)) {
						propensity[i][j] += wAlliance;
					}
				}
			}
		}
		for (TieView tie : world.ties()) {
			Integer i = position.get(tie.source());
			Integer j = position.get(tie.target());
			if (i != null && j != null && !i.equals(j)) {
				propensity[i][j] += wTie * tie.strength();
				propensity[j][i] += wTie * tie.strength();
			}
		}
		for (ThreatView threat : world.threats()) {
			Integer i = position.get(threat.perceiver());
			Integer j = position.get(threat.target());
			if (i != null && j != null && !i.equals(j)) {
				propensity[i][j] -= wThreat * threat.level();
				propensity[j][i] -= wThreat * threat.level();
			}
		}
		Map<Object, List<StanceView>> byObjective = world.stances().stream()
				.collect(Collectors.groupingBy(StanceView::objective));
		for (List<StanceView> stances : byObjective.values()) {
			for (StanceView a : stances) {
				for (StanceView b : stances) {
					Integer i = position.get(a.state());
					Integer j = position.get(b.state());
					if (i != null && j != null && !i.equals(j)) {
						propensity[i][j] += wStance * a.position() * b.position() * Math.min(a.weight(), b.weight());
					}
				}
			}
		}
		for (int i = 0; i < n; i++) {
			RegimeType ri = network.states().get(actors.get(i)).regime();
			for (int j = 0; j < n; j++) {
				RegimeType rj = network.states().get(actors.get(j)).regime();
				if (i != j && ri != null && rj != null) {
					propensity[i][j] += wRegime * (ri == rj ? 1 : -1);
				}
			}
		}
		return propensity;
	}
}
