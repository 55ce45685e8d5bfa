package org.entente.dsl.validation;

import static org.entente.dsl.validation.EntenteIssueCodes.*;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.ComposedChecks;
import org.eclipse.xtext.validation.NamesAreUniqueValidator;
import org.entente.dsl.EntenteFiles;
import org.entente.dsl.scoping.ImportUris;
import org.entente.dsl.services.EntenteGrammarAccess;
import org.entente.model.Accession;
import org.entente.model.Alliance;
import org.entente.model.CapabilityPoint;
import org.entente.model.CapabilitySeries;
import org.entente.model.Change;
import org.entente.model.EntentePackage.Literals;
import org.entente.model.Event;
import org.entente.model.Import;
import org.entente.model.Membership;
import org.entente.model.NamedElement;
import org.entente.model.ObligationKind;
import org.entente.model.Period;
import org.entente.model.Removal;
import org.entente.model.Scenario;
import org.entente.model.Stance;
import org.entente.model.StanceChange;
import org.entente.model.Threat;
import org.entente.model.ThreatChange;
import org.entente.model.Tie;
import org.entente.model.TieChange;
import org.entente.model.Withdrawal;
import org.entente.model.world.Years;

import com.google.inject.Inject;

/**
 * The language's validation rules: errors for content no analysis can make sense of, warnings for content that is
 * legal but probably not what the analyst meant. Each message says what is wrong and what would be right.
 */
@ComposedChecks(validators = NamesAreUniqueValidator.class)
public class EntenteValidator extends AbstractEntenteValidator {

	@Inject
	private EntenteGrammarAccess grammar;

	// ---------------------------------------------------------------- periods and dates

	@Check
	public void checkPeriodOrder(Period period) {
		if (period.getFrom() != null && period.getTo() != null && period.getTo() < period.getFrom()) {
			error("The period ends (" + period.getTo() + ") before it starts (" + period.getFrom() + ").", period,
					Literals.PERIOD__TO, PERIOD_REVERSED);
		}
	}

	@Check
	public void checkEventDate(Event event) {
		Integer month = event.getMonth();
		Integer day = event.getDay();
		if (month != null && (month < 1 || month > 12)) {
			error("There is no month " + month + "; months run from 1 to 12.", event, Literals.EVENT__MONTH,
					INVALID_DATE);
		} else if (month != null && day != null) {
			try {
				LocalDate.of(event.getYear(), month, day);
			} catch (DateTimeException e) {
				error("The date " + event.getYear() + "-" + month + "-" + day + " does not exist.", event,
						Literals.EVENT__DAY, INVALID_DATE);
			}
		}
	}

	@Check
	public void checkEventInScenarioPeriod(Event event) {
		Scenario scenario = EcoreUtil2.getContainerOfType(event, Scenario.class);
		if (scenario != null && scenario.getPeriod() != null && !Years.contains(scenario.getPeriod(), event.getYear())) {
			addIssue("The event's year " + event.getYear() + " lies outside the scenario's period "
					+ Years.format(scenario.getPeriod()) + ".", event, Literals.EVENT__YEAR, OUTSIDE_SCENARIO_PERIOD);
		}
	}

	// ---------------------------------------------------------------- ranges

	@Check
	public void checkTie(Tie tie) {
		checkRange(tie.getStrength(), -1, 1, tie, Literals.TIE__STRENGTH, "A tie's strength");
		if (tie.getSource() != null && tie.getSource() == tie.getTarget() && !tie.getSource().eIsProxy()) {
			error("A tie relates two different states; this one relates " + tie.getSource().getName()
					+ " to itself.", tie, Literals.TIE__TARGET, SELF_RELATION);
		}
	}

	@Check
	public void checkThreat(Threat threat) {
		checkRange(threat.getLevel(), 0, 1, threat, Literals.THREAT__LEVEL, "A threat level");
		if (threat.getPerceiver() != null && threat.getPerceiver() == threat.getTarget()
				&& !threat.getPerceiver().eIsProxy()) {
			error("A state does not perceive itself as a threat; perceiver and target must differ.", threat,
					Literals.THREAT__TARGET, SELF_RELATION);
		}
	}

