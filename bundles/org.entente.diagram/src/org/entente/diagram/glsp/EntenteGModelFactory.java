package org.entente.diagram.glsp;

import java.util.Map;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.entente.diagram.layout.DiagramLayouter;
import org.entente.diagram.model.DiagramContent;
import org.entente.diagram.model.DiagramTypes;
import org.entente.diagram.model.ScenarioGraphBuilder;
import org.entente.dsl.load.LoadedScenario;
import org.entente.model.world.World;
import org.entente.model.world.WorldProjector;

import com.google.inject.Inject;

/** Computes the diagram from the document's current text, the view and the manual positions, laid out by ELK. */
public class EntenteGModelFactory implements GModelFactory {
	@Inject
	private EntenteModelState state;

	@Override
	public void createGModel() {
		LoadedScenario parsed = state.parsed();
		if (parsed.scenario() == null) {
			state.setElements(Map.of());
			state.updateRoot(new GGraphBuilder(DiagramTypes.GRAPH).id("graph")
					.addArgument("error", "The file holds no scenario.").build());
			return;
		}
		GGraph graph;
		// The live validation runs on GLSP's debouncer thread over the same resource: one at a time.
		synchronized (state) {
			graph = build(parsed, state);
		}
		// GLSP numbers revisions from the current root, which a fresh graph would reset: carry the count over.
		if (state.getRoot() != null) {
			graph.setRevision(state.getRoot().getRevision());
		}
		state.updateRoot(graph);
	}

	private static GGraph build(LoadedScenario parsed, EntenteModelState state) {
		World world = new WorldProjector(parsed.scenario()).at(state.view().year());
		DiagramContent content = new ScenarioGraphBuilder(world, state.view(), parsed.resource(), state.years())
				.build();
		DiagramLayouter.layout(content.graph(), state.view().algorithm(), state.positions());
		state.setElements(content.elements());
		return content.graph();
	}
}
