package org.entente.diagram.model;

import java.util.Set;
import java.util.TreeSet;

import org.entente.diagram.layout.LayoutAlgorithm;

/**
 * What the user chose to see: the year, the filters switched off and the layout algorithm. Immutable; the
 * {@code with...} methods return changed copies.
 *
 * @param year the year the diagram shows
 * @param hiddenFilters the keys of the filters switched off, such as {@code tie.rivalry} or {@code region.Europe}
 * @param algorithm the automatic layout
 */
public record DiagramView(int year, Set<String> hiddenFilters, LayoutAlgorithm algorithm) {

	/** Copies the hidden filters, so a view never changes under its holder. */
	public DiagramView {
		hiddenFilters = Set.copyOf(hiddenFilters);
	}

	/** This view at another year. */
	public DiagramView withYear(int newYear) {
		return new DiagramView(newYear, hiddenFilters, algorithm);
	}

	/** This view with one filter switched on ({@code visible}) or off. */
	public DiagramView withFilter(String filter, boolean visible) {
		Set<String> hidden = new TreeSet<>(hiddenFilters);
		if (visible) {
			hidden.remove(filter);
		} else {
			hidden.add(filter);
		}
		return new DiagramView(year, hidden, algorithm);
	}

	/** This view with another layout algorithm. */
	public DiagramView withAlgorithm(LayoutAlgorithm newAlgorithm) {
		return new DiagramView(year, hiddenFilters, newAlgorithm);
	}

	/** Whether the filter with this key is on. */
	public boolean shows(String filter) {
		return !hiddenFilters.contains(filter);
	}
}
