package org.entente.diagram.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.entente.diagram.edit.ScenarioTextPatcher.EditContext;
import org.entente.diagram.edit.ScenarioTextPatcher.Modification;
import org.entente.diagram.model.ElementIds;
import org.entente.model.Accession;
import org.entente.model.Alliance;
import org.entente.model.AllianceBasis;
import org.entente.model.EntenteFactory;
import org.entente.model.EntentePackage.Literals;
import org.entente.model.Membership;
import org.entente.model.NamedElement;
import org.entente.model.ObligationKind;
import org.entente.model.Period;
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
 * The diagram's edits as model modifications for {@link ScenarioTextPatcher}. New elements start in the year the
 * diagram shows. In a variant, removing something its base defines becomes a change of the variant ({@code remove
 * X from YEAR}, {@code withdraw S from A in YEAR}) and a new member of a base alliance an accession, so the base
 * file is never touched.
 */
public final class DiagramEdits {
	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
	/** What a name may be, for messages. */
	public static final String NAME_RULE = "letters, digits and _, not starting with a digit";
	private static final EntenteFactory FACTORY = EntenteFactory.eINSTANCE;
	/** Default strength of a new tie and level of a new threat: the middle of the scale, for the analyst to set. */
	private static final double DEFAULT_WEIGHT = 0.5;
	/** Tie kinds that read source to target (a supplier and its client); the others are symmetric. */
	private static final Set<TieKind> DIRECTED_KINDS = Set.of(TieKind.ARMS_TRANSFER, TieKind.AID,
			TieKind.TRADE_DEPENDENCE);

	private DiagramEdits() {
	}

	/** Whether {@code text} is a name of the language (an ID; a keyword needs a leading ^ in the text). */
	public static boolean isName(String text) {
		return text != null && NAME.matcher(text).matches();
	}

	/** A new state with a fresh code. */
	public static Modification createState() {
		return context -> {
			Scenario scenario = context.scenario();
			State state = FACTORY.createState();
			state.setName(freshName(scenario, "NEW"));
			state.setLabel("New state");
			if (context.isVariant()) {
				state.getExistence().add(from(context.year()));
			}
			context.insert(scenario, Literals.SCENARIO__STATES, state);
			return ElementIds.state(state);
		};
	}

	/** A new defense alliance with a fresh name, in force from the year shown. */
	public static Modification createAlliance() {
		return context -> {
			Scenario scenario = context.scenario();
			Alliance alliance = FACTORY.createAlliance();
			alliance.setName(freshName(scenario, "Alliance"));
			alliance.setObligation(ObligationKind.DEFENSE);
			alliance.setBasis(AllianceBasis.INTEREST);
			alliance.setPeriod(from(context.year()));
			context.insert(scenario, Literals.SCENARIO__ALLIANCES, alliance);
			return ElementIds.alliance(alliance);
		};
	}

	/** {@code state} joins {@code alliance} in the year shown (an accession in a variant whose base has the alliance). */
	public static Modification createMembership(URI stateUri, URI allianceUri) {
		return context -> {
			State state = context.resolve(stateUri, State.class);
			Alliance alliance = context.resolve(allianceUri, Alliance.class);
			if (context.isOwn(alliance)) {
				Membership membership = FACTORY.createMembership();
				membership.setState(state);
				membership.setPeriod(from(context.year()));
				context.insert(alliance, Literals.ALLIANCE__MEMBERSHIPS, membership);
			} else if (context.isVariant()) {
				Accession accession = FACTORY.createAccession();
				accession.setState(state);
				accession.setAlliance(alliance);
				accession.setYear(context.year());
				context.insert(context.scenario(), Literals.SCENARIO__CHANGES, accession);
			} else {
				throw definedElsewhere(alliance);
			}
			return ElementIds.membership(alliance, state, 0);
		};
	}

	/** A tie of {@code kind} between two states, from the year shown; directed for supply and dependence kinds. */
	public static Modification createTie(TieKind kind, URI sourceUri, URI targetUri) {
		return context -> {
			State source = context.resolve(sourceUri, State.class);
			State target = context.resolve(targetUri, State.class);
			if (source == target) {
				throw new EditRefusedException("A tie needs two different states.");
			}
			Tie tie = FACTORY.createTie();
			tie.setKind(kind);
			tie.setSource(source);
			tie.setTarget(target);
			tie.setDirected(DIRECTED_KINDS.contains(kind));
			tie.setStrength(DEFAULT_WEIGHT);
			tie.setPeriod(from(context.year()));
			context.insert(context.scenario(), Literals.SCENARIO__TIES, tie);
			return ElementIds.tie(tie, 0);
		};
	}

	/** {@code perceiver} fears {@code target} from the year shown. */
	public static Modification createThreat(URI perceiverUri, URI targetUri) {
		return context -> {
			State perceiver = context.resolve(perceiverUri, State.class);
			State target = context.resolve(targetUri, State.class);
			if (perceiver == target) {
				throw new EditRefusedException("A state cannot fear itself.");
			}
			Threat threat = FACTORY.createThreat();
			threat.setName(freshName(context.scenario(), camel(perceiver.getName()) + "Fears" + camel(target.getName())));
			threat.setPerceiver(perceiver);
			threat.setTarget(target);
			threat.setLevel(DEFAULT_WEIGHT);
			threat.setPeriod(from(context.year()));
			context.insert(context.scenario(), Literals.SCENARIO__THREATS, threat);
			return ElementIds.threat(threat);
		};
	}

