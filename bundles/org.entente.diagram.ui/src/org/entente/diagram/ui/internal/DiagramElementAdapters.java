package org.entente.diagram.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;
import org.entente.diagram.DiagramElement;
import org.entente.model.edit.ScenarioItems.Property;
import org.entente.model.edit.ui.ItemPropertySource;

/**
 * Shows a diagram selection in the Properties view: what the scenario says of the element, the same properties as
 * when it is selected in the Outline, and the line where it is written.
 */
public final class DiagramElementAdapters implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IPropertySource.class && adaptable instanceof DiagramElement element) {
			List<Property> properties = new ArrayList<>(element.properties());
			properties.add(new Property("Text", "line", String.valueOf(element.line())));
			return adapterType.cast(new ItemPropertySource(element, properties));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
