package org.entente.analysis.stability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.entente.analysis.AnalysisContext;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.AnalysisResult.Severity;
import org.entente.analysis.ElementRef;
import org.entente.analysis.ScenarioAnalysis;
import org.entente.model.ObligationKind;
import org.entente.model.State;
import org.entente.model.world.AllianceView;
import org.entente.model.world.CapabilityIndex;
import org.entente.model.world.MemberView;
import org.entente.model.world.StateView;
import org.entente.model.world.World;

/**
 * Alliance portfolio similarity in the last analysed year: for each pair of states, Signorino and Ritter's S
 * (unweighted and weighted by capability) and Kendall's tau-b over their commitment levels to every state (Bueno de
 * Mesquita 1975; Signorino and Ritter 1999). Formulas and sources in {@code docs/analyses.md}.
 */
public class SimilarityAnalysis implements ScenarioAnalysis {

	/** The highest commitment level (defense), a state's commitment to itself, and the largest distance. */
	private static final int MAX_LEVEL = 3;

	/** The most pairs {@code max_pairs} may ask for: beyond, the table alone would not fit a 4 GB heap. */
	static final int MAX_PAIRS_LIMIT = 2_000_000;

	@Override
	public AnalysisResult run(AnalysisContext context, IProgressMonitor monitor) {
		AnalysisResult.Builder result = AnalysisResult.builder(context);
		SubMonitor progress = SubMonitor.convert(monitor, "Portfolio similarity", 1);
		if (!context.years().isEmpty()) {
			similarity(result, context.projector().at(context.years().get(context.years().size() - 1)),
					context.parameters().getInt("max_pairs"), progress);
		}
		progress.worked(1);
		return result.build();
	}

	private static void similarity(AnalysisResult.Builder result, World world, int maxPairs, IProgressMonitor monitor) {
		List<StateView> states = new ArrayList<>(world.states());
		int n = states.size();
		Map<State, Integer> index = new IdentityHashMap<>();
		for (int i = 0; i < n; i++) {
			index.put(states.get(i).state(), i);
		}
		// Portfolios are sparse: a state commits to itself (3) and to its allies, to no one else. Each row keeps its
		// nonzero levels by state index, so a pair costs the two rows, not a pass over every state.
		List<TreeMap<Integer, Integer>> commitment = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			TreeMap<Integer, Integer> row = new TreeMap<>();
			row.put(i, MAX_LEVEL);
			commitment.add(row);
		}
		for (AllianceView alliance : world.alliances()) {
			for (MemberView a : alliance.members()) {
				// What a promises to its allies: its own obligations where the scenario gives them per member.
				int level = 0;
				for (ObligationKind kind : SignedNetworkBuilder.owed(alliance, a)) {
					level = Math.max(level, (int) commitmentLevel(kind));
				}
				for (MemberView b : alliance.members()) {
					Integer i = index.get(a.state());
					Integer j = index.get(b.state());
					if (i != null && j != null && !i.equals(j) && level > 0) {
						commitment.get(i).merge(j, level, Math::max);
					}
				}
			}
		}
		int[][] positions = new int[n][];
		int[][] levels = new int[n][];
		for (int i = 0; i < n; i++) {
			positions[i] = commitment.get(i).keySet().stream().mapToInt(Integer::intValue).toArray();
			levels[i] = commitment.get(i).values().stream().mapToInt(Integer::intValue).toArray();
		}
		Map<State, Double> capability = CapabilityIndex.of(world);
		double[] weights = new double[n];
		double total = 0;
		for (int k = 0; k < n; k++) {
			weights[k] = capability.getOrDefault(states.get(k).state(), 0.0);
			total += weights[k];
		}
		for (int k = 0; k < n; k++) {
			weights[k] = total > 0 ? weights[k] / total : 1.0 / n;
		}
		int[] reported = pairedStates(n, maxPairs, weights);
		if (reported.length < n) {
			long pairs = (long) n * (n - 1) / 2;
			result.finding(Severity.WARNING, String.format(Locale.ROOT,
					"The world of %d has %,d states, %,d pairs; the table gives the pairs of the %,d most capable "
							+ "(%,d pairs, max_pairs). Portfolios still cover every state.",
					world.year(), n, pairs, reported.length, (long) reported.length * (reported.length - 1) / 2),
					null, world.year(), List.of("raise max_pairs (up to " + MAX_PAIRS_LIMIT + ") to see more pairs"));
		}
		// d_max = Σ w_k · 3: n / n · 3 with equal weights, 3 · Σ w with capability shares (about 3: they sum to 1).
		double weightedMaximum = MAX_LEVEL * sum(weights);
		List<List<Object>> rows = new ArrayList<>();
		int[][] table = new int[MAX_LEVEL + 1][MAX_LEVEL + 1];
		for (int x = 0; x < reported.length; x++) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			int i = reported[x];
			for (int y = x + 1; y < reported.length; y++) {
				int j = reported[y];
				double equalDistance = 0;
				double weightedDistance = 0;
				for (int[] cell : table) {
					Arrays.fill(cell, 0);
				}
				int union = 0;
				int p = 0;
				int q = 0;
				while (p < positions[i].length || q < positions[j].length) {
					int k;
					int a;
					int b;
					if (q >= positions[j].length || p < positions[i].length && positions[i][p] < positions[j][q]) {
						k = positions[i][p];
						a = levels[i][p++];
						b = 0;
					} else if (p >= positions[i].length || positions[j][q] < positions[i][p]) {
						k = positions[j][q];
						a = 0;
						b = levels[j][q++];
					} else {
						k = positions[i][p];
						a = levels[i][p++];
						b = levels[j][q++];
					}
					equalDistance += Math.abs(a - b);
					weightedDistance += weights[k] * Math.abs(a - b);
					table[a][b]++;
					union++;
				}
				table[0][0] += n - union;
				rows.add(List.of(world.year(), ElementRef.of(states.get(i).state()), ElementRef.of(states.get(j).state()),
						1 - 2 * (equalDistance / n) / MAX_LEVEL, 1 - 2 * weightedDistance / weightedMaximum,
						PortfolioSimilarity.kendallTauB(table)));
			}
		}
		result.table("portfolio similarity", rows);
	}

	/**
	 * The states whose pairs are reported, in their order: all of them when their pairs number at most
	 * {@code maxPairs}, else the most capable that many pairs allow.
	 */
	private static int[] pairedStates(int n, int maxPairs, double[] weights) {
		if ((long) n * (n - 1) / 2 <= maxPairs) {
			return java.util.stream.IntStream.range(0, n).toArray();
		}
		int kept = (int) Math.floor((1 + Math.sqrt(1 + 8.0 * maxPairs)) / 2);
		while ((long) kept * (kept - 1) / 2 > maxPairs) {
			kept--;
		}
		Integer[] byCapability = new Integer[n];
		for (int i = 0; i < n; i++) {
			byCapability[i] = i;
		}
		Arrays.sort(byCapability, (a, b) -> Double.compare(weights[b], weights[a]));
		return Arrays.stream(byCapability, 0, kept).mapToInt(Integer::intValue).sorted().toArray();
	}

	private static double sum(double[] values) {
		double total = 0;
		for (double value : values) {
			total += value;
		}
		return total;
	}

	/** Commitment levels: defense 3, neutrality and non-aggression 2, consultation (entente) 1; offense as defense. */
	static double commitmentLevel(ObligationKind kind) {
		return switch (kind) {
		case DEFENSE, OFFENSE -> 3;
		case NEUTRALITY, NON_AGGRESSION -> 2;
		case CONSULTATION -> 1;
		};
	}
}
