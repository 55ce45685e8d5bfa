package org.entente.diagram.ui.internal;

import java.util.Map;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.entente.diagram.DiagramElement;

/** Shows a diagram selection in the Properties view: what the scenario says of the element, read-only. */
public final class DiagramElementAdapters implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IPropertySource.class && adaptable instanceof DiagramElement element) {
			return adapterType.cast(new Properties(element));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}

	private record Properties(DiagramElement element) implements IPropertySource {
		@Override
		public Object getEditableValue() {
			return element;
		}

		@Override
		public IPropertyDescriptor[] getPropertyDescriptors() {
			Map<String, String> properties = element.properties();
			IPropertyDescriptor[] descriptors = new IPropertyDescriptor[properties.size() + 1];
			int index = 0;
			for (String name : properties.keySet()) {
				PropertyDescriptor descriptor = new PropertyDescriptor(name, name);
				descriptor.setCategory("Scenario");
				descriptors[index++] = descriptor;
			}
			PropertyDescriptor line = new PropertyDescriptor("line", "line");
			line.setCategory("Text");
			descriptors[index] = line;
			return descriptors;
		}

		@Override
		public Object getPropertyValue(Object id) {
			return "line".equals(id) ? String.valueOf(element.line()) : element.properties().get(id);
		}

		@Override
		public boolean isPropertySet(Object id) {
			return false;
		}

		@Override
		public void resetPropertyValue(Object id) {
		}

		@Override
		public void setPropertyValue(Object id, Object value) {
			// Read-only: the text is where elements change.
		}
	}
}
