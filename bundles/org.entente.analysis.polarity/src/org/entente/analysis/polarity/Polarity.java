package org.entente.analysis.polarity;

import java.util.Locale;

/** How many poles a system of states has: the classifications of {@link PolarityClassifier}. */
public enum Polarity {
	/** One state holds a preponderance of the capability. */
	UNIPOLAR,
	/** Two states hold half of it between them. */
	BIPOLAR,
	/** Neither. */
	MULTIPOLAR;

	/** The name in results and reports: {@code unipolar}, {@code bipolar}, {@code multipolar}. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}
}
