package org.entente.diagram.glsp;

import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.entente.diagram.edit.DiagramEdits;
import org.entente.diagram.edit.EditRefusedException;
import org.entente.diagram.edit.ScenarioTextPatcher.Modification;
import org.entente.diagram.model.ElementIds;

/** Renames a state, alliance or threat by editing its label; its manual position follows the new id. */
final class LabelEditHandler extends TextEditHandler<ApplyLabelEditOperation> {

	@Override
	public String getLabel() {
		return "Rename";
	}

	@Override
	protected Modification modification(ApplyLabelEditOperation operation) throws EditRefusedException {
		return DiagramEdits.rename(uriOf(operation.getLabelId()), operation.getText());
	}

	@Override
	protected void afterEdit(ApplyLabelEditOperation operation, String createdId) {
		String oldId = ElementIds.owner(operation.getLabelId());
		state.repin(oldId, ElementIds.renamed(oldId, operation.getText().trim()));
	}
}