	@Check
	public void checkStance(Stance stance) {
		checkRange(stance.getPosition(), -1, 1, stance, Literals.STANCE__POSITION, "A stance's position");
		if (stance.getWeight() < 0) {
			error("A stance's weight cannot be negative (it is " + format(stance.getWeight()) + ").", stance,
					Literals.STANCE__WEIGHT, VALUE_OUT_OF_RANGE, "0", String.valueOf(Double.MAX_VALUE));
		}
	}

	@Check
	public void checkAllianceDepth(Alliance alliance) {
		checkRange(alliance.getDepth(), 0, 1, alliance, Literals.ALLIANCE__DEPTH, "Institutional depth");
	}

	@Check
	public void checkTieChange(TieChange change) {
		if (change.getStrength() != null) {
			checkRange(change.getStrength(), -1, 1, change, Literals.TIE_CHANGE__STRENGTH, "A tie's strength");
		}
		if (change.getStrength() == null && !change.isSetNewKind()) {
			error("This change changes nothing: give a new strength, a new kind, or both.", change,
					Literals.TIE_CHANGE__TIE);
		}
	}

	@Check
	public void checkThreatChange(ThreatChange change) {
		checkRange(change.getLevel(), 0, 1, change, Literals.THREAT_CHANGE__LEVEL, "A threat level");
	}

	@Check
	public void checkStanceChange(StanceChange change) {
		checkRange(change.getPosition(), -1, 1, change, Literals.STANCE_CHANGE__POSITION, "A stance's position");
	}

	private void checkRange(double value, double low, double high, EObject element, EAttribute feature,
			String what) {
		if (value < low || value > high) {
			error(what + " must lie between " + format(low) + " and " + format(high) + "; it is " + format(value)
					+ ".", element, feature, VALUE_OUT_OF_RANGE, String.valueOf(low), String.valueOf(high));
		}
	}

	// ---------------------------------------------------------------- capabilities

	private static final EAttribute[] CAPABILITY_VALUES = { Literals.CAPABILITY_POINT__SCORE,
			Literals.CAPABILITY_POINT__MILEX, Literals.CAPABILITY_POINT__MILPER, Literals.CAPABILITY_POINT__IRST,
			Literals.CAPABILITY_POINT__PEC, Literals.CAPABILITY_POINT__TPOP, Literals.CAPABILITY_POINT__UPOP };

	/**
	 * Checks every point of the series: no negative value, at least one value, no year twice. The points are checked
	 * here rather than one {@code @Check} call each because a long series has hundreds of them and each declarative
	 * check call has a fixed cost (reflection, a thread-local state) that dominated the validation of large files.
	 */
	@Check
	public void checkCapabilities(CapabilitySeries series) {
		Set<Integer> years = new HashSet<>();
		for (CapabilityPoint point : series.getPoints()) {
			checkCapabilityValues(point);
			if (!years.add(point.getYear())) {
				error("The year " + point.getYear() + " is given twice.", point, Literals.CAPABILITY_POINT__YEAR,
						DUPLICATE_CAPABILITY_YEAR);
			}
		}
	}

	private void checkCapabilityValues(CapabilityPoint point) {
		boolean any = false;
		for (EAttribute attribute : CAPABILITY_VALUES) {
			Double value = (Double) point.eGet(attribute);
			if (value != null) {
				any = true;
				if (value < 0) {
					error("Capabilities cannot be negative: " + attribute.getName() + " is " + format(value)
							+ " in " + point.getYear() + ". Leave a missing value out instead of coding it.", point,
							attribute, NEGATIVE_CAPABILITY);
				}
			}
		}
		if (!any) {
			addIssue("The year " + point.getYear() + " gives no capability value.", point,
					Literals.CAPABILITY_POINT__YEAR, EMPTY_CAPABILITY);
		}
	}

	@Check
	public void checkSingleCapabilitiesBlock(org.entente.model.State state) {
		if (capabilityBlocks(state) > 1) {
			error("The state " + state.getName()
					+ " has more than one capabilities block; only the last is kept. Merge them into one.", state,
					Literals.STATE__CAPABILITIES, DUPLICATE_CAPABILITIES);
		}
	}

