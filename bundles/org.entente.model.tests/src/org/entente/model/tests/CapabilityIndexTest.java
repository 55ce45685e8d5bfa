package org.entente.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.model.CapabilityPoint;
import org.entente.model.CapabilitySeries;
import org.entente.model.EntenteFactory;
import org.entente.model.Scenario;
import org.entente.model.State;
import org.entente.model.world.CapabilityIndex;
import org.entente.model.world.WorldProjector;
import org.junit.jupiter.api.Test;

/** The capability index equals the Correlates of War's published CINC. */
class CapabilityIndexTest {

	private static final EntenteFactory F = EntenteFactory.eINSTANCE;

	@Test
	void meanOfComponentSharesWithMissingValuesLeftOut() {
		Scenario scenario = F.createScenario();
		State a = state(scenario, "A");
		State b = state(scenario, "B");
		point(a, 2000, new Double[] { 30.0, 10.0, null, null, null, null });
		point(b, 2000, new Double[] { 10.0, 30.0, null, null, 5.0, null });
		Map<State, Double> index = CapabilityIndex.of(new WorldProjector(scenario).at(2000));
		assertEquals((0.75 + 0.25) / 2, index.get(a), 1e-12);
		assertEquals((0.25 + 0.75 + 1.0) / 3, index.get(b), 1e-12);
	}

	@Test
	void equalsThePublishedCincOnEveryRowOfTheCowData() throws Exception {
		Path csv = Path.of(System.getProperty("entente.cow", "../../../shared/data/cow"), "NMC-60-abridged.csv");
		assertTrue(Files.exists(csv), "COW data at " + csv.toAbsolutePath());
		Scenario scenario = F.createScenario();
		Map<String, State> states = new HashMap<>();
		Map<String, Double> published = new HashMap<>();
		int rows = 0;
		try (BufferedReader reader = Files.newBufferedReader(csv)) {
			List<String> header = List.of(reader.readLine().split(","));
			for (String line; (line = reader.readLine()) != null;) {
				String[] cells = line.split(",");
				String code = cells[header.indexOf("stateabb")];
				int year = Integer.parseInt(cells[header.indexOf("year")]);
				State state = states.computeIfAbsent(code, c -> state(scenario, c));
				Double[] components = new Double[6];
				String[] names = { "milex", "milper", "irst", "pec", "tpop", "upop" };
				for (int i = 0; i < 6; i++) {
					double value = Double.parseDouble(cells[header.indexOf(names[i])]);
					components[i] = value == -9 ? null : value;
				}
				point(state, year, components);
				published.put(code + "/" + year, Double.parseDouble(cells[header.indexOf("cinc")]));
				rows++;
			}
		}
		assertTrue(rows > 15_900, "the whole NMC file was read: " + rows + " rows");
		// The system of a year is the states COW lists that year (the projection carries a state's last values
		// forward after it leaves the system).
		WorldProjector projector = new WorldProjector(scenario);
		int compared = 0;
		for (int year = 1816; year <= 2016; year++) {
			int y = year;
			Map<State, Double> index = CapabilityIndex.of(projector.at(year).states().stream()
					.filter(view -> published.containsKey(view.code() + "/" + y)).toList());
			for (Map.Entry<State, Double> entry : index.entrySet()) {
				Double expected = published.get(entry.getKey().getName() + "/" + year);
				assertEquals(expected, entry.getValue(), 1e-6, entry.getKey().getName() + " in " + year);
				compared++;
			}
		}
		assertEquals(rows, compared, "every row was compared");
	}

	private static State state(Scenario scenario, String code) {
		State state = F.createState();
		state.setName(code);
		CapabilitySeries series = F.createCapabilitySeries();
		state.setCapabilities(series);
		scenario.getStates().add(state);
		return state;
	}

	private static void point(State state, int year, Double[] c) {
		CapabilityPoint point = F.createCapabilityPoint();
		point.setYear(year);
		point.setMilex(c[0]);
		point.setMilper(c[1]);
		point.setIrst(c[2]);
		point.setPec(c[3]);
		point.setTpop(c[4]);
		point.setUpop(c[5]);
		state.getCapabilities().getPoints().add(point);
	}
}
