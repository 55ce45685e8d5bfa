package org.entente.dsl.ui.internal.outline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.entente.dsl.ui.internal.EntenteLanguageService;
import org.entente.model.edit.ScenarioItems;

/**
 * The Properties view of a scenario element: the properties its EMF.Edit item provider describes
 * ({@link ScenarioItems}, the same as for a diagram selection), read from the language server's current model. Read-only, because the text is the master copy: edit the text (or, later, the
 * diagram) to change it.
 */
final class ScenarioElementProperties implements IPropertySource {

	private static final String MODEL = "Model";
	private static final String TEXT = "Text";

	private final ScenarioElement element;
	private Map<String, String[]> values;

	ScenarioElementProperties(ScenarioElement element) {
		this.element = element;
	}

	private synchronized Map<String, String[]> values() {
		if (values == null) {
			values = new LinkedHashMap<>();
			values.put("name", new String[] { TEXT, element.symbol().getName() });
			values.put("kind", new String[] { TEXT, element.symbol().getKind().name() });
			values.put("lines", new String[] { TEXT, (element.symbol().getRange().getStart().getLine() + 1) + "-"
					+ (element.symbol().getRange().getEnd().getLine() + 1) });
			values.put("file", new String[] { TEXT, element.file().toString() });
			try {
				Map<String, String[]> model = EntenteLanguageService.get().server()
						.read(element.file(), (document, resource) -> modelValues(document.getOffSet(
								element.symbol().getSelectionRange().getStart()), resource))
						.get(5, TimeUnit.SECONDS);
				model.forEach((name, value) -> values.put("model." + name, value));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			} catch (Exception e) {
				values.put("model", new String[] { MODEL, "unavailable: " + e.getMessage() });
			}
		}
		return values;
	}

	/** What the scenario says of the element at the offset: its item provider's properties (EMF.Edit). */
	private static Map<String, String[]> modelValues(int offset, XtextResource resource) {
		Map<String, String[]> result = new LinkedHashMap<>();
		EObject object = new EObjectAtOffsetHelper().resolveContainedElementAt(resource, offset);
		if (object == null) {
			return result;
		}
		result.put("Type", new String[] { MODEL, object.eClass().getName() });
		for (ScenarioItems.Property property : ScenarioItems.properties(object)) {
			result.putIfAbsent(property.name(), new String[] { property.category(), property.value() });
		}
		return result;
	}

	@Override
	public Object getEditableValue() {
		return this;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		return values().entrySet().stream().map(entry -> {
			PropertyDescriptor descriptor = new PropertyDescriptor(entry.getKey(),
					entry.getKey().startsWith("model.") ? entry.getKey().substring(6) : entry.getKey());
			descriptor.setCategory(entry.getValue()[0]);
			return descriptor;
		}).toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		String[] value = values().get(id);
		return value == null ? null : value[1];
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// read-only
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// read-only: the text is the master copy
	}
}
