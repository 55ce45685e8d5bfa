package org.entente.model.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.entente.model.Accession;
import org.entente.model.Alliance;
import org.entente.model.Change;
import org.entente.model.Import;
import org.entente.model.Membership;
import org.entente.model.ObligationKind;
import org.entente.model.Objective;
import org.entente.model.RegimeSpell;
import org.entente.model.RegimeType;
import org.entente.model.Removal;
import org.entente.model.Scenario;
import org.entente.model.Stance;
import org.entente.model.StanceChange;
import org.entente.model.State;
import org.entente.model.Threat;
import org.entente.model.ThreatChange;
import org.entente.model.Tie;
import org.entente.model.TieChange;
import org.entente.model.TieKind;
import org.entente.model.Withdrawal;

/**
 * Answers "what does the world look like in year Y" for a scenario or a variant.
 *
 * <p>
 * The projector gathers the scenario's content once: the scenarios it imports and, for a variant, its chain of base
 * scenarios, then the variant's own elements and its changes (removals, withdrawals, accessions, changed ties,
 * threats and stances, each from a year on). {@link #at(int)} is then cheap and can be called for every year of a
 * long period. The projector never modifies the model; build a new one after the model changes.
 */
public final class WorldProjector {

	private final Scenario scenario;
	private final List<State> states = new ArrayList<>();
	private final List<Alliance> alliances = new ArrayList<>();
	private final List<Tie> ties = new ArrayList<>();
	private final List<Threat> threats = new ArrayList<>();
	private final List<Objective> objectives = new ArrayList<>();
	private final Map<EObject, Integer> removedFrom = new IdentityHashMap<>();
	private final Map<Alliance, Map<State, Integer>> withdrawnFrom = new IdentityHashMap<>();
	private final Map<Alliance, List<Accession>> accessions = new IdentityHashMap<>();
	private final Map<Tie, List<TieChange>> tieChanges = new IdentityHashMap<>();
	private final Map<Threat, List<ThreatChange>> threatChanges = new IdentityHashMap<>();
	private final Map<Objective, Map<State, List<StanceChange>>> stanceChanges = new IdentityHashMap<>();
	private final Map<State, CapabilityTimeline> capabilities = new IdentityHashMap<>();

