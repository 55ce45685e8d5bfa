package org.entente.dsl.ide.highlighting;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;
import org.entente.model.EntentePackage;
import org.entente.model.NamedElement;

/**
 * Colors names by what they denote, wherever they appear (declaration or reference): states, alliances, ties,
 * threats, objectives, sources and scenarios each have a style, so an analyst sees at a glance what a line relates.
 */
public class EntenteSemanticHighlightingCalculator extends DefaultSemanticHighlightingCalculator {

	/** Style ids, one per kind of named element; clients map them to colors. */
	public static final String STATE = "entente.state";
	public static final String ALLIANCE = "entente.alliance";
	public static final String TIE = "entente.tie";
	public static final String THREAT = "entente.threat";
	public static final String OBJECTIVE = "entente.objective";
	public static final String SOURCE = "entente.source";
	public static final String SCENARIO = "entente.scenario";
	public static final String EVENT = "entente.event";

	private static final Map<String, String> STYLE_BY_CLASS = Map.of("State", STATE, "Alliance", ALLIANCE, "Tie",
			TIE, "Threat", THREAT, "Objective", OBJECTIVE, "Source", SOURCE, "Scenario", SCENARIO, "Event", EVENT);

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (object instanceof NamedElement named) {
			String style = STYLE_BY_CLASS.get(named.eClass().getName());
			if (style != null) {
				for (INode node : NodeModelUtils.findNodesForFeature(named,
						EntentePackage.Literals.NAMED_ELEMENT__NAME)) {
					acceptor.addPosition(node.getOffset(), node.getLength(), style);
				}
			}
		}
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer()) {
				continue;
			}
			String style = STYLE_BY_CLASS.get(reference.getEReferenceType().getName());
			for (INode node : NodeModelUtils.findNodesForFeature(object, reference)) {
				String resolved = style;
				if (resolved == null) {
					Object target = object.eGet(reference, false);
					resolved = target instanceof EObject eObject && !eObject.eIsProxy()
							? STYLE_BY_CLASS.get(eObject.eClass().getName())
							: null;
				}
				if (resolved != null) {
					acceptor.addPosition(node.getOffset(), node.getLength(), resolved);
				}
			}
		}
		return false;
	}
}
