package org.entente.analysis;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.entente.model.NamedElement;

/**
 * A model element named in a result: a state, an alliance, a membership. Results hold references, not the elements
 * themselves, so that they stay plain data. Two references are equal when they name the same element type and name,
 * wherever the element is written: the same state in a scenario and in its variant is one state.
 *
 * @param name the element's name (a state code, an alliance name)
 * @param type the name of the element's class ({@code State}, {@code Alliance}), or empty when unknown
 * @param uri  the element's EMF URI, to locate it in the text, or {@code null} (results read back from JSON)
 */
public record ElementRef(String name, String type, String uri) {

	public ElementRef {
		Objects.requireNonNull(name, "name");
		type = type == null ? "" : type;
	}

	/** A reference to {@code element}; unnamed elements are named by their class. */
	public static ElementRef of(EObject element) {
		String name = element instanceof NamedElement named && named.getName() != null ? named.getName()
				: element.eClass().getName();
		String uri = element.eResource() != null ? EcoreUtil.getURI(element).toString() : null;
		return new ElementRef(name, element.eClass().getName(), uri);
	}

	/** A reference by name only, for results read back from a file. */
	public static ElementRef named(String name, String type) {
		return new ElementRef(name, type, null);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ElementRef ref && ref.name.equals(name) && ref.type.equals(type);
	}

	@Override
	public int hashCode() {
		return Objects.hash(name, type);
	}

	@Override
	public String toString() {
		return name;
	}
}
