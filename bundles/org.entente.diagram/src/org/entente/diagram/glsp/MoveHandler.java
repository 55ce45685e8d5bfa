package org.entente.diagram.glsp;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.entente.diagram.layout.Position;

import com.google.inject.Inject;

/**
 * Keeps the positions of moved nodes in the layout file, never in the scenario text. Undoable like the edits, so
 * one undo history covers the diagram.
 */
final class MoveHandler implements OperationHandler<ChangeBoundsOperation> {
	@Inject
	private EntenteModelState state;

	@Override
	public Class<ChangeBoundsOperation> getHandledOperationType() {
		return ChangeBoundsOperation.class;
	}

	@Override
	public String getLabel() {
		return "Move";
	}

	@Override
	public Optional<Command> createCommand(ChangeBoundsOperation operation) {
		Map<String, Position> before = state.positions();
		Map<String, Position> after = new HashMap<>(before);
		for (ElementAndBounds bounds : operation.getNewBounds()) {
			after.put(bounds.getElementId(), new Position(bounds.getNewPosition().getX(),
					bounds.getNewPosition().getY()));
		}
		return Optional.of(new AbstractCommand(getLabel()) {
			@Override
			protected boolean prepare() {
				return true;
			}

			@Override
			public void execute() {
				state.setPositions(after);
			}

			@Override
			public void undo() {
				state.setPositions(before);
			}

			@Override
			public void redo() {
				execute();
			}
		});
	}
}
