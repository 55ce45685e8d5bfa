package org.entente.diagram;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The documents a diagram server may show. A client names a document by an opaque key, never by a path, so a page
 * can only open what its host registered.
 */
public final class DiagramInputs {
	private static final SecureRandom RANDOM = new SecureRandom();
	private final Map<String, Input> inputs = new ConcurrentHashMap<>();

	/**
	 * A registered document.
	 */
	public static final class Input {
		private final String key;
		private final ScenarioDocument document;
		private final DiagramHost host;
		private final List<DiagramController> controllers = new CopyOnWriteArrayList<>();

		Input(String key, ScenarioDocument document, DiagramHost host) {
			this.key = key;
			this.document = document;
			this.host = host;
		}

		/** The key clients open it by. */
		public String key() {
			return key;
		}

		/** The document. */
		public ScenarioDocument document() {
			return document;
		}

		/** Its host. */
		public DiagramHost host() {
			return host;
		}

		/** The diagrams open on it now (a snapshot). */
		public List<DiagramController> controllers() {
			return List.copyOf(controllers);
		}

		/** Called by the server when a client opens this document's diagram. */
		public void connected(DiagramController controller) {
			controllers.add(controller);
		}

		/** Called by the server when a client closes this document's diagram. */
		public void disconnected(DiagramController controller) {
			controllers.remove(controller);
		}
	}

	/** Registers a document; the returned input's key goes in the diagram's URL. */
	public Input register(ScenarioDocument document, DiagramHost host) {
		byte[] random = new byte[12];
		RANDOM.nextBytes(random);
		String key = HexFormat.of().formatHex(random);
		Input input = new Input(key, document, host);
		inputs.put(key, input);
		return input;
	}

	/** The input with this key. */
	public Optional<Input> get(String key) {
		return key == null ? Optional.empty() : Optional.ofNullable(inputs.get(key));
	}

	/** Forgets a document: clients can no longer open it. */
	public void unregister(Input input) {
		inputs.remove(input.key());
	}
}
