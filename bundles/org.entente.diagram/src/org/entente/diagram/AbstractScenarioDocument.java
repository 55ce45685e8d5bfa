package org.entente.diagram;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The change listeners every {@link ScenarioDocument} keeps: thread-safe, because the diagram server adds and removes
 * them from its own threads while the document's owner reports changes from another.
 */
public abstract class AbstractScenarioDocument implements ScenarioDocument {
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	@Override
	public final void addChangeListener(Runnable listener) {
		listeners.add(listener);
	}

	@Override
	public final void removeChangeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/** Tells every listener that the text changed; call it outside the document's own locks. */
	protected final void textChanged() {
		for (Runnable listener : listeners) {
			listener.run();
		}
	}
}