	/**
	 * Counts the capabilities blocks as written: the model keeps only the last one. Each block is a direct child of
	 * the state's node (the node of the rule's leading action, or of the rule call), so the points inside the blocks
	 * are not visited.
	 */
	private int capabilityBlocks(org.entente.model.State state) {
		ICompositeNode node = NodeModelUtils.getNode(state);
		AbstractRule series = grammar.getCapabilitySeriesRule();
		int blocks = 0;
		if (node != null) {
			for (INode child : node.getChildren()) {
				EObject element = child.getGrammarElement();
				if (element instanceof RuleCall call ? call.getRule() == series
						: element instanceof Action && GrammarUtil.containingRule(element) == series) {
					blocks++;
				}
			}
		}
		return blocks;
	}

	// ---------------------------------------------------------------- alliances

	@Check
	public void checkMemberships(Alliance alliance) {
		Map<org.entente.model.State, List<Membership>> byState = new IdentityHashMap<>();
		for (Membership membership : alliance.getMemberships()) {
			org.entente.model.State state = membership.getState();
			if (state == null || state.eIsProxy()) {
				continue;
			}
			if (alliance.getPeriod() != null && membership.getPeriod() != null
					&& (Years.start(membership.getPeriod()) < Years.start(alliance.getPeriod())
							|| Years.end(membership.getPeriod()) > Years.end(alliance.getPeriod()))) {
				error(state.getName() + "'s membership " + Years.format(membership.getPeriod())
						+ " lies outside the alliance's lifetime " + Years.format(alliance.getPeriod()) + ".",
						membership, Literals.MEMBERSHIP__PERIOD, MEMBERSHIP_OUTSIDE_ALLIANCE);
			}
			for (Membership earlier : byState.getOrDefault(state, List.of())) {
				if (Years.overlap(earlier.getPeriod(), membership.getPeriod()) && !succeeds(membership, earlier)) {
					error(state.getName() + " is already a member of " + alliance.getName() + " in "
							+ Years.format(earlier.getPeriod()) + "; memberships of one state must not overlap.",
							membership, Literals.MEMBERSHIP__STATE, DUPLICATE_MEMBERSHIP);
					break;
				}
			}
			byState.computeIfAbsent(state, s -> new ArrayList<>()).add(membership);
		}
		long members = byState.size();
		if (members == 1) {
			addIssue("The alliance " + alliance.getName() + " has a single member; an alliance binds two or more states.",
					alliance, Literals.NAMED_ELEMENT__NAME, SINGLE_MEMBER);
		}
	}

	/**
	 * Whether {@code later} takes over from {@code earlier} in the year it ended: a new phase of a treaty, or a
	 * successor state's membership (ATOP begins the new phase on the day the old one ends, so the two share that
	 * year, and gives the old one an ending).
	 */
	private static boolean succeeds(Membership later, Membership earlier) {
		return earlier.isSetEnding() && later.getPeriod() != null && earlier.getPeriod() != null
				&& earlier.getPeriod().getTo() != null && Years.start(later.getPeriod()) == earlier.getPeriod().getTo();
	}

	@Check
	public void checkDefensePactTarget(Alliance alliance) {
		if (alliance.getObligation() == ObligationKind.DEFENSE && alliance.getTargets().isEmpty()) {
			addIssue("The defense pact " + alliance.getName()
					+ " names no target threat; add 'targets' so analyses can weigh threat persistence.", alliance,
					Literals.NAMED_ELEMENT__NAME, DEFENSE_WITHOUT_TARGET);
		}
	}

	// ---------------------------------------------------------------- variants

	@Check
	public void checkChangeHasBase(Change change) {
		Scenario scenario = EcoreUtil2.getContainerOfType(change, Scenario.class);
		if (scenario != null && scenario.getBase() == null) {
			error("Only a variant can change a base scenario: add 'extends BASE' to the scenario header.", change,
					Literals.CHANGE__YEAR, CHANGE_WITHOUT_BASE);
		}
	}

	@Check
	public void checkRemovalTargetInBase(Removal removal) {
		checkInBase(removal, removal.getTarget(), Literals.REMOVAL__TARGET, "remove");
	}

	@Check
	public void checkTieChangeInBase(TieChange change) {
		checkInBase(change, change.getTie(), Literals.TIE_CHANGE__TIE, "change");
	}

