package org.entente.analysis.stability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.entente.analysis.AnalysisContext;
import org.entente.analysis.AnalysisParameters;
import org.entente.analysis.AnalysisResult;
import org.entente.analysis.AnalysisResult.Severity;
import org.entente.analysis.ElementRef;
import org.entente.analysis.ScenarioAnalysis;
import org.entente.analysis.polarity.Polarity;
import org.entente.analysis.polarity.PolarityClassifier;
import org.entente.model.RegimeType;
import org.entente.model.State;
import org.entente.model.world.AllianceView;
import org.entente.model.world.CapabilityIndex;
import org.entente.model.world.MemberView;
import org.entente.model.world.StanceView;
import org.entente.model.world.StateView;
import org.entente.model.world.ThreatView;
import org.entente.model.world.World;

/**
 * Durability of each alliance membership in force in the last analysed year: a weighted mean of drivers of
 * defection (the decline of the target threat, diverging interests, the alliance's basis, system polarity, the
 * member's outside options, its change of capability share, a change of regime). This is a heuristic with weights
 * set by hand, not a model fitted on history. Formulas and sources in {@code docs/analyses.md}.
 */
public class DurabilityAnalysis implements ScenarioAnalysis {

	private static final String[] DRIVERS = { "threat", "interests", "basis", "polarity", "outside_options",
			"capability_change", "regime_change" };

	@Override
	public AnalysisResult run(AnalysisContext context, IProgressMonitor monitor) {
		AnalysisResult.Builder result = AnalysisResult.builder(context);
		SubMonitor progress = SubMonitor.convert(monitor, "Durability", 2);
		Optional<BalancedYear> balanced = BalancedYear.last(context, monitor);
		progress.worked(1);
		balanced.ifPresent(year -> durability(result, context, year.world(), year.network(), year.split(),
				context.parameters()));
		progress.worked(1);
		return result.build();
	}

	private static void durability(AnalysisResult.Builder result, AnalysisContext context, World world,
			SignedNetwork network, StructuralBalance.Result split, AnalysisParameters p) {
		double[] hedging = BalanceAnalysis.hedgingIndex(network, split);
		int year = world.year();
		// Durability looks back over years; each year's world is projected once.
		Map<Integer, World> worlds = new HashMap<>();
		worlds.put(year, world);
		IntFunction<World> worldAt = y -> worlds.computeIfAbsent(y, context.projector()::at);
		World earlier = worldAt.apply(year - 10);
		Map<State, Double> capability = CapabilityIndex.of(world);
		Map<State, Double> capabilityEarlier = CapabilityIndex.of(earlier);
		Polarity polarity = systemPolarity(world, capability);
		String[] drivers = DRIVERS;
		double[] weights = Arrays.stream(drivers).mapToDouble(d -> p.getDouble("risk_w_" + d)).toArray();
		double weightSum = Arrays.stream(weights).sum();
		double riskThreshold = p.getDouble("risk_threshold");
		List<List<Object>> rows = new ArrayList<>();
		for (AllianceView alliance : world.alliances()) {
			double threatRisk = threatRisk(alliance, world, context, worldAt);
			// An imported treaty's basis is unknown: the middle value, as for an alliance without targets.
			double basisRisk = !alliance.alliance().isSetBasis() ? 0.5 : switch (alliance.alliance().getBasis()) {
			case IDEOLOGICAL -> 0.2;
			case INTEREST -> 0.6;
			case COERCIVE -> 0.8;
			};
			double polarityRisk = polarity == null ? 0.3 : switch (polarity) {
			case MULTIPOLAR -> 1.0;
			case UNIPOLAR -> 0.5;
			case BIPOLAR -> 0.3;
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

	/** Wayman's rule over the major powers (all states when the scenario marks none); {@code null} without data. */
	private static Polarity systemPolarity(World world, Map<State, Double> capability) {
		double[] shares = world.states().stream().filter(StateView::majorPower)
				.mapToDouble(s -> capability.getOrDefault(s.state(), 0.0)).boxed()
				.sorted((a, b) -> Double.compare(b, a)).mapToDouble(Double::doubleValue).toArray();
		if (shares.length == 0) {
			shares = capability.values().stream().sorted((a, b) -> Double.compare(b, a))
					.mapToDouble(Double::doubleValue).toArray();
		}
		PolarityClassifier.Classification classification = PolarityClassifier.wayman(2).classify(shares);
		return classification == null ? null : classification.polarity();
	}
}
