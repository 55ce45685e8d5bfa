package org.entente.diagram.glsp;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.entente.diagram.edit.DiagramEdits;
import org.entente.diagram.edit.EditRefusedException;
import org.entente.diagram.edit.ScenarioTextPatcher.Modification;
import org.entente.diagram.model.DiagramTypes;
import org.entente.model.Alliance;
import org.entente.model.State;
import org.entente.model.TieKind;

/** Creates a membership (state to alliance, drawn either way), a tie of a chosen kind, or a threat. */
final class CreateEdgeHandler extends TextEditHandler<CreateEdgeOperation>
		implements CreateOperationHandler<CreateEdgeOperation> {
	/** The prefix of the palette's tie tools; the kind follows: {@code edge:tie:rivalry}. */
	static final String TIE_PREFIX = DiagramTypes.TIE + ":";

	@Override
	public List<String> getHandledElementTypeIds() {
		List<String> types = new ArrayList<>(List.of(DiagramTypes.MEMBERSHIP, DiagramTypes.THREAT));
		for (TieKind kind : TieKind.VALUES) {
			types.add(TIE_PREFIX + kind.getName());
		}
		return types;
	}

	@Override
	public String getLabel() {
		return "Create relation";
	}

	@Override
	protected Modification modification(CreateEdgeOperation operation) throws EditRefusedException {
		String type = operation.getElementTypeId();
		EObject source = state.element(operation.getSourceElementId()).orElse(null);
		EObject target = state.element(operation.getTargetElementId()).orElse(null);
		if (DiagramTypes.MEMBERSHIP.equals(type)) {
			if (source instanceof Alliance && target instanceof State) {
				return DiagramEdits.createMembership(uriOf(operation.getTargetElementId()),
						uriOf(operation.getSourceElementId()));
			}
			if (!(source instanceof State) || !(target instanceof Alliance)) {
				throw new EditRefusedException("A membership connects a state and an alliance.");
			}
			return DiagramEdits.createMembership(uriOf(operation.getSourceElementId()),
					uriOf(operation.getTargetElementId()));
		}
		if (!(source instanceof State) || !(target instanceof State)) {
			throw new EditRefusedException("Ties and threats connect two states.");
		}
		if (DiagramTypes.THREAT.equals(type)) {
			return DiagramEdits.createThreat(uriOf(operation.getSourceElementId()),
					uriOf(operation.getTargetElementId()));
		}
		TieKind kind = TieKind.getByName(type.substring(TIE_PREFIX.length()));
		if (kind == null) {
			throw new EditRefusedException("Unknown tie kind in " + type + ".");
		}
		return DiagramEdits.createTie(kind, uriOf(operation.getSourceElementId()),
				uriOf(operation.getTargetElementId()));
	}
}
