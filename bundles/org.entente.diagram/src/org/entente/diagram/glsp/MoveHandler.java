package org.entente.diagram.glsp;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.eclipse.glsp.server.utils.MessageActionUtil;
import org.entente.diagram.layout.Position;

import com.google.inject.Inject;

/**
 * Keeps the positions of moved nodes in the layout file, never in the scenario text. Undoable like the edits, so
 * one undo history covers the diagram.
 */
final class MoveHandler implements OperationHandler<ChangeBoundsOperation> {
	@Inject
	private EntenteModelState state;
	@Inject
	private ActionDispatcher dispatcher;

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
		int refused = 0;
		for (ElementAndBounds bounds : operation.getNewBounds()) {
			GPoint to = bounds.getNewPosition();
			// A client sends what it likes: NaN or 1e999 would break the layout file and every later model.
			if (bounds.getElementId() == null || to == null || !Position.isUsable(to.getX(), to.getY())) {
				refused++;
				continue;
			}
			after.put(bounds.getElementId(), new Position(to.getX(), to.getY()));
		}
		if (refused > 0) {
			dispatcher.dispatch(MessageActionUtil.warn(refused + " node" + (refused == 1 ? " was" : "s were")
					+ " not moved: a position must be a number within " + (long) Position.MAX_COORDINATE
					+ " of the origin."));
		}
		if (after.equals(before)) {
			return Optional.empty();
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
