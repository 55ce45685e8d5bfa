package org.entente.diagram.model;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GGraph;

/**
 * A built diagram: the graph to send, the scenario element behind each diagram element, and the filters the
 * scenario offers at that year.
 *
 * @param graph the graph, not laid out yet
 * @param elements the scenario element of each node and edge id
 * @param filters the filters, in display order
 */
public record DiagramContent(GGraph graph, Map<String, EObject> elements, List<DiagramFilter> filters) {
}
