package org.entente.diagram.glsp;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.operations.Operation;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.eclipse.glsp.server.utils.MessageActionUtil;
import org.entente.diagram.edit.EditRefusedException;
import org.entente.diagram.edit.ScenarioTextPatcher;
import org.entente.diagram.edit.ScenarioTextPatcher.Modification;

import com.google.inject.Inject;

/**
 * Turns a diagram operation into a text edit: the operation becomes a model modification, {@link ScenarioTextPatcher}
 * writes it into the text, and the before and after texts become an undoable command. A refused edit is shown to
 * the user and changes nothing.
 *
 * @param <O> the operation
 */
abstract class TextEditHandler<O extends Operation> implements OperationHandler<O> {
	private static final ScenarioTextPatcher PATCHER = new ScenarioTextPatcher();
	@Inject
	protected EntenteModelState state;
	@Inject
	protected ActionDispatcher dispatcher;

	@Override
	public Optional<Command> createCommand(O operation) {
		try {
			Modification modification = modification(operation);
			String before = state.document().text();
			ScenarioTextPatcher.Result result = PATCHER.edit(state.document().uri(), before, state.view().year(),
					modification);
			if (result.text().equals(before)) {
				return Optional.empty();
			}
			return Optional.of(new TextEditCommand(state, getLabel(), before, result.text(),
					() -> afterEdit(operation, result.createdId()),
					message -> dispatcher.dispatch(MessageActionUtil.error(message))));
		} catch (EditRefusedException refused) {
			dispatcher.dispatch(MessageActionUtil.warn(refused.getMessage()));
			return Optional.empty();
		}
	}

	/** The model change the operation asks for. */
	protected abstract Modification modification(O operation) throws EditRefusedException;

	/** Anything else to do once the text has changed, given the id of a created element (or {@code null}). */
	protected void afterEdit(O operation, String createdId) {
	}

	/** The scenario element behind a diagram element. */
	protected URI uriOf(String diagramId) throws EditRefusedException {
		return state.elementUri(diagramId)
				.orElseThrow(() -> new EditRefusedException("The diagram is out of date: " + diagramId
						+ " is not in the scenario any more."));
	}
}
