package org.entente.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.entente.diagram.layout.DiagramLayouter;
import org.entente.diagram.layout.LayoutAlgorithm;
import org.entente.diagram.layout.Position;
import org.entente.diagram.model.DiagramContent;
import org.entente.diagram.model.DiagramFilter;
import org.entente.diagram.model.DiagramTypes;
import org.entente.diagram.model.DiagramView;
import org.entente.diagram.model.ScenarioGraphBuilder;
import org.entente.diagram.model.YearRange;
import org.entente.dsl.load.LoadedScenario;
import org.entente.model.world.World;
import org.entente.model.world.WorldProjector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The diagram of each example scenario, year by year, against the world the model projects. */
class DiagramModelTest {

	static Stream<Arguments> examplesAndYears() {
		return Stream.of(Arguments.of("europe-1914.entente", 1871), Arguments.of("europe-1914.entente", 1890),
				Arguments.of("europe-1914.entente", 1914), Arguments.of("cold-war-1985.entente", 1962),
				Arguments.of("cold-war-1985.entente", 1985), Arguments.of("multipolar-2025.entente", 2014),
				Arguments.of("multipolar-2025.entente", 2025), Arguments.of("us-exits-nato-2027.entente", 2026),
				Arguments.of("us-exits-nato-2027.entente", 2030));
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("examplesAndYears")
	void diagramShowsTheWorldOfTheYear(String file, int year) throws IOException {
		LoadedScenario parsed = TestScenarios.example(file);
		World world = new WorldProjector(parsed.scenario()).at(year);
		DiagramContent content = build(parsed, new DiagramView(year, Set.of(), LayoutAlgorithm.LAYERED));
		GGraph graph = content.graph();

		assertEquals(world.states().size(), count(graph, DiagramTypes.STATE), "states");
		assertEquals(world.alliances().size(), count(graph, DiagramTypes.ALLIANCE), "alliances");
		assertEquals(world.alliances().stream().mapToInt(a -> a.members().size()).sum(),
				count(graph, DiagramTypes.MEMBERSHIP), "memberships");
		assertEquals(world.ties().size(), count(graph, DiagramTypes.TIE), "ties");
		assertEquals(world.threats().size(), count(graph, DiagramTypes.THREAT), "threats");
		assertEquals(year, graph.getArgs().get("year"));
		for (GModelElement element : graph.getChildren()) {
			assertNotNull(content.elements().get(element.getId()), "no scenario element behind " + element.getId());
		}
		DiagramLayouter.layout(graph, LayoutAlgorithm.LAYERED, Map.of());
		assertNoOverlaps(graph);
	}

	@Test
	void europe1914ShowsTheTwoCampsWithMajorPowerBadgesAndSignedTies() throws IOException {
		LoadedScenario parsed = TestScenarios.example("europe-1914.entente");
		GGraph graph = build(parsed, new DiagramView(1914, Set.of(), LayoutAlgorithm.LAYERED)).graph();

		assertEquals(6, count(graph, DiagramTypes.STATE));
		assertEquals(Set.of("alliance:DualAlliance", "alliance:TripleAlliance", "alliance:FrancoRussianAlliance",
				"alliance:FrancoItalianAccord", "alliance:EntenteCordiale", "alliance:AngloRussianEntente"),
				ids(graph, DiagramTypes.ALLIANCE));
		GNode germany = (GNode) find(graph, "state:GMY");
		assertTrue(germany.getCssClasses().contains("major-power"));
		assertTrue(germany.getChildren().stream().anyMatch(c -> DiagramTypes.BADGE_LABEL.equals(c.getType())));
		GEdge hostility = (GEdge) find(graph, "tie:FrancoGermanHostility");
		assertTrue(hostility.getCssClasses().contains("sign-negative"));
		assertEquals("state:FRN", hostility.getSourceId());
		GNode dual = (GNode) find(graph, "alliance:DualAlliance");
		assertTrue(dual.getCssClasses().contains("obligation-defense"));
		assertTrue(dual.getCssClasses().contains("basis-interest"));
		// Russia's share of capabilities in 1914 is larger than Italy's, so its node is larger.
		GNode russia = (GNode) find(graph, "state:RUS");
		GNode italy = (GNode) find(graph, "state:ITA");
		assertTrue(russia.getSize().getWidth() > italy.getSize().getWidth());
		// 1882: the Triple Alliance is new; the Franco-Russian alliance does not exist yet.
		GGraph earlier = build(parsed, new DiagramView(1882, Set.of(), LayoutAlgorithm.LAYERED)).graph();
		assertTrue(ids(earlier, DiagramTypes.ALLIANCE).contains("alliance:TripleAlliance"));
		assertFalse(ids(earlier, DiagramTypes.ALLIANCE).contains("alliance:FrancoRussianAlliance"));
	}

	@Test
	void filtersLeaveOutLayers() throws IOException {
		LoadedScenario parsed = TestScenarios.example("europe-1914.entente");
		DiagramView all = new DiagramView(1914, Set.of(), LayoutAlgorithm.LAYERED);
		DiagramContent content = build(parsed, all);
		List<String> keys = content.filters().stream().map(DiagramFilter::key).toList();
		assertTrue(keys.containsAll(List.of("alliance.defense", "alliance.consultation", "tie.hostility",
				"threat.all", "region.Europe", "state.isolated")), keys.toString());
		assertEquals(Boolean.TRUE, content.graph().getArgs().get("filter.threat.all"));

		GGraph noThreats = build(parsed, all.withFilter("threat.all", false)).graph();
		assertEquals(0, count(noThreats, DiagramTypes.THREAT));
		assertEquals(Boolean.FALSE, noThreats.getArgs().get("filter.threat.all"));

		GGraph noDefense = build(parsed, all.withFilter("alliance.defense", false)).graph();
		assertFalse(ids(noDefense, DiagramTypes.ALLIANCE).contains("alliance:DualAlliance"));
		assertTrue(ids(noDefense, DiagramTypes.ALLIANCE).contains("alliance:EntenteCordiale"));
		assertTrue(((GEdge[]) edges(noDefense)).length > 0);

		GGraph noEurope = build(parsed, all.withFilter("region.Europe", false)).graph();
		assertEquals(0, count(noEurope, DiagramTypes.STATE));
		assertEquals(0, count(noEurope, DiagramTypes.MEMBERSHIP));

		// Without alliances, ties and threats, every state is isolated; hiding isolated states empties the map.
		DiagramView bare = all;
		for (String key : keys) {
			if (!key.startsWith("region.")) {
				bare = bare.withFilter(key, false);
			}
		}
		assertEquals(0, count(build(parsed, bare).graph(), DiagramTypes.STATE));
		assertEquals(6, count(build(parsed, bare.withFilter("state.isolated", true)).graph(), DiagramTypes.STATE));
	}

	@Test
	void variantShowsItsBaseAsForeignAndAppliesItsChanges() throws IOException {
		LoadedScenario parsed = TestScenarios.example("us-exits-nato-2027.entente");
		GGraph before = build(parsed, new DiagramView(2026, Set.of(), LayoutAlgorithm.LAYERED)).graph();
		GGraph after = build(parsed, new DiagramView(2030, Set.of(), LayoutAlgorithm.LAYERED)).graph();
		assertTrue(find(before, "state:USA").getCssClasses().contains("foreign"));
		assertTrue(ids(before, DiagramTypes.MEMBERSHIP).contains("member:NATO:USA"));
		assertFalse(ids(after, DiagramTypes.MEMBERSHIP).contains("member:NATO:USA"));
	}

	@Test
	void everyLayoutPlacesEveryNodeAndKeepsManualPositions() throws IOException {
		LoadedScenario parsed = TestScenarios.example("multipolar-2025.entente");
		for (LayoutAlgorithm algorithm : LayoutAlgorithm.values()) {
			GGraph graph = build(parsed, new DiagramView(2025, Set.of(), algorithm)).graph();
			DiagramLayouter.layout(graph, algorithm, Map.of("state:USA", new Position(-500, -400)));
			GNode usa = (GNode) find(graph, "state:USA");
			assertEquals(-500, usa.getPosition().getX(), algorithm.name());
			assertEquals(-400, usa.getPosition().getY(), algorithm.name());
			long distinct = graph.getChildren().stream().filter(GNode.class::isInstance).map(GNode.class::cast)
					.map(n -> n.getPosition().getX() + "," + n.getPosition().getY()).distinct().count();
			assertEquals(count(graph, DiagramTypes.STATE) + count(graph, DiagramTypes.ALLIANCE), distinct,
					algorithm + " stacked nodes on one spot");
		}
	}

	@Test
	void yearRangeFollowsThePeriod() throws IOException {
		LoadedScenario europe = TestScenarios.example("europe-1914.entente");
		assertEquals(new YearRange(1871, 1914), YearRange.of(europe.scenario(), 2026));
		LoadedScenario variant = TestScenarios.example("us-exits-nato-2027.entente");
		assertEquals(new YearRange(2014, 2032), YearRange.of(variant.scenario(), 2026));
	}

	static DiagramContent build(LoadedScenario parsed, DiagramView view) {
		World world = new WorldProjector(parsed.scenario()).at(view.year());
		return new ScenarioGraphBuilder(world, view, parsed.resource(), YearRange.of(parsed.scenario(), 2026))
				.build();
	}

	private static void assertNoOverlaps(GGraph graph) {
		List<GNode> nodes = graph.getChildren().stream().filter(GNode.class::isInstance).map(GNode.class::cast)
				.toList();
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				GNode a = nodes.get(i);
				GNode b = nodes.get(j);
				boolean apart = a.getPosition().getX() + a.getSize().getWidth() <= b.getPosition().getX()
						|| b.getPosition().getX() + b.getSize().getWidth() <= a.getPosition().getX()
						|| a.getPosition().getY() + a.getSize().getHeight() <= b.getPosition().getY()
						|| b.getPosition().getY() + b.getSize().getHeight() <= a.getPosition().getY();
				assertTrue(apart, a.getId() + " overlaps " + b.getId());
			}
		}
	}

	static long count(GGraph graph, String type) {
		return graph.getChildren().stream().filter(c -> type.equals(c.getType())).count();
	}

	static Set<String> ids(GGraph graph, String type) {
		return graph.getChildren().stream().filter(c -> type.equals(c.getType())).map(GModelElement::getId)
				.collect(java.util.stream.Collectors.toSet());
	}

	static GModelElement find(GGraph graph, String id) {
		return graph.getChildren().stream().filter(c -> id.equals(c.getId())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + id + " in " + graph.getChildren().stream()
						.map(GModelElement::getId).toList()));
	}

	private static Object edges(GGraph graph) {
		return graph.getChildren().stream().filter(GEdge.class::isInstance).toArray(GEdge[]::new);
	}
}
