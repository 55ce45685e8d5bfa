package org.entente.diagram.glsp;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.di.ClientId;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionListener;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.eclipse.glsp.server.utils.MessageActionUtil;
import org.entente.diagram.DiagramController;
import org.entente.diagram.DiagramInputs;

import com.google.inject.Inject;

/**
 * Connects a session to the document its client names, follows the document's changes (the text editor's, or the
 * file's) and saves it. Registers the session as a {@link DiagramController} of its input.
 */
public class EntenteSourceModelStorage implements SourceModelStorage {
	/** The request option naming the document: the key its host registered it under. */
	public static final String SOURCE_URI = "sourceUri";

	private static final long TYPING_PAUSE_MILLIS = 120;
	private static final ScheduledExecutorService DEBOUNCER = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "Entente diagram refresh");
		thread.setDaemon(true);
		return thread;
	});
	private ScheduledFuture<?> pendingRefresh;
	@Inject
	private EntenteModelState state;
	@Inject
	private DiagramInputs inputs;
	@Inject
	private ActionDispatcher dispatcher;
	@Inject
	private ClientSessionManager sessions;
	@Inject
	@ClientId
	private String clientId;

	@Override
	public void loadSourceModel(RequestModelAction action) {
		String key = action.getOptions() == null ? null : action.getOptions().get(SOURCE_URI);
		DiagramInputs.Input input = inputs.get(key)
				.orElseThrow(() -> new GLSPServerException("No scenario is open under '" + key + "'."));
		state.attach(input).ifPresent(problem -> dispatcher.dispatch(MessageActionUtil.warn(problem)));

		Runnable onTextChange = this::textChanged;
		DiagramController controller = new DiagramController() {
			@Override
			public void selectAt(int offset) {
				dispatcher.dispatch(new DiagramActions.SelectAt(offset));
			}

			@Override
			public void refresh() {
				dispatcher.dispatch(new DiagramActions.TextChanged());
			}
		};
		input.document().addChangeListener(onTextChange);
		input.connected(controller);
		sessions.addListener(new ClientSessionListener() {
			@Override
			public void sessionDisposed(ClientSession clientSession) {
				input.document().removeChangeListener(onTextChange);
				input.disconnected(controller);
			}
		}, clientId);
	}

	/**
	 * The text changed. A change from elsewhere (typing in the text editor) recomputes the diagram once the typing
	 * pauses, on the dispatcher's thread rather than the caller's (which may be the UI thread).
	 */
	private void textChanged() {
		synchronized (this) {
			if (pendingRefresh != null) {
				pendingRefresh.cancel(false);
			}
			pendingRefresh = DEBOUNCER.schedule(() -> {
				if (!state.isOwnText(state.document().text())) {
					dispatcher.dispatch(new DiagramActions.TextChanged());
				}
			}, TYPING_PAUSE_MILLIS, TimeUnit.MILLISECONDS);
		}
	}

	@Override
	public void saveSourceModel(SaveModelAction action) {
		try {
			state.document().save();
		} catch (IOException failed) {
			dispatcher.dispatch(MessageActionUtil.error("Could not save " + state.document().uri().lastSegment()
					+ ": " + failed.getMessage()));
		}
	}
}
