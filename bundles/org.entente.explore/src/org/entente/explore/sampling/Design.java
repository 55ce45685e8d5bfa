package org.entente.explore.sampling;

import java.util.Locale;

/**
 * How the points of an experiment are placed in the unit hypercube of its uncertain inputs. Every design is seeded:
 * the same seed, inputs and size give the same points, on every engine.
 */
public enum Design {
	/** Independent uniform points (plain Monte Carlo). */
	MONTE_CARLO("mc"),
	/**
	 * Latin hypercube: each input's range is cut into as many equal-probability strata as there are samples and
	 * each stratum holds exactly one sample, so the marginals are covered evenly with fewer samples (McKay et al.
	 * 1979).
	 */
	LATIN_HYPERCUBE("lhs"),
	/**
	 * Saltelli's scheme for Sobol indices: two independent base matrices A and B and, for each input i, the
	 * matrix A with its column i taken from B; {@code samples} is the base size N, so the experiment evaluates
	 * N (d + 2) points (Saltelli et al. 2010).
	 */
	SALTELLI("saltelli");

	private final String id;

	Design(String id) {
		this.id = id;
	}

	/** The name on the command line and in files: {@code mc}, {@code lhs}, {@code saltelli}. */
	public String id() {
		return id;
	}

	/** The design named {@code id} (its {@link #id()} or its constant's name, case-insensitive). */
	public static Design of(String id) {
		for (Design design : values()) {
			if (design.id.equalsIgnoreCase(id.trim()) || design.name().equalsIgnoreCase(id.trim().replace('-', '_'))) {
				return design;
			}
		}
		throw new IllegalArgumentException("unknown design '" + id + "' (mc, lhs, saltelli)");
	}

	/** How many points the design evaluates for {@code samples} and {@code inputs} dimensions. */
	public long points(int samples, int inputs) {
		return this == SALTELLI ? (long) samples * (inputs + 2) : samples;
	}

	@Override
	public String toString() {
		return id.toUpperCase(Locale.ROOT);
	}
}