	@Check
	public void checkThreatChangeInBase(ThreatChange change) {
		checkInBase(change, change.getThreat(), Literals.THREAT_CHANGE__THREAT, "change");
	}

	@Check
	public void checkStanceChangeHasStance(StanceChange change) {
		if (change.getObjective() == null || change.getObjective().eIsProxy() || change.getState() == null
				|| change.getState().eIsProxy()) {
			return;
		}
		for (Stance stance : change.getObjective().getStances()) {
			if (stance.getState() == change.getState()) {
				return;
			}
		}
		error(change.getState().getName() + " takes no stance on " + change.getObjective().getName()
				+ " that could change.", change, Literals.STANCE_CHANGE__STATE, NOT_IN_BASE);
	}

	@Check
	public void checkWithdrawal(Withdrawal withdrawal) {
		Alliance alliance = withdrawal.getAlliance();
		org.entente.model.State state = withdrawal.getState();
		if (alliance == null || alliance.eIsProxy() || state == null || state.eIsProxy()) {
			return;
		}
		Scenario scenario = EcoreUtil2.getContainerOfType(withdrawal, Scenario.class);
		boolean member = alliance.getMemberships().stream().anyMatch(m -> m.getState() == state);
		if (!member && scenario != null) {
			member = scenario.getChanges().stream().anyMatch(
					c -> c instanceof Accession a && a.getAlliance() == alliance && a.getState() == state);
		}
		if (!member) {
			error(state.getName() + " is not a member of " + alliance.getName() + ", so it cannot withdraw.",
					withdrawal, Literals.WITHDRAWAL__STATE, NOT_A_MEMBER);
		}
	}

	private void checkInBase(Change change, EObject target, EReference feature, String verb) {
		if (target == null || target.eIsProxy()) {
			return;
		}
		Scenario variant = EcoreUtil2.getContainerOfType(change, Scenario.class);
		if (variant == null || variant.getBase() == null || variant.getBase().eIsProxy()) {
			return;
		}
		Scenario owner = EcoreUtil2.getContainerOfType(target, Scenario.class);
		if (owner == variant) {
			error("A variant can only " + verb + " what its base has; " + name(target)
					+ " is defined in this variant itself.", change, feature, NOT_IN_BASE);
		} else if (!basesAndImports(variant.getBase()).contains(owner)) {
			error("The base scenario " + variant.getBase().getName() + " does not have " + name(target) + ".", change,
					feature, NOT_IN_BASE);
		}
	}

	private static String name(EObject element) {
		return element instanceof NamedElement named && named.getName() != null ? "'" + named.getName() + "'"
				: "this element";
	}

	/** The scenario, its bases and everything they import, transitively. */
	private static Set<Scenario> basesAndImports(Scenario scenario) {
		Set<Scenario> result = Collections.newSetFromMap(new IdentityHashMap<>());
		List<Scenario> work = new ArrayList<>();
		work.add(scenario);
		while (!work.isEmpty()) {
			Scenario next = work.remove(work.size() - 1);
			if (next == null || next.eIsProxy() || !result.add(next)) {
				continue;
			}
			work.add(next.getBase());
			work.addAll(importedScenarios(next));
		}
		return result;
	}

	// ---------------------------------------------------------------- imports and cycles

	@Check
	public void checkImport(Import anImport) {
		String text = anImport.getImportURI();
		Resource resource = anImport.eResource();
		if (text == null || resource == null) {
			return;
		}
		if (!ImportUris.isLocal(text)) {
			error("Imports are local files only: '" + text + "' is not read (write a path relative to this file, an "
					+ "absolute path or a file: URI).", anImport, Literals.IMPORT__IMPORT_URI, IMPORT_UNRESOLVED);
			return;
		}
		if (!ImportUris.isScenarioFile(text)) {
			error("Imports are Entente scenario files: '" + text + "' does not end in " + EntenteFiles.SUFFIX + " and is not read (an XMI model or another format cannot be imported).", anImport,
					Literals.IMPORT__IMPORT_URI, IMPORT_UNRESOLVED);
			return;
		}
		Resource imported = load(resource, text);
		if (imported == null) {
			error("Cannot read the imported file '" + text + "' (resolved against " + resource.getURI().trimSegments(1)
					+ ").", anImport, Literals.IMPORT__IMPORT_URI, IMPORT_UNRESOLVED);
			return;
		}
		if (imported == resource) {
			error("A file cannot import itself.", anImport, Literals.IMPORT__IMPORT_URI, CYCLE);
			return;
		}
		if (reaches(imported, resource, new HashSet<>())) {
			error("Import cycle: '" + text + "' imports this file back, directly or through other files.", anImport,
					Literals.IMPORT__IMPORT_URI, CYCLE);
		}
	}

