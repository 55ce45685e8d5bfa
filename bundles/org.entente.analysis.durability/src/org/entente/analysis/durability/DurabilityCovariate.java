package org.entente.analysis.durability;

import java.util.Arrays;
import java.util.List;

/**
 * What the durability model knows about one membership in one year, computed by Entente from the scenario through
 * the world projection, so that a model fitted on the historical world applies to any scenario. A covariate the
 * scenario cannot give is missing ({@code NaN}), never zero.
 */
public enum DurabilityCovariate {
	ALLIANCE_AGE("alliance_age", "years since the alliance began"),
	MEMBERS_LOG("members_log", "natural log of the number of members that year"),
	DEFENSE("defense", "1 if the member promises defense"),
	OFFENSE("offense", "1 if the member promises offense"),
	NEUTRALITY("neutrality", "1 if the member promises neutrality"),
	NON_AGGRESSION("non_aggression", "1 if the member promises non-aggression"),
	CONSULTATION("consultation", "1 if the member promises consultation"),
	MAJOR_POWER("major_power", "1 if the member is a major power; missing in a year without major powers"),
	ASYMMETRIC("asymmetric", "1 if the alliance has major and minor powers; missing in a year without major powers"),
	CAPABILITY_SHARE("capability_share", "the member's share of the alliance's capability (CINC)"),
	SHARE_CHANGE_10Y("share_change_10y",
			"absolute change of that share over ten years, among the same members; missing without capability ten years before"),
	CONCENTRATION("concentration", "Herfindahl index of the members' capability shares"),
	EFFECTIVE_POLES("effective_poles", "effective number of poles: 1 / sum of squared shares of the major powers' capability"),
	CON("con", "Singer, Bremer and Stuckey's concentration of capability among the major powers (0 equal, 1 one power)"),
	THREAT("threat", "highest level of the threats the member perceives; missing in a year without threats"),
	REGIME_CHANGE_10Y("regime_change_10y",
			"1 if the member's regime changed in the last ten years; missing without regimes");

	private final String id;
	private final String description;

	DurabilityCovariate(String id, String description) {
		this.id = id;
		this.description = description;
	}

	/** The name used in model files, result tables and the command line. */
	public String id() {
		return id;
	}

	public String description() {
		return description;
	}

	public static DurabilityCovariate of(String id) {
		return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no durability covariate '" + id + "'; known: "
						+ ids(List.of(values()))));
	}

	public static List<String> ids(List<DurabilityCovariate> covariates) {
		return covariates.stream().map(DurabilityCovariate::id).toList();
	}
}
