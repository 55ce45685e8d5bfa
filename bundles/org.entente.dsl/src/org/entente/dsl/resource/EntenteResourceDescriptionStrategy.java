package org.entente.dsl.resource;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.entente.dsl.scoping.EntenteGlobalScopeProvider;
import org.entente.model.Scenario;

/**
 * Exports the scenario and its top-level elements (states, alliances, ties...), the only elements that have names.
 * It does not descend into them: a large scenario's capability series, periods and memberships hold nothing to
 * export, and walking them dominated the indexing of large files.
 * <p>
 * The scenario's description carries its imports ({@link EntenteGlobalScopeProvider#IMPORTS}), so that the files
 * importing this one can follow them without loading it.
 */
public class EntenteResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	@Override
	public boolean createEObjectDescriptions(EObject element, IAcceptor<IEObjectDescription> acceptor) {
		if (element instanceof Scenario scenario) {
			QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(scenario);
			if (name != null) {
				String imports = String.join("\n", EntenteGlobalScopeProvider.importsAsWritten(scenario));
				acceptor.accept(EObjectDescription.create(name, scenario,
						imports.isEmpty() ? Map.of() : Map.of(EntenteGlobalScopeProvider.IMPORTS, imports)));
			}
			return true;
		}
		super.createEObjectDescriptions(element, acceptor);
		return false;
	}
}
