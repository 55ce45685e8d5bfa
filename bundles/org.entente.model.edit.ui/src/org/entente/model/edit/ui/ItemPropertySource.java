package org.entente.model.edit.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.entente.model.edit.ScenarioItems;
import org.entente.model.edit.ScenarioItems.Property;

/**
 * The Properties view of a scenario element, read-only, from the properties its item provider describes
 * ({@link ScenarioItems#describe}) and whatever the selecting view adds (where the element is written). The Outline,
 * the Project Explorer and the diagram all show an element through this one class, so an element shows the same
 * properties wherever it is selected. Read-only, because the text is the master copy.
 *
 * <p>
 * EMF.Edit's own {@code PropertySource} lives in {@code org.eclipse.emf.edit.ui}, which is not on Maven Central; this
 * is the small part of it that Entente needs. A property's id is its display name ({@code Label}, {@code Region});
 * when two properties share a name the first is shown.
 */
public final class ItemPropertySource implements IPropertySource {

	private final Object editableValue;
	private final Supplier<List<Property>> source;
	private Map<String, Property> properties;

	/**
	 * @param editableValue what the Properties view reports as the element
	 * @param properties    the properties, in the order to show them
	 */
	public ItemPropertySource(Object editableValue, List<Property> properties) {
		this(editableValue, () -> properties);
	}

	/**
	 * A property source whose properties are read when the Properties view first asks for them, not when the element
	 * is adapted: reading them may wait for a model.
	 *
	 * @param editableValue what the Properties view reports as the element
	 * @param properties    reads the properties, in the order to show them; called at most once
	 */
	public ItemPropertySource(Object editableValue, Supplier<List<Property>> properties) {
		this.editableValue = editableValue;
		this.source = properties;
	}

	/** The properties shown, in order. */
	public List<Property> properties() {
		return List.copyOf(byName().values());
	}

	private synchronized Map<String, Property> byName() {
		if (properties == null) {
			properties = new LinkedHashMap<>();
			source.get().forEach(property -> properties.putIfAbsent(property.name(), property));
		}
		return properties;
	}

	@Override
	public Object getEditableValue() {
		return editableValue;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		return byName().values().stream().map(property -> {
			PropertyDescriptor descriptor = new PropertyDescriptor(property.name(), property.name());
			descriptor.setCategory(property.category());
			return descriptor;
		}).toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		Property property = byName().get(id);
		return property == null ? null : property.value();
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// Read-only: the text is where elements change.
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// Read-only: the text is where elements change.
	}
}
