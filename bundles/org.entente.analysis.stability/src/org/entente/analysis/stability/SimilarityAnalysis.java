package org.entente.analysis.stability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.entente.analysis.AnalysisContext;
import org.entente.analysis.AnalysisResult;
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

	@Override
	public AnalysisResult run(AnalysisContext context, IProgressMonitor monitor) {
		AnalysisResult.Builder result = AnalysisResult.builder(context);
		SubMonitor progress = SubMonitor.convert(monitor, "Portfolio similarity", 1);
		if (!context.years().isEmpty()) {
			similarity(result, context.projector().at(context.years().get(context.years().size() - 1)));
		}
		progress.worked(1);
		return result.build();
	}

	private static void similarity(AnalysisResult.Builder result, World world) {
		List<StateView> states = new ArrayList<>(world.states());
		int n = states.size();
		double[][] commitment = new double[n][n];
		Map<State, Integer> index = new IdentityHashMap<>();
		for (int i = 0; i < n; i++) {
			index.put(states.get(i).state(), i);
			commitment[i][i] = 3;
		}
		for (AllianceView alliance : world.alliances()) {
			for (MemberView a : alliance.members()) {
				// What a promises to its allies: its own obligations where the scenario gives them per member.
				double level = 0;
				for (ObligationKind kind : SignedNetworkBuilder.owed(alliance, a)) {
					level = Math.max(level, commitmentLevel(kind));
				}
				for (MemberView b : alliance.members()) {
					Integer i = index.get(a.state());
					Integer j = index.get(b.state());
					if (i != null && j != null && !i.equals(j)) {
						commitment[i][j] = Math.max(commitment[i][j], level);
					}
				}
			}
		}
		Map<State, Double> capability = CapabilityIndex.of(world);
		double[] equal = new double[n];
		Arrays.fill(equal, 1.0 / Math.max(1, n));
		double[] weights = new double[n];
		double total = 0;
		for (int k = 0; k < n; k++) {
			weights[k] = capability.getOrDefault(states.get(k).state(), 0.0);
			total += weights[k];
		}
		for (int k = 0; k < n; k++) {
			weights[k] = total > 0 ? weights[k] / total : equal[k];
		}
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				rows.add(List.of(world.year(), ElementRef.of(states.get(i).state()), ElementRef.of(states.get(j).state()),
						PortfolioSimilarity.signorinoRitter(commitment[i], commitment[j], equal, 3),
						PortfolioSimilarity.signorinoRitter(commitment[i], commitment[j], weights, 3),
						PortfolioSimilarity.kendallTauB(commitment[i], commitment[j])));
			}
		}
		result.table("portfolio similarity", rows);
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
