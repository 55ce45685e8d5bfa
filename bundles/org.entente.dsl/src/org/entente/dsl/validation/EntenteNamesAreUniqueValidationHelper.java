package org.entente.dsl.validation;

import org.eclipse.emf.ecore.EClass;
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
}