	/** Renames a state, alliance or threat; references in the same file follow. */
	public static Modification rename(URI elementUri, String newName) {
		return context -> {
			NamedElement element = context.resolve(elementUri, NamedElement.class);
			if (!context.isOwn(element)) {
				throw definedElsewhere(element);
			}
			String name = newName == null ? "" : newName.trim();
			if (!isName(name)) {
				throw new EditRefusedException("'" + name + "' is not a name: use " + NAME_RULE + ".");
			}
			if (!name.equals(element.getName()) && nameTaken(context.scenario(), name)) {
				throw new EditRefusedException("The scenario already has an element named " + name + ".");
			}
			context.rename(element, name);
			return null;
		};
	}

	/**
	 * Deletes elements. What cannot exist without them goes too (a state's ties, threats, memberships and stances;
	 * the changes that name them). In a variant, elements of the base are removed from the year shown instead.
	 */
	public static Modification delete(Collection<URI> elementUris) {
		return context -> {
			Set<EObject> doomed = new LinkedHashSet<>();
			for (URI uri : elementUris) {
				EObject element = context.resolve(uri, EObject.class);
				if (context.isOwn(element)) {
					doomed.add(element);
				} else if (context.isVariant() && element instanceof NamedElement named) {
					Removal removal = FACTORY.createRemoval();
					removal.setTarget(named);
					removal.setYear(context.year());
					context.insert(context.scenario(), Literals.SCENARIO__CHANGES, removal);
				} else if (context.isVariant() && element instanceof Membership membership) {
					context.insert(context.scenario(), Literals.SCENARIO__CHANGES,
							withdrawal(membership.getState(), membership.getAlliance(), context.year()));
				} else {
					throw definedElsewhere(element);
				}
			}
			deleteWithDependents(context, doomed);
			return null;
		};
	}

	/**
	 * {@code state} leaves {@code alliance}: its membership is deleted, or in a variant whose base defines it, the
	 * variant withdraws the state in the year shown.
	 */
	public static Modification removeMember(URI stateUri, URI allianceUri) {
		return context -> {
			State state = context.resolve(stateUri, State.class);
			Alliance alliance = context.resolve(allianceUri, Alliance.class);
			Set<EObject> doomed = new LinkedHashSet<>();
			if (context.isOwn(alliance)) {
				alliance.getMemberships().stream().filter(m -> m.getState() == state).forEach(doomed::add);
			}
			context.scenario().getChanges().stream()
					.filter(change -> change instanceof Accession accession && accession.getState() == state
							&& accession.getAlliance() == alliance)
					.forEach(doomed::add);
			if (doomed.isEmpty()) {
				if (!context.isVariant()) {
					throw definedElsewhere(alliance);
				}
				context.insert(context.scenario(), Literals.SCENARIO__CHANGES, withdrawal(state, alliance,
						context.year()));
			}
			deleteWithDependents(context, doomed);
			return null;
		};
	}

	/** Connects a tie or threat to other states. */
	public static Modification reconnect(URI edgeUri, URI sourceUri, URI targetUri) {
		return context -> {
			EObject edge = context.resolve(edgeUri, EObject.class);
			if (!context.isOwn(edge)) {
				throw definedElsewhere(edge);
			}
			State source = context.resolve(sourceUri, State.class);
			State target = context.resolve(targetUri, State.class);
			if (source == target) {
				throw new EditRefusedException("Both ends would be " + source.getName() + ".");
			}
			if (edge instanceof Tie tie) {
				context.setReference(tie, Literals.TIE__SOURCE, source);
				context.setReference(tie, Literals.TIE__TARGET, target);
				return ElementIds.tie(tie, 0);
			}
			if (edge instanceof Threat threat) {
				context.setReference(threat, Literals.THREAT__PERCEIVER, source);
				context.setReference(threat, Literals.THREAT__TARGET, target);
				return ElementIds.threat(threat);
			}
			throw new EditRefusedException("Only ties and threats can be reconnected; delete the membership and"
					+ " create another.");
		};
	}

	/** Moves a membership to another state or alliance. */
	public static Modification reconnectMember(URI oldState, URI oldAlliance, URI newState, URI newAlliance) {
		return context -> {
			State state = context.resolve(oldState, State.class);
			Alliance alliance = context.resolve(oldAlliance, Alliance.class);
			Membership membership = alliance.getMemberships().stream().filter(m -> m.getState() == state)
					.findFirst().orElse(null);
			if (membership == null || !context.isOwn(membership)) {
				throw definedElsewhere(alliance);
			}
			Alliance target = context.resolve(newAlliance, Alliance.class);
			if (!context.isOwn(target)) {
				throw definedElsewhere(target);
			}
			State newMember = context.resolve(newState, State.class);
			if (target == alliance) {
				context.setReference(membership, Literals.MEMBERSHIP__STATE, newMember);
				return ElementIds.membership(target, newMember, 0);
			}
			Membership moved = EcoreUtil.copy(membership);
			moved.setState(newMember);
			context.remove(membership);
			context.insert(target, Literals.ALLIANCE__MEMBERSHIPS, moved);
			return ElementIds.membership(target, newMember, 0);
		};
	}

