package org.entente.diagram.glsp;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;
import org.entente.diagram.edit.DiagramEdits;
import org.entente.diagram.edit.EditRefusedException;
import org.entente.diagram.edit.ScenarioTextPatcher.Modification;
import org.entente.diagram.model.DiagramTypes;

/** Moves an end of a tie, threat or membership to another node. */
final class ReconnectHandler extends TextEditHandler<ReconnectEdgeOperation> {

	@Override
	public String getLabel() {
		return "Reconnect";
	}

	@Override
	protected Modification modification(ReconnectEdgeOperation operation) throws EditRefusedException {
		GModelElement shown = state.getIndex().get(operation.getEdgeElementId()).orElse(null);
		if (shown instanceof GEdge edge && DiagramTypes.MEMBERSHIP.equals(edge.getType())) {
			return DiagramEdits.reconnectMember(uriOf(edge.getSourceId()), uriOf(edge.getTargetId()),
					uriOf(operation.getSourceElementId()), uriOf(operation.getTargetElementId()));
		}
		return DiagramEdits.reconnect(uriOf(operation.getEdgeElementId()), uriOf(operation.getSourceElementId()),
				uriOf(operation.getTargetElementId()));
	}
}
