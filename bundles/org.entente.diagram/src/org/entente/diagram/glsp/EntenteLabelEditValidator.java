package org.entente.diagram.glsp;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.directediting.ValidationStatus;
import org.entente.diagram.edit.DiagramEdits;

import com.google.inject.Inject;

/** Checks a new name while it is typed: a name of the language, and not one the scenario already has. */
public class EntenteLabelEditValidator implements LabelEditValidator {
	@Inject
	private EntenteModelState state;

	@Override
	public ValidationStatus validate(String label, GModelElement element) {
		String name = label == null ? "" : label.trim();
		if (!DiagramEdits.isName(name)) {
			return ValidationStatus.error("Use " + DiagramEdits.NAME_RULE + ".");
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
