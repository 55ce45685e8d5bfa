package org.entente.diagram.layout;

import java.util.Locale;

/** The automatic layouts a diagram offers, each an ELK algorithm. */
public enum LayoutAlgorithm {
	/** Layered (Sugiyama): members above their alliances; readable for alliance systems. */
	LAYERED("org.eclipse.elk.layered", "Layered"),
	/** Stress majorization: distances follow the graph distances; good for dense tie networks. */
	STRESS("org.eclipse.elk.stress", "Stress"),
	/** Force-directed (Eades): a spring embedder. */
	FORCE("org.eclipse.elk.force", "Force");

	private final String elkId;
	private final String label;

	LayoutAlgorithm(String elkId, String label) {
		this.elkId = elkId;
		this.label = label;
	}

	/** The ELK algorithm id. */
	public String elkId() {
		return elkId;
	}

	/** The name shown to users. */
	public String label() {
		return label;
	}

	/** The key used in the protocol and the layout file: {@code layered}, {@code stress}, {@code force}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The algorithm with this key. */
	public static LayoutAlgorithm ofKey(String key) {
		for (LayoutAlgorithm algorithm : values()) {
			if (algorithm.key().equals(key)) {
				return algorithm;
			}
		}
		throw new IllegalArgumentException("Unknown layout '" + key + "': expected layered, stress or force");
	}
}
