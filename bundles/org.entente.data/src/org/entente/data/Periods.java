package org.entente.data;

import org.entente.model.EntenteFactory;
import org.entente.model.Period;

/** The spells importers write: a first year and a last, open at the end while something lasts. */
public final class Periods {

	private Periods() {
	}

	/**
	 * A period of years, both included.
	 *
	 * @param to the last year, or {@code null} while it lasts
	 */
	public static Period of(int from, Integer to) {
		Period period = EntenteFactory.eINSTANCE.createPeriod();
		period.setFrom(from);
		period.setTo(to);
		return period;
	}
}