	private static Withdrawal withdrawal(State state, Alliance alliance, int year) {
		Withdrawal withdrawal = FACTORY.createWithdrawal();
		withdrawal.setState(state);
		withdrawal.setAlliance(alliance);
		withdrawal.setYear(year);
		return withdrawal;
	}

	/**
	 * Deletes {@code doomed} and, until nothing changes, whatever refers to a deleted element and cannot lose it;
	 * lists of references (an alliance's targets, an event's affected elements) just lose the deleted ones.
	 */
	private static void deleteWithDependents(EditContext context, Set<EObject> doomed) {
		Scenario scenario = context.scenario();
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Iterator<EObject> contents = scenario.eAllContents(); contents.hasNext();) {
				EObject candidate = contents.next();
				if (!doomed.contains(candidate) && dependsOn(candidate, doomed)) {
					doomed.add(candidate);
					grew = true;
				}
			}
		}
		for (Iterator<EObject> contents = scenario.eAllContents(); contents.hasNext();) {
			EObject candidate = contents.next();
			if (doomed.contains(candidate) || insideDoomed(candidate, doomed)) {
				continue;
			}
			for (EReference reference : candidate.eClass().getEAllReferences()) {
				if (reference.isMany() && !reference.isContainment() && !reference.isContainer()) {
					Set<EObject> gone = new LinkedHashSet<>();
					for (Object value : (List<?>) candidate.eGet(reference, false)) {
						if (doomed.contains(value)) {
							gone.add((EObject) value);
						}
					}
					if (!gone.isEmpty()) {
						context.removeReferences(candidate, reference, gone);
					}
				}
			}
		}
		for (EObject element : new ArrayList<>(doomed)) {
			if (!insideDoomed(element, doomed)) {
				context.remove(element);
			}
		}
	}

	private static boolean insideDoomed(EObject element, Set<EObject> doomed) {
		for (EObject ancestor = element.eContainer(); ancestor != null; ancestor = ancestor.eContainer()) {
			if (doomed.contains(ancestor)) {
				return true;
			}
		}
		return false;
	}

	private static boolean dependsOn(EObject candidate, Set<EObject> doomed) {
		if (insideDoomed(candidate, doomed)) {
			return false; // goes with its container anyway
		}
		if (candidate instanceof Tie tie) {
			return doomed.contains(tie.getSource()) || doomed.contains(tie.getTarget());
		}
		if (candidate instanceof Threat threat) {
			return doomed.contains(threat.getPerceiver()) || doomed.contains(threat.getTarget());
		}
		if (candidate instanceof Membership membership) {
			return doomed.contains(membership.getState());
		}
		if (candidate instanceof Stance stance) {
			return doomed.contains(stance.getState());
		}
		if (candidate instanceof Accession accession) {
			return doomed.contains(accession.getState()) || doomed.contains(accession.getAlliance());
		}
		if (candidate instanceof Withdrawal withdrawal) {
			return doomed.contains(withdrawal.getState()) || doomed.contains(withdrawal.getAlliance());
		}
		if (candidate instanceof Removal removal) {
			return doomed.contains(removal.getTarget());
		}
		if (candidate instanceof TieChange change) {
			return doomed.contains(change.getTie());
		}
		if (candidate instanceof ThreatChange change) {
			return doomed.contains(change.getThreat());
		}
		if (candidate instanceof StanceChange change) {
			return doomed.contains(change.getState());
		}
		return false;
	}

	private static EditRefusedException definedElsewhere(EObject element) {
		String name = element instanceof NamedElement named ? named.getName() : element.eClass().getName();
		String file = element.eResource() == null ? "another file" : element.eResource().getURI().lastSegment();
		return new EditRefusedException(name + " is defined in " + file + "; edit it there.");
	}

	private static Period from(int year) {
		Period period = FACTORY.createPeriod();
		period.setFrom(year);
		return period;
	}

	private static String freshName(Scenario scenario, String stem) {
		if (!nameTaken(scenario, stem)) {
			return stem;
		}
		for (int suffix = 2;; suffix++) {
			if (!nameTaken(scenario, stem + suffix)) {
				return stem + suffix;
			}
		}
	}

	private static boolean nameTaken(Scenario scenario, String name) {
		for (Iterator<EObject> contents = scenario.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof NamedElement named && name.equals(named.getName())) {
				return true;
			}
		}
		return false;
	}

	/** {@code TUR} as {@code Tur}, as threat names in the examples read ({@code TurFearsRus}). */
	private static String camel(String code) {
		return code.isEmpty() ? code : code.charAt(0) + code.substring(1).toLowerCase(java.util.Locale.ROOT);
	}
}
