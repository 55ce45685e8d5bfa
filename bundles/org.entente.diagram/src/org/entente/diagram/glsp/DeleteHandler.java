package org.entente.diagram.glsp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.entente.diagram.edit.DiagramEdits;
import org.entente.diagram.edit.EditRefusedException;
import org.entente.diagram.edit.ScenarioTextPatcher.Modification;
import org.entente.diagram.model.DiagramTypes;
import org.entente.diagram.model.ElementIds;

/** Deletes the selected elements; a membership edge means the state leaves the alliance. */
final class DeleteHandler extends TextEditHandler<DeleteOperation> {

	@Override
	public String getLabel() {
		return "Delete";
	}

	@Override
	protected Modification modification(DeleteOperation operation) throws EditRefusedException {
		Set<URI> elements = new LinkedHashSet<>();
		List<Modification> memberships = new ArrayList<>();
		for (String id : operation.getElementIds()) {
			String owner = ElementIds.owner(id);
			GModelElement shown = state.getIndex().get(owner).orElse(null);
			if (shown instanceof GEdge edge && DiagramTypes.MEMBERSHIP.equals(edge.getType())) {
				memberships.add(DiagramEdits.removeMember(uriOf(edge.getSourceId()), uriOf(edge.getTargetId())));
			} else {
				elements.add(uriOf(owner));
			}
		}
		Modification deleteElements = DiagramEdits.delete(elements);
		return context -> {
			// Memberships first: deleting a state or alliance may take its memberships with it.
			for (Modification membership : memberships) {
				membership.apply(context);
			}
			return deleteElements.apply(context);
		};
	}
}
