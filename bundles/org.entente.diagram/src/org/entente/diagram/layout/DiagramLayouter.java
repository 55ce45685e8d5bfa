package org.entente.diagram.layout;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.elk.alg.force.options.ForceMetaDataProvider;
import org.eclipse.elk.alg.force.options.StressMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.util.GraphUtil;

/**
 * Lays out a diagram with the Eclipse Layout Kernel, then moves the nodes the user placed by hand back to their
 * places. Edges get ELK's bend points under the layered layout, unless an end was placed by hand (its route would
 * no longer fit); other edges are drawn straight.
 */
public final class DiagramLayouter {
	private static final double NODE_SPACING = 28;
	private static final double LAYER_SPACING = 56;
	/**
	 * Above this many nodes the layouts trade some polish for speed: the layered layout's crossing minimization
	 * runs one pass instead of seven (0.3 s instead of 0.9 s for 500 states), the force layout 60 iterations
	 * instead of 300 (50 took 1.2 s, 300 took 7 s). See docs/performance.md.
	 */
	static final int LARGE_GRAPH_NODES = 150;
	private static final int LARGE_GRAPH_FORCE_ITERATIONS = 60;

	static {
		// Registered explicitly: inside OSGi, ELK's ServiceLoader lookup does not see the algorithm bundles.
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider(),
				new ForceMetaDataProvider(), new StressMetaDataProvider());
	}

	private DiagramLayouter() {
	}

	/**
	 * Sets the position of every node of {@code graph} (and the route of its edges).
	 *
	 * @param graph the graph, with node sizes set
	 * @param algorithm the automatic layout for the nodes not placed by hand
	 * @param pinned the positions placed by hand, by node id; nodes not in the graph are ignored
	 */
	public static void layout(GGraph graph, LayoutAlgorithm algorithm, Map<String, Position> pinned) {
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, algorithm.elkId());
		root.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING);
		root.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, NODE_SPACING);
		if (algorithm == LayoutAlgorithm.LAYERED) {
			root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
			root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
			root.setProperty(org.eclipse.elk.alg.layered.options.LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS,
					LAYER_SPACING);
		}
		long nodeCount = graph.getChildren().stream().filter(GNode.class::isInstance).count();
		if (nodeCount > LARGE_GRAPH_NODES) {
			root.setProperty(org.eclipse.elk.alg.layered.options.LayeredOptions.THOROUGHNESS, 1);
			root.setProperty(org.eclipse.elk.alg.force.options.ForceOptions.ITERATIONS, LARGE_GRAPH_FORCE_ITERATIONS);
		}
		Map<String, ElkNode> nodes = new HashMap<>();
		for (GModelElement child : graph.getChildren()) {
			if (child instanceof GNode node) {
				ElkNode elkNode = ElkGraphUtil.createNode(root);
				elkNode.setIdentifier(node.getId());
				elkNode.setDimensions(node.getSize().getWidth(), node.getSize().getHeight());
				nodes.put(node.getId(), elkNode);
			}
		}
		Map<String, ElkEdge> edges = new HashMap<>();
		for (GModelElement child : graph.getChildren()) {
			if (child instanceof GEdge edge) {
				ElkNode source = nodes.get(edge.getSourceId());
				ElkNode target = nodes.get(edge.getTargetId());
				if (source != null && target != null && source != target) {
					edges.put(edge.getId(), ElkGraphUtil.createSimpleEdge(source, target));
				}
			}
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

		for (GModelElement child : graph.getChildren()) {
			if (child instanceof GNode node) {
				Position manual = pinned.get(node.getId());
				ElkNode elkNode = nodes.get(node.getId());
				node.setPosition(manual != null ? GraphUtil.point(manual.x(), manual.y())
						: GraphUtil.point(elkNode.getX(), elkNode.getY()));
			}
		}
		for (GModelElement child : graph.getChildren()) {
			if (child instanceof GEdge edge) {
				edge.getRoutingPoints().clear();
				ElkEdge elkEdge = edges.get(edge.getId());
				boolean moved = pinned.containsKey(edge.getSourceId()) || pinned.containsKey(edge.getTargetId());
				if (algorithm == LayoutAlgorithm.LAYERED && elkEdge != null && !moved
						&& !elkEdge.getSections().isEmpty()) {
					ElkEdgeSection section = elkEdge.getSections().get(0);
					for (ElkBendPoint bend : section.getBendPoints()) {
						GPoint point = GraphUtil.point(bend.getX(), bend.getY());
						edge.getRoutingPoints().add(point);
					}
				}
			}
		}
	}
}
