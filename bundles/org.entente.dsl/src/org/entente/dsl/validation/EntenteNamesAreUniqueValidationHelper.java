package org.entente.dsl.validation;

import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.validation.NamesAreUniqueValidationHelper;
import org.entente.model.EntentePackage;

import com.google.common.collect.ImmutableSet;

/**
 * All named elements share one name space: {@code remove X} and {@code affects X} may denote a state, an alliance, a
 * tie... so a state and an alliance must not share a name either.
 */
public class EntenteNamesAreUniqueValidationHelper extends NamesAreUniqueValidationHelper {

	@Override
	protected ImmutableSet<EClass> getClusterTypes() {
		return ImmutableSet.of(EntentePackage.Literals.NAMED_ELEMENT);
	}

	/** In the language's words: Xtext says "Duplicate NamedElement 'USA' in Scenario 'x'". */
	@Override
	public String getDuplicateNameErrorMessage(IEObjectDescription description, EClass clusterType,
			EStructuralFeature feature) {
		String name = description.getName() == null ? "" : description.getName().toString();
		String kind = description.getEClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return "Duplicate name '" + name + "': this " + kind + " has the name of another element of the scenario or of "
				+ "the files it imports (states, alliances, ties, threats and the others share one name space).";
	}
}
