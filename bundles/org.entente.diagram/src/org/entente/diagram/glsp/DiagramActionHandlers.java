package org.entente.diagram.glsp;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.SelectAction;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.utils.MessageActionUtil;
import org.entente.diagram.layout.LayoutAlgorithm;

import com.google.inject.Inject;

/** The handlers of {@link DiagramActions}. */
final class DiagramActionHandlers {
	private DiagramActionHandlers() {
	}

	/** Shows another year. */
	static final class SetYearHandler extends AbstractActionHandler<DiagramActions.SetYear> {
		@Inject
		private EntenteModelState state;
		@Inject
		private ModelSubmissionHandler submission;

		@Override
		protected List<Action> executeAction(DiagramActions.SetYear action) {
			state.setView(state.view().withYear(state.years().clamp(action.year())));
			return submission.submitModel();
		}
	}

	/** Switches a filter. */
	static final class SetFilterHandler extends AbstractActionHandler<DiagramActions.SetFilter> {
		@Inject
		private EntenteModelState state;
		@Inject
		private ModelSubmissionHandler submission;

		@Override
		protected List<Action> executeAction(DiagramActions.SetFilter action) {
			if (action.filter() == null || action.filter().isBlank()) {
				return listOf(MessageActionUtil.warn("A filter needs a name."));
			}
			state.setView(state.view().withFilter(action.filter(), action.visible()));
			return submission.submitModel();
		}
	}

	/** Chooses the layout. */
	static final class SetLayoutHandler extends AbstractActionHandler<DiagramActions.SetLayout> {
		@Inject
		private EntenteModelState state;
		@Inject
		private ModelSubmissionHandler submission;

		@Override
		protected List<Action> executeAction(DiagramActions.SetLayout action) {
			try {
				state.setView(state.view().withAlgorithm(LayoutAlgorithm.ofKey(action.algorithm())));
			} catch (IllegalArgumentException unknown) {
				return listOf(MessageActionUtil.warn(unknown.getMessage()));
			}
			return submission.submitModel();
		}
	}

	/** Forgets manual positions. */
	static final class AutoLayoutHandler extends AbstractActionHandler<DiagramActions.AutoLayout> {
		@Inject
		private EntenteModelState state;
		@Inject
		private ModelSubmissionHandler submission;

		@Override
		protected List<Action> executeAction(DiagramActions.AutoLayout action) {
			state.setPositions(Map.of());
			return submission.submitModel();
		}
	}

	/** Tells the host what is selected. */
	static final class SelectionChangedHandler extends AbstractActionHandler<DiagramActions.SelectionChanged> {
		@Inject
		private EntenteModelState state;

		@Override
		protected List<Action> executeAction(DiagramActions.SelectionChanged action) {
			state.input().host().selectionChanged(state.locate(action.selectedElementIds()));
			return none();
		}
	}

	/** Asks the host to show an element's text. */
	static final class RevealHandler extends AbstractActionHandler<DiagramActions.Reveal> {
		@Inject
		private EntenteModelState state;

		@Override
		protected List<Action> executeAction(DiagramActions.Reveal action) {
			state.locate(action.elementId()).ifPresent(element -> state.input().host().reveal(element));
			return none();
		}
	}

	/** Hands an exported image to the host. */
	static final class ExportedHandler extends AbstractActionHandler<DiagramActions.Exported> {
		@Inject
		private EntenteModelState state;

		@Override
		protected List<Action> executeAction(DiagramActions.Exported action) {
			if (action.data() == null || !("svg".equals(action.format()) || "png".equals(action.format()))) {
				return listOf(MessageActionUtil.warn("The export was empty or of an unknown format."));
			}
			byte[] data;
			try {
				data = "png".equals(action.format()) ? Base64.getDecoder().decode(action.data())
						: action.data().getBytes(StandardCharsets.UTF_8);
			} catch (IllegalArgumentException notBase64) {
				return listOf(MessageActionUtil.warn("The exported PNG was damaged: " + notBase64.getMessage()));
			}
			state.input().host().exported(action.format(), data);
			return none();
		}
	}

	/** Recomputes the diagram after a change of the text made elsewhere, which also voids the undo history. */
	static final class TextChangedHandler extends AbstractActionHandler<DiagramActions.TextChanged> {
		@Inject
		private EntenteModelState state;
		@Inject
		private ModelSubmissionHandler submission;

		@Override
		protected List<Action> executeAction(DiagramActions.TextChanged action) {
			if (!state.isOwnText(state.document().text())) {
				state.flushHistory();
			}
			return submission.submitModel();
		}
	}

	/** Selects the element under the text editor's caret, on the dispatcher's thread like every model access. */
	static final class SelectAtHandler extends AbstractActionHandler<DiagramActions.SelectAt> {
		@Inject
		private EntenteModelState state;

		@Override
		protected List<Action> executeAction(DiagramActions.SelectAt action) {
			return state.idAt(action.offset()).<List<Action>>map(id -> listOf(SelectAction.setSelection(List.of(id))))
					.orElse(none());
		}
	}
}