	@Check
	public void checkBaseCycle(Scenario scenario) {
		Set<Scenario> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Scenario current = scenario.getBase();
		while (current != null && !current.eIsProxy()) {
			if (current == scenario) {
				error("The scenario extends itself through its chain of bases.", scenario, Literals.SCENARIO__BASE,
						CYCLE);
				return;
			}
			if (!seen.add(current)) {
				return;
			}
			current = current.getBase();
		}
	}

	@Check(CheckType.NORMAL)
	public void checkNamesUniqueAcrossImports(Scenario scenario) {
		Map<String, Resource> imported = new HashMap<>();
		Set<Resource> visited = new HashSet<>();
		visited.add(scenario.eResource());
		collectImportedNames(scenario.eResource(), imported, visited);
		// Named elements are the scenario's direct contents: the rest (periods, capabilities...) has no name.
		for (EObject element : scenario.eContents()) {
			if (element instanceof NamedElement named && named.getName() != null
					&& imported.containsKey(named.getName())) {
				error("'" + named.getName() + "' is already defined in the imported file "
						+ imported.get(named.getName()).getURI().lastSegment() + "; names are shared across imports.",
						named, Literals.NAMED_ELEMENT__NAME, DUPLICATE_ACROSS_FILES);
			}
		}
		if (scenario.getName() != null && imported.containsKey(scenario.getName())) {
			error("'" + scenario.getName() + "' is already defined in the imported file "
					+ imported.get(scenario.getName()).getURI().lastSegment() + ".", scenario,
					Literals.NAMED_ELEMENT__NAME, DUPLICATE_ACROSS_FILES);
		}
	}

	private static void collectImportedNames(Resource resource, Map<String, Resource> names, Set<Resource> visited) {
		for (Resource imported : importedResources(resource)) {
			if (!visited.add(imported)) {
				continue;
			}
			for (EObject element : (Iterable<EObject>) () -> imported.getAllContents()) {
				if (element instanceof NamedElement named && named.getName() != null) {
					names.putIfAbsent(named.getName(), imported);
				}
			}
			collectImportedNames(imported, names, visited);
		}
	}

	private static boolean reaches(Resource from, Resource target, Set<URI> visited) {
		if (!visited.add(from.getURI())) {
			return false;
		}
		for (Resource next : importedResources(from)) {
			if (next == target || reaches(next, target, visited)) {
				return true;
			}
		}
		return false;
	}

	private static List<Resource> importedResources(Resource resource) {
		List<Resource> result = new ArrayList<>();
		for (EObject root : resource.getContents()) {
			if (root instanceof Scenario scenario) {
				for (Import anImport : scenario.getImports()) {
					Resource imported = load(resource, anImport.getImportURI());
					if (imported != null) {
						result.add(imported);
					}
				}
			}
		}
		return result;
	}

	private static List<Scenario> importedScenarios(Scenario scenario) {
		List<Scenario> result = new ArrayList<>();
		if (scenario.eResource() == null) {
			return result;
		}
		for (Resource resource : importedResources(scenario.eResource())) {
			for (EObject root : resource.getContents()) {
				if (root instanceof Scenario imported) {
					result.add(imported);
				}
			}
		}
		return result;
	}

	private static Resource load(Resource context, String importUri) {
		if (!ImportUris.isFollowed(importUri)) {
			return null;
		}
		try {
			Resource resource = EcoreUtil2.getResource(context, importUri);
			return resource != null && !resource.getContents().isEmpty() ? resource : null;
		} catch (RuntimeException unreadable) {
			return null;
		}
	}

	private static String format(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
				: Double.toString(value);
	}
}
