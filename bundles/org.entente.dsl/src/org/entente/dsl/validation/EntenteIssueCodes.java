package org.entente.dsl.validation;

/**
 * Issue codes of the Entente validator. Code actions and quick fixes key on them; they are API for the IDE bundles.
 */
public final class EntenteIssueCodes {

	private static final String PREFIX = "org.entente.dsl.";

	/** A name that denotes no element visible from the file. Data: the name. */
	public static final String UNRESOLVED_NAME = PREFIX + "unresolvedName";
	/** A period ends before it starts. Fix: swap the bounds. */
	public static final String PERIOD_REVERSED = PREFIX + "periodReversed";
	/** A value lies outside its range. Data: the lowest and highest allowed values. Fix: clamp. */
	public static final String VALUE_OUT_OF_RANGE = PREFIX + "valueOutOfRange";
	/** A state is a member of the same alliance twice in overlapping periods. Fix: remove the later membership. */
	public static final String DUPLICATE_MEMBERSHIP = PREFIX + "duplicateMembership";
	/** A membership lies (partly) outside the alliance's lifetime. */
	public static final String MEMBERSHIP_OUTSIDE_ALLIANCE = PREFIX + "membershipOutsideAlliance";
	/** A tie or threat relates a state to itself. */
	public static final String SELF_RELATION = PREFIX + "selfRelation";
	/** A capability value is negative. */
	public static final String NEGATIVE_CAPABILITY = PREFIX + "negativeCapability";
	/** Two capability points of one state give the same year. */
	public static final String DUPLICATE_CAPABILITY_YEAR = PREFIX + "duplicateCapabilityYear";
	/** A state has more than one capabilities block. */
	public static final String DUPLICATE_CAPABILITIES = PREFIX + "duplicateCapabilities";
	/** A variant change in a scenario that has no base. */
	public static final String CHANGE_WITHOUT_BASE = PREFIX + "changeWithoutBase";
	/** A variant removes or changes something its base does not have. */
	public static final String NOT_IN_BASE = PREFIX + "notInBase";
	/** A withdrawal of a state that is not a member of the alliance. */
	public static final String NOT_A_MEMBER = PREFIX + "notAMember";
	/** Files import each other in a cycle, or scenarios extend each other in a cycle. */
	public static final String CYCLE = PREFIX + "cycle";
	/** An import names a file that cannot be read. */
	public static final String IMPORT_UNRESOLVED = PREFIX + "importUnresolved";
	/** An element has the same name as one in an imported file. */
	public static final String DUPLICATE_ACROSS_FILES = PREFIX + "duplicateAcrossFiles";
	/** A date that does not exist (month 13, April 31). */
	public static final String INVALID_DATE = PREFIX + "invalidDate";
	/** Warning: an alliance with a single member. */
	public static final String SINGLE_MEMBER = PREFIX + "singleMember";
	/** Warning: a defense pact that names no target threat. */
	public static final String DEFENSE_WITHOUT_TARGET = PREFIX + "defenseWithoutTarget";
	/** Warning: an element dated outside the scenario's period. */
	public static final String OUTSIDE_SCENARIO_PERIOD = PREFIX + "outsideScenarioPeriod";
	/** Warning: a capability point that gives no value. */
	public static final String EMPTY_CAPABILITY = PREFIX + "emptyCapability";

	private EntenteIssueCodes() {
	}
}
