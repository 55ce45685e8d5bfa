package org.entente.explore.sampling;

/**
 * Where the blocks of a {@link Design#SALTELLI} sample lie among its points: N rows of A, N rows of B, then N rows
 * of A<sub>B</sub><sup>(i)</sup> (A with column i from B) for each input i.
 *
 * @param base   N, the number of base samples
 * @param inputs d, the number of inputs
 */
public record SaltelliLayout(int base, int inputs) {

	public SaltelliLayout {
		if (base < 2) {
			throw new IllegalArgumentException("Sobol indices need at least 2 base samples (was " + base + ")");
		}
	}

	/** The layout of {@code sample}, which must be a Saltelli design. */
	public static SaltelliLayout of(UnitSample sample) {
		if (sample.design() != Design.SALTELLI) {
			throw new IllegalArgumentException("Sobol indices need a Saltelli design (this experiment is "
					+ sample.design().id() + ")");
		}
		return new SaltelliLayout(sample.samples(), sample.dimensions());
	}

	public int a(int row) {
		return row;
	}

	public int b(int row) {
		return base + row;
	}

	/** The point of row {@code row} of A with column {@code input} from B. */
	public int ab(int input, int row) {
		return (2 + input) * base + row;
	}

	public int size() {
		return (inputs + 2) * base;
	}
}
