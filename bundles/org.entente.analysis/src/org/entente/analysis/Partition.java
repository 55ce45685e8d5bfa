package org.entente.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Model elements split into sides: the two camps of a structural-balance split, the predicted alignment of
 * landscape theory. The order of the sides and of the elements in each is the analysis's.
 *
 * @param sides the sides, each a list of elements
 */
public record Partition(List<List<ElementRef>> sides) {

	public Partition {
		List<List<ElementRef>> copy = new ArrayList<>();
		sides.forEach(side -> copy.add(List.copyOf(side)));
		sides = List.copyOf(copy);
	}

	/** A partition of the given sides. */
	@SafeVarargs
	public static Partition of(List<ElementRef>... sides) {
		return new Partition(List.of(sides));
	}

	/** The side {@code element} is on, or -1. */
	public int sideOf(ElementRef element) {
		for (int i = 0; i < sides.size(); i++) {
			if (sides.get(i).contains(element)) {
				return i;
			}
		}
		return -1;
	}

	/** The sides as names, {@code A, B | C, D}. */
	@Override
	public String toString() {
		return sides.stream().map(side -> side.stream().map(ElementRef::name).collect(Collectors.joining(", ")))
				.collect(Collectors.joining(" | "));
	}
}
