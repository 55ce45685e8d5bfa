package org.entente.analysis.durability;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.entente.model.TerminationMode;

/**
 * Which ways of leaving an alliance count as its end (the event of the survival model); the others censor the
 * membership. The default is termination as the alliance-duration literature means it: the member stops being
 * bound, whether the treaty lapsed, was broken, became moot or was lost in war. A treaty replaced by a new one among
 * the members is renegotiation, not termination; a member that lost its independence left the system, a competing
 * risk. A hand-written membership that ends without saying how is counted as {@code unknown}.
 *
 * @param modes   the ATOP termination modes that count
 * @param unknown whether an end without a stated mode counts
 */
public record TerminationEvents(Set<TerminationMode> modes, boolean unknown) {

	/** The name of an end without a stated mode. */
	public static final String UNKNOWN = "unknown";

	public TerminationEvents {
		modes = modes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modes));
	}

	public static TerminationEvents termination() {
		return new TerminationEvents(EnumSet.of(TerminationMode.NOT_RENEWED, TerminationMode.BROKEN_EARLY,
				TerminationMode.CASUS_CEASED, TerminationMode.WAR_LOST), true);
	}

	/** Parses mode literals as the DSL writes them ({@code broken-early}, ...) and {@code unknown}. */
	public static TerminationEvents parse(List<String> names) {
		Set<TerminationMode> modes = EnumSet.noneOf(TerminationMode.class);
		boolean unknown = false;
		for (String name : names) {
			String trimmed = name.trim();
			if (trimmed.equals(UNKNOWN)) {
				unknown = true;
				continue;
			}
			TerminationMode mode = TerminationMode.get(trimmed);
			if (mode == null) {
				List<String> known = new ArrayList<>(TerminationMode.VALUES.stream().map(TerminationMode::getLiteral).toList());
				known.add(UNKNOWN);
				throw new IllegalArgumentException("'" + trimmed + "' is not a way a membership ends; use " + known);
			}
			modes.add(mode);
		}
		if (modes.isEmpty() && !unknown) {
			throw new IllegalArgumentException("no termination counts as an event");
		}
		return new TerminationEvents(modes, unknown);
	}

	/** Whether a membership that ended this way ({@code null}: not stated) counts as an event. */
	public boolean counts(TerminationMode mode) {
		return mode == null ? unknown : modes.contains(mode);
	}

	/** The literals, in the model's order, {@code unknown} last. */
	public List<String> names() {
		List<String> names = new ArrayList<>();
		for (TerminationMode mode : TerminationMode.VALUES) {
			if (modes.contains(mode)) {
				names.add(mode.getLiteral());
			}
		}
		if (unknown) {
			names.add(UNKNOWN);
		}
		return names;
	}
}
