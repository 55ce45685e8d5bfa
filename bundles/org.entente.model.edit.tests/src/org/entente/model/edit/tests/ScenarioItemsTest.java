package org.entente.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.entente.model.Alliance;
import org.entente.model.EntenteFactory;
import org.entente.model.EntentePackage;
import org.entente.model.Membership;
import org.entente.model.State;
import org.entente.model.Threat;
import org.entente.model.Tie;
import org.entente.model.TieKind;
import org.entente.model.edit.ScenarioItems;
import org.junit.jupiter.api.Test;

/** Labels, icons and properties of scenario elements, from the generated item providers. */
class ScenarioItemsTest {

	private static final EntenteFactory F = EntenteFactory.eINSTANCE;

	private static State state(String code, String label) {
		State state = F.createState();
		state.setName(code);
		state.setLabel(label);
		return state;
	}

	@Test
	void labelsSayWhatTheElementIs() {
		State usa = state("USA", "United States");
		State chn = state("CHN", null);
		assertEquals("USA \u2014 United States", ScenarioItems.label(usa));
		assertEquals("CHN", ScenarioItems.label(chn));
		Tie tie = F.createTie();
		tie.setKind(TieKind.TRADE_DEPENDENCE);
		tie.setSource(usa);
		tie.setTarget(chn);
		assertEquals("trade-dependence USA -- CHN", ScenarioItems.label(tie));
		Threat threat = F.createThreat();
		threat.setName("UsaFearsChn");
		threat.setPerceiver(usa);
		threat.setTarget(chn);
		assertEquals("UsaFearsChn: USA fears CHN", ScenarioItems.label(threat));
		Alliance alliance = F.createAlliance();
		alliance.setName("Quad");
		Membership membership = F.createMembership();
		membership.setState(usa);
		alliance.getMemberships().add(membership);
		assertEquals("member USA", ScenarioItems.label(membership));
	}

	@Test
	void everyConcreteElementHasAnIconThatLoads() throws Exception {
		for (EClassifier classifier : EntentePackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass type && !type.isAbstract() && !type.isInterface()) {
				URL icon = ScenarioItems.icon(type);
				assertNotNull(icon, type.getName());
				try (InputStream in = icon.openStream()) {
					byte[] header = in.readNBytes(4);
					assertEquals("\u0089PNG", new String(header, java.nio.charset.StandardCharsets.ISO_8859_1),
							type.getName());
				}
			}
		}
	}

	@Test
	void propertiesComeFromTheItemProviderByDisplayName() {
		State state = state("RUS", "Russia");
		state.setRegion("Europe");
		state.setCcode(365);
		Map<String, String> described = new LinkedHashMap<>();
		ScenarioItems.describe(state).forEach(property -> described.put(property.name(), property.value()));
		assertEquals(List.of("Type", "Name"), List.copyOf(described.keySet()).subList(0, 2), "the type first");
		assertEquals("State", described.get("Type"));
		assertEquals("RUS", described.get("Name"));
		assertEquals("Russia", described.get("Label"));
		assertEquals("Europe", described.get("Region"));
		assertEquals("365", described.get("Ccode"));
		assertTrue(ScenarioItems.properties(state).stream().allMatch(p -> !p.value().isEmpty()));
	}
}
