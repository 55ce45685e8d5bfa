package org.entente.dsl.ui.internal.outline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.entente.dsl.ui.internal.EntenteLanguageService;

/**
 * The Properties view of a scenario element: every attribute and reference of the model element, read from the
 * language server's current model. Read-only, because the text is the master copy: edit the text (or, later, the
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
				Map<String, String> model = EntenteLanguageService.get().server()
						.read(element.file(), (document, resource) -> modelValues(document.getOffSet(
								element.symbol().getSelectionRange().getStart()), resource))
						.get(5, TimeUnit.SECONDS);
				model.forEach((name, value) -> values.put("model." + name, new String[] { MODEL, value }));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			} catch (Exception e) {
				values.put("model", new String[] { MODEL, "unavailable: " + e.getMessage() });
			}
		}
		return values;
	}

	private static Map<String, String> modelValues(int offset, XtextResource resource) {
		Map<String, String> result = new LinkedHashMap<>();
		EObject object = new EObjectAtOffsetHelper().resolveContainedElementAt(resource, offset);
		if (object == null) {
			return result;
		}
		result.put("type", object.eClass().getName());
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature instanceof EReference reference && reference.isContainment() && feature.isMany()) {
				result.put(feature.getName(), ((List<?>) object.eGet(feature)).size() + " element(s)");
				continue;
			}
			Object value = object.eGet(feature, false);
			if (value == null || feature instanceof EAttribute && !object.eIsSet(feature)) {
				continue;
			}
			result.put(feature.getName(), text(value));
		}
		return result;
	}

	private static String text(Object value) {
		if (value instanceof List<?> list) {
			List<String> parts = new ArrayList<>();
			list.forEach(item -> parts.add(text(item)));
			return String.join(", ", parts);
		}
		if (value instanceof EObject object) {
			EStructuralFeature name = object.eClass().getEStructuralFeature("name");
			if (object.eIsProxy()) {
				return "(unresolved)";
			}
			if (name != null && object.eGet(name) != null) {
				return String.valueOf(object.eGet(name));
			}
			return object.eClass().getName();
		}
		return String.valueOf(value);
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
