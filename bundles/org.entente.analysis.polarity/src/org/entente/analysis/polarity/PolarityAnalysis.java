package org.entente.analysis.polarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
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
 * Polarity: how capability is distributed among the states of a chosen set, and among alliance blocs, year by
 * year. Metrics per year: {@code states}, {@code hhi}, {@code neff}, {@code con}, {@code top_share}, {@code poles},
 * {@code pole_states}, {@code classification}, {@code balance}, and with blocs {@code blocs}, {@code bloc_hhi},
 * {@code bloc_neff}, {@code bloc_con}, {@code bloc_classification}. Findings mark the years the classification
 * changes.
 */
public class PolarityAnalysis implements ScenarioAnalysis {

	@Override
	public AnalysisResult run(AnalysisContext context, IProgressMonitor monitor) {
		String set = context.parameters().getString("set");
		String rule = context.parameters().getString("rule");
		double threshold = context.parameters().getDouble("threshold");
		PolarityClassifier classifier = new PolarityClassifier(PolarityClassifier.Rule.of(rule), threshold,
				context.parameters().getDouble("hegemon_ratio"));
		boolean blocs = context.parameters().getBoolean("blocs");
		AnalysisResult.Builder result = AnalysisResult.builder(context);
		SubMonitor progress = SubMonitor.convert(monitor, "Polarity", context.years().size());
		List<List<Object>> shareRows = new ArrayList<>();
		String previous = null;
		for (World world : context.worlds(progress)) {
			int year = world.year();
			Map<State, Double> index = CapabilityIndex.of(world);
			List<StateView> members = select(world, set, index);
			members.sort(Comparator.comparingDouble((StateView v) -> -index.get(v.state())));
			double[] raw = members.stream().mapToDouble(v -> index.get(v.state())).toArray();
			AnalysisResult.YearBuilder metrics = result.year(year).put("states", members.size());
			PolarityClassifier.Classification classification = classifier.classify(raw);
			if (classification == null) {
				// no state with a capability, or capabilities that are all zero (or overflow): nothing to classify
				metrics.put("classification", "no data");
				continue;
			}
			double[] shares = PolarityMeasures.normalize(raw);
			for (int i = 0; i < members.size(); i++) {
				shareRows.add(List.of(year, ElementRef.of(members.get(i).state()), raw[i], shares[i]));
			}
			List<ElementRef> poles = new ArrayList<>();
			for (int i = 0; i < classification.poles(); i++) {
				poles.add(ElementRef.of(members.get(i).state()));
			}
			metrics.put("hhi", PolarityMeasures.hhi(shares));
			metrics.put("neff", PolarityMeasures.effectiveNumber(shares));
			metrics.put("con", PolarityMeasures.concentration(shares));
			metrics.put("top_share", shares[0]);
			metrics.put("poles", classification.poles());
			metrics.put("pole_states", poles);
			metrics.put("classification", classification.polarity().label());
			if (classification.polarity() == Polarity.MULTIPOLAR) {
				metrics.put("balance", classification.unbalanced() ? "unbalanced" : "balanced");
			}
			if (blocs) {
				double[] blocShares = blocCapabilities(world, members, index);
				PolarityClassifier.Classification blocClass = classifier.classify(blocShares);
				metrics.put("blocs", blocShares.length);
				metrics.put("bloc_hhi", PolarityMeasures.hhi(blocShares));
				metrics.put("bloc_neff", PolarityMeasures.effectiveNumber(blocShares));
				metrics.put("bloc_con", PolarityMeasures.concentration(blocShares));
				metrics.put("bloc_classification", blocClass.polarity().label());
			}
			String name = classification.polarity().label();
			if (previous != null && !previous.equals(name)) {
				result.finding(Severity.INFO, "The system turns " + name + " in " + year
						+ " (it was " + previous + ").", context.scenario(), year,
						drivers(members, shares, rule, threshold));
			}
			previous = name;
		}
		result.table("capability shares", shareRows);
		return result.build();
	}

	/** The states of the chosen set that have a capability index that year. */
	private static List<StateView> select(World world, String set, Map<State, Double> index) {
		Set<String> codes = switch (set.trim().toLowerCase()) {
		case "all", "majors" -> null;
		default -> Arrays.stream(set.split(",")).map(String::trim).filter(s -> !s.isEmpty())
				.collect(Collectors.toSet());
		};
		boolean majors = "majors".equalsIgnoreCase(set.trim());
		List<StateView> selected = new ArrayList<>();
		for (StateView view : world.states()) {
			if (!index.containsKey(view.state())) {
				continue;
			}
			if (majors && !view.majorPower() || codes != null && !codes.contains(view.code())) {
				continue;
			}
			selected.add(view);
		}
		return selected;
	}

	/** Capability of the alliance blocs: the set's states joined by defense pacts in force that year. */
	private static double[] blocCapabilities(World world, List<StateView> members, Map<State, Double> index) {
		Map<State, State> parent = new IdentityHashMap<>();
		for (StateView view : members) {
			parent.put(view.state(), view.state());
		}
		for (AllianceView alliance : world.alliances()) {
			if (alliance.alliance().getObligation() != ObligationKind.DEFENSE) {
				continue;
			}
			State first = null;
			for (MemberView member : alliance.members()) {
				if (!parent.containsKey(member.state())) {
					continue;
				}
				if (first == null) {
					first = member.state();
				} else {
					parent.put(root(parent, member.state()), root(parent, first));
				}
			}
		}
		Map<State, Double> blocs = new IdentityHashMap<>();
		for (StateView view : members) {
			blocs.merge(root(parent, view.state()), index.get(view.state()), Double::sum);
		}
		return blocs.values().stream().sorted(Comparator.reverseOrder()).mapToDouble(Double::doubleValue).toArray();
	}

	private static State root(Map<State, State> parent, State state) {
		State current = state;
		while (parent.get(current) != current) {
			State next = parent.get(current);
			parent.put(current, parent.get(next));
			current = next;
		}
		return current;
	}

	private static List<String> drivers(List<StateView> members, double[] shares, String rule, double threshold) {
		List<String> drivers = new ArrayList<>();
		for (int i = 0; i < Math.min(3, members.size()); i++) {
			drivers.add(String.format(Locale.ROOT, "%s holds %.1f%% of the set's capability",
					members.get(i).code(), 100 * shares[i]));
		}
		drivers.add("rule: " + rule + ("threshold".equals(rule) ? " (poles above " + threshold + ")" : ""));
		return drivers;
	}
}