	/** Prepares projections of {@code scenario}, including what it imports and, for a variant, its bases. */
	public WorldProjector(Scenario scenario) {
		this.scenario = scenario;
		List<Scenario> layers = layers(scenario);
		Set<EObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Scenario layer : layers) {
			addAll(layer.getStates(), states, seen);
			addAll(layer.getAlliances(), alliances, seen);
			addAll(layer.getTies(), ties, seen);
			addAll(layer.getThreats(), threats, seen);
			addAll(layer.getObjectives(), objectives, seen);
		}
		for (Scenario layer : layers) {
			for (Change change : layer.getChanges()) {
				index(change);
			}
		}
		sortChanges();
		for (State state : states) {
			if (state.getCapabilities() != null) {
				capabilities.put(state, new CapabilityTimeline(state.getCapabilities()));
			}
		}
	}

	/** The scenario this projector answers for. */
	public Scenario scenario() {
		return scenario;
	}

	/** The world in {@code year}. */
	public World at(int year) {
		List<StateView> stateViews = new ArrayList<>(states.size());
		for (State state : states) {
			if (present(state, year)) {
				CapabilityTimeline timeline = capabilities.get(state);
				stateViews.add(new StateView(state, timeline == null ? null : timeline.at(year),
						isMajorPower(state, year), regime(state, year)));
			}
		}
		List<AllianceView> allianceViews = new ArrayList<>();
		for (Alliance alliance : alliances) {
			if (present(alliance, year) && Years.contains(alliance.getPeriod(), year)) {
				allianceViews.add(new AllianceView(alliance, members(alliance, year)));
			}
		}
		List<TieView> tieViews = new ArrayList<>();
		for (Tie tie : ties) {
			if (present(tie, year) && Years.contains(tie.getPeriod(), year) && present(tie.getSource(), year)
					&& present(tie.getTarget(), year)) {
				tieViews.add(tieAt(tie, year));
			}
		}
		List<ThreatView> threatViews = new ArrayList<>();
		for (Threat threat : threats) {
			if (present(threat, year) && Years.contains(threat.getPeriod(), year)
					&& present(threat.getPerceiver(), year) && present(threat.getTarget(), year)) {
				threatViews.add(new ThreatView(threat, threat.getPerceiver(), threat.getTarget(),
						threatLevelAt(threat, year)));
			}
		}
		List<StanceView> stanceViews = new ArrayList<>();
		for (Objective objective : objectives) {
			if (present(objective, year)) {
				for (Stance stance : objective.getStances()) {
					if (Years.contains(stance.getPeriod(), year) && present(stance.getState(), year)) {
						stanceViews.add(new StanceView(objective, stance.getState(),
								stancePositionAt(objective, stance, year), stance.getWeight()));
					}
				}
			}
		}
		return new World(scenario, year, stateViews, allianceViews, tieViews, threatViews, stanceViews);
	}

	private boolean present(EObject element, int year) {
		if (element == null || element.eIsProxy()) {
			return false;
		}
		Integer removed = removedFrom.get(element);
		if (removed != null && year >= removed) {
			return false;
		}
		return !(element instanceof State state) || exists(state, year);
	}

	/** A state exists in the years of its existence spells, or always when it has none. */
	private static boolean exists(State state, int year) {
		if (state.getExistence().isEmpty()) {
			return true;
		}
		for (var spell : state.getExistence()) {
			if (Years.contains(spell, year)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isMajorPower(State state, int year) {
		for (var spell : state.getMajorPowerSpells()) {
			if (Years.contains(spell, year)) {
				return true;
			}
		}
		return false;
	}

	private static RegimeType regime(State state, int year) {
		RegimeType found = null;
		for (RegimeSpell spell : state.getRegimes()) {
			if (Years.contains(spell.getPeriod(), year)) {
				found = spell.getType();
			}
		}
		return found;
	}

	private List<MemberView> members(Alliance alliance, int year) {
		Map<State, Integer> withdrawals = withdrawnFrom.getOrDefault(alliance, Map.of());
		List<MemberView> members = new ArrayList<>(alliance.getMemberships().size());
		Set<State> listed = Collections.newSetFromMap(new IdentityHashMap<>());
		Map<State, Integer> position = new IdentityHashMap<>();
		for (Membership membership : alliance.getMemberships()) {
			State state = membership.getState();
			if (Years.contains(membership.getPeriod(), year) && present(state, year)
					&& !withdrawn(withdrawals, state, year)) {
				if (listed.add(state)) {
					position.put(state, members.size());
					members.add(new MemberView(state, membership.getRole(), membership, obligations(alliance, membership)));
				} else {
					// The year one membership hands over to the next (a treaty's new phase): both sets of obligations hold.
					int at = position.get(state);
					MemberView first = members.get(at);
					Set<ObligationKind> both = EnumSet.noneOf(ObligationKind.class);
					both.addAll(first.obligations());
					both.addAll(obligations(alliance, membership));
					members.set(at, new MemberView(state, first.role(), first.membership(), both));
				}
			}
		}
		for (Accession accession : accessions.getOrDefault(alliance, List.of())) {
			State state = accession.getState();
			if (accession.getYear() <= year && present(state, year) && !withdrawnAfter(withdrawals, state, accession, year)
					&& listed.add(state)) {
				members.add(new MemberView(state, accession.getRole(), null, obligations(alliance, null)));
			}
		}
		return members;
	}

	/** A member's own obligations where the scenario gives them, otherwise the alliance's. */
	private static Set<ObligationKind> obligations(Alliance alliance, Membership membership) {
		if (membership != null && !membership.getObligations().isEmpty()) {
			return EnumSet.copyOf(membership.getObligations());
		}
		return alliance.getObligation() == null ? Set.of() : EnumSet.of(alliance.getObligation());
	}

	private static boolean withdrawn(Map<State, Integer> withdrawals, State state, int year) {
		Integer from = withdrawals.get(state);
		return from != null && year >= from;
	}

	/** An accession counts until a withdrawal that comes after it. */
	private static boolean withdrawnAfter(Map<State, Integer> withdrawals, State state, Accession accession, int year) {
		Integer from = withdrawals.get(state);
		return from != null && from > accession.getYear() && year >= from;
	}

	private TieView tieAt(Tie tie, int year) {
		double strength = tie.getStrength();
		TieKind kind = tie.getKind();
		for (TieChange change : tieChanges.getOrDefault(tie, List.of())) {
			if (change.getYear() > year) {
				break;
			}
			if (change.getStrength() != null) {
				strength = change.getStrength();
			}
			if (change.isSetNewKind()) {
				kind = change.getNewKind();
			}
		}
		return new TieView(tie, tie.getSource(), tie.getTarget(), kind, strength, tie.isDirected());
	}

	private double threatLevelAt(Threat threat, int year) {
		double level = threat.getLevel();
		for (ThreatChange change : threatChanges.getOrDefault(threat, List.of())) {
			if (change.getYear() > year) {
				break;
			}
			level = change.getLevel();
		}
		return level;
	}

	private double stancePositionAt(Objective objective, Stance stance, int year) {
		double position = stance.getPosition();
		Map<State, List<StanceChange>> byState = stanceChanges.get(objective);
		if (byState != null) {
			for (StanceChange change : byState.getOrDefault(stance.getState(), List.of())) {
				if (change.getYear() > year) {
					break;
				}
				position = change.getPosition();
			}
		}
		return position;
	}

	private void index(Change change) {
		if (change instanceof Removal removal && removal.getTarget() != null) {
			removedFrom.merge(removal.getTarget(), removal.getYear(), Math::min);
		} else if (change instanceof Withdrawal withdrawal && withdrawal.getAlliance() != null) {
			withdrawnFrom.computeIfAbsent(withdrawal.getAlliance(), a -> new IdentityHashMap<>())
					.merge(withdrawal.getState(), withdrawal.getYear(), Math::min);
		} else if (change instanceof Accession accession && accession.getAlliance() != null) {
			accessions.computeIfAbsent(accession.getAlliance(), a -> new ArrayList<>()).add(accession);
		} else if (change instanceof TieChange tieChange && tieChange.getTie() != null) {
			tieChanges.computeIfAbsent(tieChange.getTie(), t -> new ArrayList<>()).add(tieChange);
		} else if (change instanceof ThreatChange threatChange && threatChange.getThreat() != null) {
			threatChanges.computeIfAbsent(threatChange.getThreat(), t -> new ArrayList<>()).add(threatChange);
		} else if (change instanceof StanceChange stanceChange && stanceChange.getObjective() != null) {
			stanceChanges.computeIfAbsent(stanceChange.getObjective(), o -> new IdentityHashMap<>())
					.computeIfAbsent(stanceChange.getState(), s -> new ArrayList<>()).add(stanceChange);
		}
	}

	/** Stable sorts keep scenario order among changes of the same year: the later layer wins. */
	private void sortChanges() {
		Comparator<Change> byYear = Comparator.comparingInt(Change::getYear);
		tieChanges.values().forEach(list -> list.sort(byYear));
		threatChanges.values().forEach(list -> list.sort(byYear));
		stanceChanges.values().forEach(m -> m.values().forEach(list -> list.sort(byYear)));
	}

	private static <T extends EObject> void addAll(List<T> from, List<T> to, Set<EObject> seen) {
		for (T element : from) {
			if (seen.add(element)) {
				to.add(element);
			}
		}
	}

	/**
	 * The scenarios whose content makes up {@code scenario}, in the order they apply: for each scenario, first what
	 * it imports, then its base (recursively), then itself. Cycles (which validation reports) are cut.
	 */
	static List<Scenario> layers(Scenario scenario) {
		LinkedHashSet<Scenario> ordered = new LinkedHashSet<>();
		collect(scenario, ordered, Collections.newSetFromMap(new IdentityHashMap<>()));
		return new ArrayList<>(ordered);
	}

	private static void collect(Scenario scenario, Set<Scenario> ordered, Set<Scenario> visiting) {
		if (scenario == null || scenario.eIsProxy() || ordered.contains(scenario) || !visiting.add(scenario)) {
			return;
		}
		for (Scenario imported : imports(scenario)) {
			collect(imported, ordered, visiting);
		}
		collect(scenario.getBase(), ordered, visiting);
		ordered.add(scenario);
	}

	/** Scenarios named by the scenario's imports, loaded through its resource set. */
	static List<Scenario> imports(Scenario scenario) {
		List<Scenario> result = new ArrayList<>();
		Resource resource = scenario.eResource();
		if (resource == null || resource.getResourceSet() == null) {
			return result;
		}
		ResourceSet resourceSet = resource.getResourceSet();
		Map<String, Boolean> done = new HashMap<>();
		for (Import anImport : scenario.getImports()) {
			String text = anImport.getImportURI();
			if (text == null || done.put(text, Boolean.TRUE) != null) {
				continue;
			}
			try {
				URI uri = URI.createURI(text).resolve(resource.getURI());
				Resource imported = resourceSet.getResource(uri, true);
				for (EObject root : imported.getContents()) {
					if (root instanceof Scenario importedScenario) {
						result.add(importedScenario);
					}
				}
			} catch (RuntimeException unreadable) {
				// An import that cannot be read is a validation error reported on the import; the projection
				// shows what can be read.
			}
		}
		return result;
	}
}
