package org.entente.model.world;

/**
 * A state's material capability in one year, as given or interpolated from the scenario. Any value may be
 * {@code null}: a composite {@code score} stands in for the six Correlates of War components when those are not
 * given, and a component may be missing.
 *
 * @param score  composite capability share or score (for example a CINC value)
 * @param milex  military expenditure
 * @param milper military personnel
 * @param irst   iron and steel production
 * @param pec    primary energy consumption
 * @param tpop   total population
 * @param upop   urban population
 */
public record Capability(Double score, Double milex, Double milper, Double irst, Double pec, Double tpop,
		Double upop) {

	/** Number of Correlates of War components. */
	public static final int COMPONENTS = 6;

	/** The i-th COW component, in the order milex, milper, irst, pec, tpop, upop. */
	public Double component(int index) {
		return switch (index) {
		case 0 -> milex;
		case 1 -> milper;
		case 2 -> irst;
		case 3 -> pec;
		case 4 -> tpop;
		case 5 -> upop;
		default -> throw new IndexOutOfBoundsException(index);
		};
	}

	/** Whether at least one of the six components is given. */
	public boolean hasComponents() {
		for (int i = 0; i < COMPONENTS; i++) {
			if (component(i) != null) {
				return true;
			}
		}
		return false;
	}
}
