package org.entente.diagram;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.entente.model.edit.ScenarioItems;
import org.entente.model.edit.ScenarioItems.Property;

/**
 * A diagram element and where the scenario element behind it is written.
 *
 * @param id the diagram id
 * @param uri the scenario element's EMF URI (file and fragment)
 * @param offset the offset of its text in that file
 * @param length the length of its text
 * @param line the 1-based line where it starts
 * @param properties what the scenario says of the element ({@link ScenarioItems#describe}), for a Properties view
 */
public record DiagramElement(String id, URI uri, int offset, int length, int line, List<Property> properties) {

	/** Copies the properties, in their order. */
	public DiagramElement {
		properties = List.copyOf(properties);
	}
}
