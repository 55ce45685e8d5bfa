package org.entente.dsl.ide.quickfix;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.entente.dsl.validation.EntenteIssueCodes;
import org.entente.model.Alliance;
import org.entente.model.Membership;
import org.entente.model.Period;
import org.entente.model.Stance;
import org.entente.model.StanceChange;
import org.entente.model.Threat;
import org.entente.model.ThreatChange;
import org.entente.model.Tie;
import org.entente.model.TieChange;

/**
 * Fixes for the validator's issues, as model changes: Xtext's change serializer writes them back into the text and
 * keeps the rest of the file (comments, layout) as it was. The workbench editor and language server clients offer
 * them as code actions.
 */
public class EntenteQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	@QuickFix(EntenteIssueCodes.PERIOD_REVERSED)
	public void swapPeriodBounds(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Swap the start and end years", (EObject element) -> {
			if (element instanceof Period period) {
				Integer from = period.getFrom();
				period.setFrom(period.getTo());
				period.setTo(from);
			}
		});
	}

	@QuickFix(EntenteIssueCodes.VALUE_OUT_OF_RANGE)
	public void clampValue(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Bring the value into its range", (EObject element) -> {
			if (element instanceof Tie tie) {
				tie.setStrength(clamp(tie.getStrength(), -1, 1));
			} else if (element instanceof Threat threat) {
				threat.setLevel(clamp(threat.getLevel(), 0, 1));
			} else if (element instanceof Stance stance) {
				stance.setPosition(clamp(stance.getPosition(), -1, 1));
				stance.setWeight(Math.max(0, stance.getWeight()));
			} else if (element instanceof Alliance alliance) {
				alliance.setDepth(clamp(alliance.getDepth(), 0, 1));
			} else if (element instanceof TieChange change && change.getStrength() != null) {
				change.setStrength(clamp(change.getStrength(), -1, 1));
			} else if (element instanceof ThreatChange change) {
				change.setLevel(clamp(change.getLevel(), 0, 1));
			} else if (element instanceof StanceChange change) {
				change.setPosition(clamp(change.getPosition(), -1, 1));
			}
		});
	}

	@QuickFix(EntenteIssueCodes.DUPLICATE_MEMBERSHIP)
	public void removeDuplicateMembership(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Remove this membership", (EObject element) -> {
			if (element instanceof Membership membership) {
				EcoreUtil.remove(membership);
			}
		});
	}

	@QuickFix(EntenteIssueCodes.SELF_RELATION)
	public void removeSelfRelation(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Remove the element that relates a state to itself", (EObject element) -> {
			if (element instanceof Tie || element instanceof Threat) {
				EcoreUtil.remove(element);
			}
		});
	}

	private static double clamp(double value, double low, double high) {
		return Math.max(low, Math.min(high, value));
	}
}
