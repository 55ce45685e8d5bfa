package org.entente.dsl.ui.internal.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.entente.dsl.ui.internal.EntenteLanguageService;
import org.entente.model.edit.ScenarioItems;
import org.entente.model.edit.ScenarioItems.Property;
import org.entente.model.edit.ui.ItemPropertySource;

/**
 * The Properties view of an element selected in the Outline or the Project Explorer: where it is written, and what
 * the scenario says of it ({@link ScenarioItems#describe}, the same as for a diagram selection), read from the
 * language server's current model.
 */
final class ScenarioElementProperties {

	private static final String TEXT = "Text";
	private static final long MODEL_TIMEOUT_SECONDS = 5;

	private ScenarioElementProperties() {
	}

	static ItemPropertySource of(ScenarioElement element) {
		return new ItemPropertySource(element, () -> read(element));
	}

	private static List<Property> read(ScenarioElement element) {
		List<Property> properties = new ArrayList<>();
		properties.add(new Property(TEXT, "name", element.symbol().getName()));
		properties.add(new Property(TEXT, "kind", element.symbol().getKind().name()));
		properties.add(new Property(TEXT, "lines", (element.symbol().getRange().getStart().getLine() + 1) + "-"
				+ (element.symbol().getRange().getEnd().getLine() + 1)));
		properties.add(new Property(TEXT, "file", element.file().toString()));
		try {
			properties.addAll(EntenteLanguageService.get().server()
					.read(element.file(), (document, resource) -> modelProperties(
							document.getOffSet(element.symbol().getSelectionRange().getStart()), resource))
					.get(MODEL_TIMEOUT_SECONDS, TimeUnit.SECONDS));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (ExecutionException | TimeoutException | RuntimeException e) {
			properties.add(new Property(ScenarioItems.SCENARIO, "model", "unavailable: " + e.getMessage()));
		}
		return properties;
	}

	private static List<Property> modelProperties(int offset, XtextResource resource) {
		EObject object = new EObjectAtOffsetHelper().resolveContainedElementAt(resource, offset);
		return object == null ? List.of() : ScenarioItems.describe(object);
	}
}
