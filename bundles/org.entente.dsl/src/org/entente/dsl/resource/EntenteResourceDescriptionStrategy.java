package org.entente.dsl.resource;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.entente.model.Scenario;

/**
 * Exports the scenario and its top-level elements (states, alliances, ties...), the only elements that have names.
 * It does not descend into them: a large scenario's capability series, periods and memberships hold nothing to
 * export, and walking them dominated the indexing of large files.
 */
public class EntenteResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	@Override
	public boolean createEObjectDescriptions(EObject element, IAcceptor<IEObjectDescription> acceptor) {
		super.createEObjectDescriptions(element, acceptor);
		return element instanceof Scenario;
	}
}
