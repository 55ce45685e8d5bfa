package org.entente.diagram.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replacements in a text, applied together. Regions are in the original text; they must not overlap, except that
 * insertions at one offset keep the order they were added in.
 */
final class TextPatch {
	private record Replacement(int offset, int length, String text, int order) {
	}

	private final List<Replacement> replacements = new ArrayList<>();
	private int nextOrder;

	void replace(int offset, int length, String text) {
		Replacement added = new Replacement(offset, length, text, nextOrder++);
		if (replacements.stream().anyMatch(existing -> covers(existing, added))) {
			return; // inside what is deleted already (an alliance's membership, deleted with the alliance)
		}
		replacements.removeIf(existing -> covers(added, existing));
		replacements.add(added);
	}

	/** Whether {@code outer} deletes all of {@code inner}'s region; an insertion at its edges stays. */
	private static boolean covers(Replacement outer, Replacement inner) {
		if (outer.length() == 0 || !outer.text().isEmpty()) {
			return false;
		}
		int outerEnd = outer.offset() + outer.length();
		if (inner.length() == 0) {
			return inner.offset() > outer.offset() && inner.offset() < outerEnd;
		}
		return inner.offset() >= outer.offset() && inner.offset() + inner.length() <= outerEnd;
	}

	void insert(int offset, String text) {
		replace(offset, 0, text);
	}

	void delete(int offset, int length) {
		replace(offset, length, "");
	}

	String applyTo(String original) {
		List<Replacement> ordered = new ArrayList<>(replacements);
		// From the end backwards, so earlier offsets stay valid. At one offset, the replacement of existing text
		// goes first (it must not eat an insertion there), then the insertions, later additions first, so that the
		// earlier ones end up in front of them.
		ordered.sort(Comparator.comparingInt(Replacement::offset).reversed()
				.thenComparing(r -> r.length() == 0)
				.thenComparing(Comparator.comparingInt(Replacement::order).reversed()));
		StringBuilder text = new StringBuilder(original);
		for (Replacement replacement : ordered) {
			text.replace(replacement.offset(), replacement.offset() + replacement.length(), replacement.text());
		}
		return text.toString();
	}
}
