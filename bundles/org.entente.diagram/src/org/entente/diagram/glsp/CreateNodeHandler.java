package org.entente.diagram.glsp;

import java.util.List;

import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.entente.diagram.edit.DiagramEdits;
import org.entente.diagram.edit.EditRefusedException;
import org.entente.diagram.edit.ScenarioTextPatcher.Modification;
import org.entente.diagram.layout.Position;
import org.entente.diagram.model.DiagramTypes;

/** Creates a state or an alliance where the user clicked. */
final class CreateNodeHandler extends TextEditHandler<CreateNodeOperation>
		implements CreateOperationHandler<CreateNodeOperation> {

	@Override
	public List<String> getHandledElementTypeIds() {
		return List.of(DiagramTypes.STATE, DiagramTypes.ALLIANCE);
	}

	@Override
	public String getLabel() {
		return "Create element";
	}

	@Override
	protected Modification modification(CreateNodeOperation operation) throws EditRefusedException {
		return DiagramTypes.STATE.equals(operation.getElementTypeId()) ? DiagramEdits.createState()
				: DiagramEdits.createAlliance();
	}

	@Override
	protected void afterEdit(CreateNodeOperation operation, String createdId) {
		// A location that is not a usable number is ignored: the layout places the node.
		operation.getLocation().filter(location -> Position.isUsable(location.getX(), location.getY()))
				.ifPresent(location -> state.pin(createdId, new Position(location.getX(), location.getY())));
	}
}
