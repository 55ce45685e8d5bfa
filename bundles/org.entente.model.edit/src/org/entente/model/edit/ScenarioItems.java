package org.entente.model.edit;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.entente.model.Alliance;
import org.entente.model.CapabilitySeries;
import org.entente.model.Membership;
import org.entente.model.NamedElement;
import org.entente.model.Stance;
import org.entente.model.State;
import org.entente.model.Threat;
import org.entente.model.Tie;
import org.entente.model.provider.EntenteItemProviderAdapterFactory;

/**
 * Labels, icons and properties of scenario elements, from the generated EMF.Edit item providers: the one place the
 * Outline, the Project Explorer, the Properties view (for text and diagram selections alike) and the diagram server
 * take them from. Headless: icons are URLs, which a UI turns into images.
 */
public final class ScenarioItems {

	/**
	 * One property of an element, as the Properties view shows it.
	 *
	 * @param category its group
	 * @param name     its display name ({@code Name}, {@code Ccode})
	 * @param value    its value as text
	 */
	public record Property(String category, String name, String value) {
	}

	/** The category of the properties the scenario gives an element. */
	public static final String SCENARIO = "Scenario";

	/** The name of the property that holds the element's metamodel class. */
	public static final String TYPE = "Type";

	private static final Set<String> CHANGES = Set.of("Removal", "Withdrawal", "Accession", "TieChange",
			"ThreatChange", "StanceChange");

	private static final ComposedAdapterFactory FACTORY = new ComposedAdapterFactory(new AdapterFactory[] {
			new EntenteItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory() });
	private static final AdapterFactoryItemDelegator ITEMS = new AdapterFactoryItemDelegator(FACTORY);

	private ScenarioItems() {
	}

	/** The adapter factory of the scenario metamodel's item providers. */
	public static AdapterFactory adapterFactory() {
		return FACTORY;
	}

	/**
	 * What a reader calls the element: a state's code and name ({@code USA — United States}), a tie's kind and ends
	 * ({@code partnership TUR -- RUS}), a membership's state, a threat's perceiver and target.
	 */
	public static synchronized String label(EObject element) {
		if (element instanceof State state) {
			return withTitle(state.getName(), state.getLabel());
		}
		if (element instanceof Alliance alliance) {
			return withTitle(alliance.getName(), alliance.getTitle());
		}
		if (element instanceof Membership membership) {
			String role = membership.getRole() == null ? "member" : membership.getRole().getLiteral();
			return role + " " + name(membership.getState());
		}
		if (element instanceof Tie tie) {
			return (tie.getName() == null ? "" : tie.getName() + ": ") + tie.getKind().getLiteral() + " "
					+ name(tie.getSource()) + (tie.isDirected() ? " -> " : " -- ") + name(tie.getTarget());
		}
		if (element instanceof Threat threat) {
			return threat.getName() + ": " + name(threat.getPerceiver()) + " fears " + name(threat.getTarget());
		}
		if (element instanceof Stance stance) {
			return "stance of " + name(stance.getState()) + " " + stance.getPosition();
		}
		if (element instanceof CapabilitySeries series) {
			return "capabilities (" + series.getPoints().size() + " points)";
		}
		if (element instanceof NamedElement named && named.getName() != null) {
			return named.getName();
		}
		return ITEMS.getText(element);
	}

	/** The icon of elements of {@code type} (a PNG of this bundle), or {@code null} when there is none. */
	public static URL icon(EClass type) {
		return icon(type.getName());
	}

	/** The icon of elements of the class named {@code typeName} ({@code State}), or {@code null}. */
	public static URL icon(String typeName) {
		String file = CHANGES.contains(typeName) ? "Change"
				: "CapabilityPoint".equals(typeName) ? "CapabilitySeries" : "Import".equals(typeName) ? "Source"
						: typeName;
		return ScenarioItems.class.getResource("/icons/full/obj16/" + file + ".png");
	}

	/** The element's properties, as its item provider describes them: what the scenario says of it. */
	public static synchronized List<Property> properties(EObject element) {
		List<Property> properties = new ArrayList<>();
		for (IItemPropertyDescriptor descriptor : ITEMS.getPropertyDescriptors(element)) {
			Object value = descriptor.getPropertyValue(element);
			String text = descriptor.getLabelProvider(element).getText(value);
			if (text == null || text.isEmpty()) {
				continue;
			}
			String category = descriptor.getCategory(element);
			properties.add(new Property(category == null ? SCENARIO : category, descriptor.getDisplayName(element),
					text));
		}
		return properties;
	}

	/**
	 * The element's type and then its properties ({@code Type}, {@code Name}, {@code Label}, {@code Ccode} ...), each
	 * display name once: what the Properties view shows for an element selected in the Outline, the Project Explorer
	 * or the diagram.
	 */
	public static List<Property> describe(EObject element) {
		Map<String, Property> byName = new LinkedHashMap<>();
		byName.put(TYPE, new Property(SCENARIO, TYPE, element.eClass().getName()));
		properties(element).forEach(property -> byName.putIfAbsent(property.name(), property));
		return List.copyOf(byName.values());
	}

	private static String withTitle(String name, String title) {
		return title == null || title.isBlank() ? String.valueOf(name) : name + " \u2014 " + title;
	}

	private static String name(NamedElement element) {
		return element == null || element.eIsProxy() ? "?" : String.valueOf(element.getName());
	}
}
