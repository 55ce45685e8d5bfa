package org.entente.diagram.glsp;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.entente.model.NamedElement;
import org.entente.model.Period;
import org.entente.model.world.Years;

/**
 * What the scenario says of an element, as text by feature name, read reflectively from the EMF model so that
 * new attributes show without code here: attributes, the period, and single references by name.
 */
final class ElementProperties {
	private ElementProperties() {
	}

	static Map<String, String> of(EObject element) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("type", element.eClass().getName());
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			if (!attribute.isMany() && element.eIsSet(attribute)) {
				properties.put(attribute.getName(), String.valueOf(element.eGet(attribute)));
			}
		}
		for (EReference reference : element.eClass().getEAllReferences()) {
			if (reference.isMany() || reference.isContainer() || !element.eIsSet(reference)) {
				continue;
			}
			Object value = element.eGet(reference);
			if (value instanceof Period period) {
				properties.put(reference.getName(), Years.format(period));
			} else if (value instanceof NamedElement named && !reference.isContainment()) {
				properties.put(reference.getName(), named.getName());
			}
		}
		return properties;
	}
}
