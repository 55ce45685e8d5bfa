package org.entente.diagram.glsp;

import java.util.regex.Pattern;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.directediting.ValidationStatus;

import com.google.inject.Inject;

/** Checks a new name while it is typed: a name of the language, and not one the scenario already has. */
public class EntenteLabelEditValidator implements LabelEditValidator {
	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
	@Inject
	private EntenteModelState state;

	@Override
	public ValidationStatus validate(String label, GModelElement element) {
		String name = label == null ? "" : label.trim();
		if (!NAME.matcher(name).matches()) {
			return ValidationStatus.error("Use letters, digits and _, starting with a letter.");
		}
		boolean own = state.element(element.getId()).map(e -> e.eResource() == state.parsed().resource())
				.orElse(false);
		if (!own) {
			return ValidationStatus.error("This element is defined in another file; rename it there.");
		}
		if (state.isNameTaken(name, element.getId())) {
			return ValidationStatus.error("The scenario already has an element named " + name + ".");
		}
		return ValidationStatus.ok();
	}
}
