package org.entente.analysis.stability;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.entente.analysis.AnalysisParameters;
import org.entente.model.ObligationKind;
import org.entente.model.State;
import org.entente.model.TieKind;
import org.entente.model.world.AllianceView;
import org.entente.model.world.MemberView;
import org.entente.model.world.StateView;
import org.entente.model.world.ThreatView;
import org.entente.model.world.TieView;
import org.entente.model.world.World;

/**
 * Builds the signed network of a year, shared by the balance, landscape and durability analyses: co-membership of an
 * alliance counts +1 when either member promises one of the chosen obligation kinds (its own obligations where the
 * scenario gives them per member), a tie the sign of its strength (ties weaker than
 * {@code minStrength} and of the ignored kinds are left out), a perceived threat at or above {@code threatLevel} -1;
 * an edge joins two states whose relations add up to a non-zero sign.
 *
 * @param allianceKinds the obligation kinds whose co-membership is a positive relation
 * @param ignoredTies   the tie kinds left out
 * @param minStrength   the weakest tie that counts
 * @param threatLevel   the lowest threat level that counts
 */
public record SignedNetworkBuilder(Set<ObligationKind> allianceKinds, Set<TieKind> ignoredTies, double minStrength,
		double threatLevel) {

	/** The parameters every analysis of the network declares. */
	public static final List<String> PARAMETERS = List.of("alliance_kinds", "ignored_tie_kinds", "min_strength",
			"threat_level");

	public SignedNetworkBuilder {
		allianceKinds = allianceKinds.isEmpty() ? Set.of() : EnumSet.copyOf(allianceKinds);
		ignoredTies = ignoredTies.isEmpty() ? Set.of() : EnumSet.copyOf(ignoredTies);
	}

	/** The builder the parameters {@link #PARAMETERS} of a run describe. */
	public static SignedNetworkBuilder of(AnalysisParameters parameters) {
		Set<ObligationKind> kinds = EnumSet.noneOf(ObligationKind.class);
		parameters.getChoices("alliance_kinds").forEach(kind -> kinds.add(ObligationKind.get(kind)));
		Set<TieKind> ignored = EnumSet.noneOf(TieKind.class);
		parameters.getChoices("ignored_tie_kinds").forEach(kind -> ignored.add(TieKind.get(kind)));
		return new SignedNetworkBuilder(kinds, ignored, parameters.getDouble("min_strength"),
				parameters.getDouble("threat_level"));
	}

	/**
	 * What a member promises in the alliance that year: its own obligations, as the world projection gives them, or
	 * the alliance's obligation for a view that has none.
	 */
	static Set<ObligationKind> owed(AllianceView alliance, MemberView member) {
		if (!member.obligations().isEmpty()) {
			return member.obligations();
		}
		ObligationKind kind = alliance.alliance().getObligation();
		return kind == null ? Set.of() : Set.of(kind);
	}

	/** The network of {@code world}. */
	public SignedNetwork build(World world) {
		List<StateView> states = new ArrayList<>(world.states());
		int n = states.size();
		Map<State, Integer> index = new IdentityHashMap<>();
		for (int i = 0; i < n; i++) {
			index.put(states.get(i).state(), i);
		}
		// Sorted by (i, j): the edges enter the graph in the order the search has always seen them.
		Map<Long, Double> score = new TreeMap<>();
		Map<Long, List<String>> reasons = new HashMap<>();
		for (AllianceView alliance : world.alliances()) {
			List<MemberView> members = alliance.members();
			for (int a = 0; a < members.size(); a++) {
				for (int b = a + 1; b < members.size(); b++) {
					Integer i = index.get(members.get(a).state());
					Integer j = index.get(members.get(b).state());
					// A pair is allied when either member promises one of the kinds (ATOP codes obligations per
					// member: one may promise defense where another promises only neutrality).
					Set<ObligationKind> promised = EnumSet.noneOf(ObligationKind.class);
					promised.addAll(owed(alliance, members.get(a)));
					promised.addAll(owed(alliance, members.get(b)));
					promised.retainAll(allianceKinds);
					if (i != null && j != null && !i.equals(j) && !promised.isEmpty()) {
						add(score, reasons, i, j, 1, String.join(" and ", promised.stream().map(ObligationKind::getLiteral)
								.toList()) + " member of " + alliance.alliance().getName());
					}
				}
			}
		}
		for (TieView tie : world.ties()) {
			Integer i = index.get(tie.source());
			Integer j = index.get(tie.target());
			if (i == null || j == null || i.equals(j) || ignoredTies.contains(tie.kind())
					|| Math.abs(tie.strength()) < minStrength) {
				continue;
			}
			add(score, reasons, i, j, Math.signum(tie.strength()),
					tie.kind().getLiteral() + " tie " + tie.source().getName() + (tie.directed() ? " -> " : " -- ")
							+ tie.target().getName() + " (" + tie.strength() + ")");
		}
		for (ThreatView threat : world.threats()) {
			Integer i = index.get(threat.perceiver());
			Integer j = index.get(threat.target());
			if (i != null && j != null && !i.equals(j) && threat.level() >= threatLevel) {
				add(score, reasons, i, j, -1, threat.perceiver().getName() + " fears " + threat.target().getName()
						+ " (level " + threat.level() + ")");
			}
		}
		SignedGraph graph = new SignedGraph(n);
		score.forEach((key, value) -> {
			if (value != 0) {
				graph.set((int) (key >>> 32), (int) (long) key, (int) Math.signum(value));
			}
		});
		return new SignedNetwork(states, graph, reasons);
	}

	private static void add(Map<Long, Double> score, Map<Long, List<String>> reasons, int i, int j, double value,
			String reason) {
		long key = SignedNetwork.key(i, j);
		score.merge(key, value, Double::sum);
		reasons.computeIfAbsent(key, k -> new ArrayList<>()).add(reason);
	}
}
