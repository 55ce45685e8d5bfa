package org.entente.model.edit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.entente.model.EntenteFactory;
import org.entente.model.State;
import org.entente.model.edit.ScenarioItems;
import org.entente.model.edit.ScenarioItems.Property;
import org.entente.model.edit.ui.ItemPropertySource;
import org.junit.jupiter.api.Test;

/** An element's Properties view page, as the Outline, the Project Explorer and the diagram show it. */
class ItemPropertySourceTest {

	private static State russia() {
		State state = EntenteFactory.eINSTANCE.createState();
		state.setName("RUS");
		state.setLabel("Russia");
		state.setRegion("Europe");
		return state;
	}

	@Test
	void showsWhatTheItemProviderDescribesByDisplayNameAndCategory() {
		State russia = russia();
		List<Property> properties = new ArrayList<>(ScenarioItems.describe(russia));
		properties.add(new Property("Text", "line", "12"));
		ItemPropertySource source = new ItemPropertySource(russia, properties);

		assertSame(russia, source.getEditableValue());
		assertEquals("State", source.getPropertyValue("Type"));
		assertEquals("Russia", source.getPropertyValue("Label"));
		assertEquals("Europe", source.getPropertyValue("Region"));
		assertEquals("12", source.getPropertyValue("line"));
		assertNull(source.getPropertyValue("Ccode"), "an unset property is not shown");
		IPropertyDescriptor[] descriptors = source.getPropertyDescriptors();
		assertEquals("Type", descriptors[0].getId(), "the type first");
		IPropertyDescriptor line = Arrays.stream(descriptors).filter(d -> d.getId().equals("line")).findFirst()
				.orElseThrow();
		assertEquals("Text", line.getCategory());
		assertEquals(ScenarioItems.SCENARIO, descriptors[0].getCategory());
	}

	@Test
	void aRepeatedNameIsShownOnceAndNothingCanBeChanged() {
		ItemPropertySource source = new ItemPropertySource("x", List.of(new Property("A", "name", "first"),
				new Property("B", "name", "second"), new Property("B", "other", "value")));
		assertArrayEquals(new Object[] { "name", "other" },
				Arrays.stream(source.getPropertyDescriptors()).map(IPropertyDescriptor::getId).toArray());
		assertEquals("first", source.getPropertyValue("name"));
		source.setPropertyValue("name", "changed");
		source.resetPropertyValue("name");
		assertEquals("first", source.getPropertyValue("name"));
		assertFalse(source.isPropertySet("name"));
	}

	@Test
	void readsLazySourcesOnceWhenFirstAsked() {
		AtomicInteger reads = new AtomicInteger();
		ItemPropertySource source = new ItemPropertySource("x", () -> {
			reads.incrementAndGet();
			return List.of(new Property("A", "name", "value"));
		});
		assertEquals(0, reads.get(), "adapting an element reads nothing");
		source.getPropertyDescriptors();
		source.getPropertyValue("name");
		assertEquals(1, reads.get());
	}
}
