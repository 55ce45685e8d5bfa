package org.entente.analysis.stability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

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
import org.entente.model.ObligationKind;
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
 * Stability: structural balance of each year's signed network (balanced triads, frustration index and the two camps
 * of the best split), hedging of each state between the camps, landscape theory's predicted alignment, alliance
 * portfolio similarity, and a durability assessment of each alliance membership. Formulas and sources in
 * {@code docs/analyses.md}.
 */
public class StabilityAnalysis implements ScenarioAnalysis {

	/** Signed network of one year over the states present. */
	record Network(List<StateView> states, SignedGraph graph, List<List<String>> reasons) {
		int index(State state) {
			for (int i = 0; i < states.size(); i++) {
				if (states.get(i).state() == state) {
					return i;
				}
			}
			return -1;
		}
	}

	@Override
	public AnalysisResult run(AnalysisContext context, IProgressMonitor monitor) {
		AnalysisParameters p = context.parameters();
		AnalysisResult.Builder result = AnalysisResult.builder(context);
		SubMonitor progress = SubMonitor.convert(monitor, "Stability", context.years().size() + 3);
		int exactLimit = p.getInt("exact_limit");
		World last = null;
		Network lastNetwork = null;
		StructuralBalance.Result lastSplit = null;
		for (int year : context.years()) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			World world = context.projector().at(year);
			Network network = network(world, p);
			StructuralBalance.Result split = StructuralBalance.frustration(network.graph(), exactLimit, 50_000_000L);
			result.year(year).put("states", network.states().size())
					.put("ties", network.graph().edgeCount())
					.put("closed_triads", StructuralBalance.closedTriads(network.graph()))
					.put("balanced_triad_share", StructuralBalance.balancedTriadShare(network.graph()))
					.put("frustration", split.frustration())
					.put("frustration_normalized", split.normalized(network.graph().edgeCount()))
					.put("frustration_exact", split.exact())
					// A heuristic value comes with the bound it is known to be within.
					.put("frustration_lower_bound",
							split.exact() ? split.frustration() : StructuralBalance.lowerBound(network.graph()))
					.put("camps", camps(network, split));
			last = world;
			lastNetwork = network;
			lastSplit = split;
			progress.worked(1);
		}
		if (last != null) {
			hedging(result, lastNetwork, lastSplit, p, last.year());
			progress.worked(1);
			landscape(result, last, lastNetwork, lastSplit, p);
			progress.worked(1);
			similarity(result, last, lastNetwork);
			durability(result, context, last, lastNetwork, lastSplit, p);
			progress.worked(1);
		}
		return result.build();
	}

	// ---------------------------------------------------------------- the signed network

	static Network network(World world, AnalysisParameters p) {
		List<StateView> states = new ArrayList<>(world.states());
		int n = states.size();
		Map<State, Integer> index = new IdentityHashMap<>();
		for (int i = 0; i < n; i++) {
			index.put(states.get(i).state(), i);
		}
		Set<String> allianceKinds = Arrays.stream(p.getString("alliance_kinds").split(",")).map(String::trim)
				.collect(Collectors.toSet());
		Set<String> ignoredTies = Arrays.stream(p.getString("ignored_tie_kinds").split(",")).map(String::trim)
				.collect(Collectors.toSet());
		double minStrength = p.getDouble("min_strength");
		double threatLevel = p.getDouble("threat_level");
		double[][] score = new double[n][n];
		List<List<String>> reasons = new ArrayList<>();
		for (int i = 0; i < n * n; i++) {
			reasons.add(null);
		}
		for (AllianceView alliance : world.alliances()) {
			if (!allianceKinds.contains(alliance.alliance().getObligation().getLiteral())) {
				continue;
			}
			List<MemberView> members = alliance.members();
			for (int a = 0; a < members.size(); a++) {
				for (int b = a + 1; b < members.size(); b++) {
					Integer i = index.get(members.get(a).state());
					Integer j = index.get(members.get(b).state());
					if (i != null && j != null) {
						add(score, reasons, n, i, j, 1, alliance.alliance().getObligation().getLiteral() + " member of "
								+ alliance.alliance().getName());
					}
				}
			}
		}
		for (TieView tie : world.ties()) {
			Integer i = index.get(tie.source());
			Integer j = index.get(tie.target());
			if (i == null || j == null || i.equals(j) || ignoredTies.contains(tie.kind().getLiteral())
					|| Math.abs(tie.strength()) < minStrength) {
				continue;
			}
			add(score, reasons, n, i, j, Math.signum(tie.strength()),
					tie.kind().getLiteral() + " tie " + tie.source().getName() + (tie.directed() ? " -> " : " -- ")
							+ tie.target().getName() + " (" + tie.strength() + ")");
		}
		for (ThreatView threat : world.threats()) {
			Integer i = index.get(threat.perceiver());
			Integer j = index.get(threat.target());
			if (i != null && j != null && !i.equals(j) && threat.level() >= threatLevel) {
				add(score, reasons, n, i, j, -1, threat.perceiver().getName() + " fears " + threat.target().getName()
						+ " (level " + threat.level() + ")");
			}
		}
		SignedGraph graph = new SignedGraph(n);
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				if (score[i][j] != 0) {
					graph.set(i, j, (int) Math.signum(score[i][j]));
				}
			}
		}
		return new Network(states, graph, reasons);
	}

	private static void add(double[][] score, List<List<String>> reasons, int n, int i, int j, double value,
			String reason) {
		score[i][j] += value;
		score[j][i] += value;
		for (int key : new int[] { i * n + j, j * n + i }) {
			if (reasons.get(key) == null) {
				reasons.set(key, new ArrayList<>());
			}
			reasons.get(key).add(reason);
		}
	}

	/** The two camps of the best split, states without any tie left out. */
	static Partition camps(Network network, StructuralBalance.Result split) {
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

	// ---------------------------------------------------------------- hedging

	private static double[] hedgingIndex(Network network, StructuralBalance.Result split) {
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

	private static void hedging(AnalysisResult.Builder result, Network network, StructuralBalance.Result split,
			AnalysisParameters p, int year) {
		double[] hedging = hedgingIndex(network, split);
		double threshold = p.getDouble("hedging_threshold");
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < hedging.length; i++) {
			StateView state = network.states().get(i);
			rows.add(List.of(year, ElementRef.of(state.state()), hedging[i]));
			if (hedging[i] >= threshold) {
				List<String> drivers = new ArrayList<>();
				for (int j : network.graph().neighbours(i)) {
					List<String> why = network.reasons().get(i * hedging.length + j);
					if (why != null) {
						String camp = split.side()[i] == split.side()[j] ? "own camp" : "other camp";
						why.forEach(reason -> drivers.add(reason + " [" + camp + "]"));
					}
				}
				result.finding(Severity.WARNING, String.format(Locale.ROOT,
						"%s: hedging index %.2f in %d: positive ties to the other camp", state.code(), hedging[i], year),
						state.state(), year, drivers);
			}
		}
		result.table("hedging", rows);
	}

	// ---------------------------------------------------------------- landscape theory

	private static void landscape(AnalysisResult.Builder result, World world, Network network,
			StructuralBalance.Result split, AnalysisParameters p) {
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
		Landscape.Minimum minimum = exhaustive ? Landscape.exhaustiveMinimum(size, propensity)
				: Landscape.localSearchMinimum(size, propensity, 50, world.year());
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
	static double[][] propensities(World world, Network network, List<Integer> actors, AnalysisParameters p) {
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

	// ---------------------------------------------------------------- portfolio similarity

	private static void similarity(AnalysisResult.Builder result, World world, Network network) {
		List<StateView> states = network.states();
		int n = states.size();
		double[][] commitment = new double[n][n];
		Map<State, Integer> index = new IdentityHashMap<>();
		for (int i = 0; i < n; i++) {
			index.put(states.get(i).state(), i);
			commitment[i][i] = 3;
		}
		for (AllianceView alliance : world.alliances()) {
			double level = commitmentLevel(alliance.alliance().getObligation());
			for (MemberView a : alliance.members()) {
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

	// ---------------------------------------------------------------- durability

	private static void durability(AnalysisResult.Builder result, AnalysisContext context, World world,
			Network network, StructuralBalance.Result split, AnalysisParameters p) {
		double[] hedging = hedgingIndex(network, split);
		int year = world.year();
		// Durability looks back over years; each year's world is projected once.
		Map<Integer, World> worlds = new HashMap<>();
		worlds.put(year, world);
		IntFunction<World> worldAt = y -> worlds.computeIfAbsent(y, context.projector()::at);
		World earlier = worldAt.apply(year - 10);
		Map<State, Double> capability = CapabilityIndex.of(world);
		Map<State, Double> capabilityEarlier = CapabilityIndex.of(earlier);
		String polarity = systemPolarity(world, capability);
		String[] drivers = { "threat", "interests", "basis", "polarity", "outside_options", "capability_change",
				"regime_change" };
		double[] weights = Arrays.stream(drivers).mapToDouble(d -> p.getDouble("risk_w_" + d)).toArray();
		double weightSum = Arrays.stream(weights).sum();
		double riskThreshold = p.getDouble("risk_threshold");
		List<List<Object>> rows = new ArrayList<>();
		for (AllianceView alliance : world.alliances()) {
			double threatRisk = threatRisk(alliance, world, context, worldAt);
			double basisRisk = switch (alliance.alliance().getBasis()) {
			case IDEOLOGICAL -> 0.2;
			case INTEREST -> 0.6;
			case COERCIVE -> 0.8;
			};
			double polarityRisk = switch (polarity) {
			case "multipolar" -> 1.0;
			case "unipolar" -> 0.5;
			default -> 0.3;
			};
			for (MemberView member : alliance.members()) {
				int i = network.index(member.state());
				double[] values = { threatRisk, interestDivergence(alliance, member.state(), world), basisRisk,
						polarityRisk, i >= 0 ? hedging[i] : 0,
						capabilityChange(alliance, member.state(), capability, capabilityEarlier),
						regimeChanged(member.state(), worldAt, year) ? 1 : 0 };
				double risk = 0;
				for (int d = 0; d < drivers.length; d++) {
					risk += weights[d] * values[d];
				}
				risk = weightSum > 0 ? risk / weightSum : 0;
				List<Object> row = new ArrayList<>(List.of(year, ElementRef.of(alliance.alliance()),
						ElementRef.of(member.state()), risk));
				for (double value : values) {
					row.add(value);
				}
				rows.add(row);
				if (risk >= riskThreshold) {
					List<String> explanation = new ArrayList<>();
					for (int d = 0; d < drivers.length; d++) {
						explanation.add(String.format(Locale.ROOT, "%s %.2f x weight %.2f", drivers[d], values[d],
								weights[d]));
					}
					result.finding(Severity.WARNING, String.format(Locale.ROOT,
							"%s in %s: defection risk %.2f in %d", member.state().getName(),
							alliance.alliance().getName(), risk, year), alliance.alliance(), year, explanation);
				}
			}
		}
		result.table("durability", rows);
	}

	/** 1 - (current mean level of the alliance's target threats / their highest level so far); 0.5 without targets. */
	private static double threatRisk(AllianceView alliance, World world, AnalysisContext context,
			IntFunction<World> worldAt) {
		if (alliance.alliance().getTargets().isEmpty()) {
			return 0.5;
		}
		double now = 0;
		double peak = 0;
		for (var target : alliance.alliance().getTargets()) {
			double current = world.threats().stream().filter(t -> t.threat() == target).mapToDouble(ThreatView::level)
					.findFirst().orElse(0);
			double highest = current;
			for (int y : context.years()) {
				if (y > world.year()) {
					break;
				}
				highest = Math.max(highest, worldAt.apply(y).threats().stream()
						.filter(t -> t.threat() == target).mapToDouble(ThreatView::level).findFirst().orElse(0));
			}
			now += current;
			peak += highest;
		}
		return peak == 0 ? 1.0 : 1 - now / peak;
	}

	/** Mean absolute difference of the member's stances from the other members' on the alliance's objectives, / 2. */
	private static double interestDivergence(AllianceView alliance, State member, World world) {
		double sum = 0;
		int count = 0;
		for (var objective : alliance.alliance().getObjectives()) {
			Double own = null;
			List<Double> others = new ArrayList<>();
			for (StanceView stance : world.stances()) {
				if (stance.objective() != objective) {
					continue;
				}
				if (stance.state() == member) {
					own = stance.position();
				} else if (alliance.hasMember(stance.state())) {
					others.add(stance.position());
				}
			}
			if (own != null) {
				for (double other : others) {
					sum += Math.abs(own - other) / 2;
					count++;
				}
			}
		}
		return count == 0 ? 0 : sum / count;
	}

	/** Change over ten years of the member's share of the alliance's capability, scaled so that 0.25 or more is 1. */
	private static double capabilityChange(AllianceView alliance, State member, Map<State, Double> now,
			Map<State, Double> before) {
		double totalNow = alliance.members().stream().mapToDouble(m -> now.getOrDefault(m.state(), 0.0)).sum();
		double totalBefore = alliance.members().stream().mapToDouble(m -> before.getOrDefault(m.state(), 0.0)).sum();
		if (totalNow == 0 || totalBefore == 0) {
			return 0;
		}
		double change = Math.abs(now.getOrDefault(member, 0.0) / totalNow - before.getOrDefault(member, 0.0) / totalBefore);
		return Math.min(1, change / 0.25);
	}

	private static boolean regimeChanged(State state, IntFunction<World> worldAt, int year) {
		StateView current = worldAt.apply(year).state(state);
		RegimeType now = current == null ? null : current.regime();
		for (int y = year - 10; y < year; y++) {
			var view = worldAt.apply(y).state(state);
			if (view != null && view.regime() != null && now != null && view.regime() != now) {
				return true;
			}
		}
		return false;
	}

	/** Wayman's rule over the major powers (all states when the scenario marks none). */
	private static String systemPolarity(World world, Map<State, Double> capability) {
		List<Double> shares = world.states().stream().filter(StateView::majorPower)
				.map(s -> capability.getOrDefault(s.state(), 0.0)).sorted((a, b) -> Double.compare(b, a)).toList();
		if (shares.isEmpty()) {
			shares = capability.values().stream().sorted((a, b) -> Double.compare(b, a)).toList();
		}
		double total = shares.stream().mapToDouble(Double::doubleValue).sum();
		if (total == 0) {
			return "unknown";
		}
		double first = shares.get(0) / total;
		double second = shares.size() > 1 ? shares.get(1) / total : 0;
		if (first >= 0.5 && first >= 2 * second) {
			return "unipolar";
		}
		return first + second >= 0.5 ? "bipolar" : "multipolar";
	}
}
