package org.entente.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.entente.model.NamedElement;

/**
 * Names are simple and global: a state is {@code USA} wherever it is used. Only named elements have a name, read
 * directly rather than by reflection, because names are computed for every element of large scenarios.
 */
public class EntenteQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	@Override
	public QualifiedName getFullyQualifiedName(EObject element) {
		if (element instanceof NamedElement named && named.getName() != null && !named.getName().isEmpty()) {
			return QualifiedName.create(named.getName());
		}
		return null;
	}
}
