package org.entente.data.cow;

import java.nio.file.Path;
import java.util.Set;

/**
 * What {@link CowNmcImporter} reads.
 *
 * @param nmc          the National Material Capabilities file: v6 ({@code stateabb} column, {@code -9} for missing) or
 *                     v7 (no {@code stateabb}, empty cells for missing)
 * @param majors       the major-power spells ({@code majors2016.csv}), or {@code null}
 * @param system       the State System Membership list ({@code states2016.csv}): state codes and names; required for
 *                     v7, which has only the numeric {@code ccode}; or {@code null}
 * @param from         the first year
 * @param to           the last year
 * @param states       the state codes to import (empty: all)
 * @param scenarioName the scenario's name, or {@code null} for {@code cowFROMtoTO}
 */
public record CowNmcImport(Path nmc, Path majors, Path system, int from, int to, Set<String> states,
		String scenarioName) {

	public CowNmcImport {
		states = states == null ? Set.of() : Set.copyOf(states);
		if (to < from) {
			throw new IllegalArgumentException("the years " + from + "-" + to + " end before they start");
		}
		if (scenarioName == null || scenarioName.isBlank()) {
			scenarioName = "cow" + from + "to" + to;
		}
	}

	/** The whole data set, 1816-2016, every state. */
	public static CowNmcImport of(Path nmc, Path majors) {
		return new CowNmcImport(nmc, majors, null, 1816, 2016, Set.of(), null);
	}

	boolean includes(String code, int year) {
		return year >= from && year <= to && (states.isEmpty() || states.contains(code));
	}
}
