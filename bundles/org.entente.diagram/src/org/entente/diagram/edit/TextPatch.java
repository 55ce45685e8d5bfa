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

	void replace(int offset, int length, String text) {
		replacements.add(new Replacement(offset, length, text, replacements.size()));
	}

	void insert(int offset, String text) {
		replace(offset, 0, text);
	}

	void delete(int offset, int length) {
		replace(offset, length, "");
	}

	boolean isEmpty() {
		return replacements.isEmpty();
	}

	/** Whether a deletion already covers {@code offset}. */
	boolean deletes(int offset, int length) {
		return replacements.stream().anyMatch(r -> r.length() > 0 && r.offset() <= offset
				&& offset + length <= r.offset() + r.length());
	}

	String applyTo(String original) {
		List<Replacement> ordered = new ArrayList<>(replacements);
		// From the end backwards, so earlier offsets stay valid; at one offset, later additions go first so the
		// earlier ones end up in front of them.
		ordered.sort(Comparator.comparingInt(Replacement::offset).thenComparingInt(Replacement::order).reversed());
		StringBuilder text = new StringBuilder(original);
		for (Replacement replacement : ordered) {
			text.replace(replacement.offset(), replacement.offset() + replacement.length(), replacement.text());
		}
		return text.toString();
	}
}
