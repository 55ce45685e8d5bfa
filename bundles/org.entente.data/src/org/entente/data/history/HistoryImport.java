package org.entente.data.history;

import java.nio.file.Path;

/**
 * What {@link HistoryImporter} reads: the Correlates of War state system and capabilities and the ATOP alliances.
 *
 * @param states       the State System Membership list ({@code states2016.csv})
 * @param majors       the major powers ({@code majors2016.csv})
 * @param capabilities the National Material Capabilities, v6 or v7 ({@code NMC-60-abridged.csv})
 * @param atopMembers  ATOP's member-level file ({@code atop5_1m.csv})
 * @param scenarioName the scenario's name, or {@code null} for {@code history}
 */
public record HistoryImport(Path states, Path majors, Path capabilities, Path atopMembers, String scenarioName) {

	public HistoryImport {
		if (scenarioName == null || scenarioName.isBlank()) {
			scenarioName = "history";
		}
	}

	/**
	 * The files as the data folder lays them out: {@code cow/states2016.csv}, {@code cow/majors2016.csv},
	 * {@code cow/NMC-60-abridged.csv} (or, with {@code nmcVersion} 7, {@code NMC-70-abridged.csv}) and
	 * {@code atop/atop5_1m.csv}.
	 */
	public static HistoryImport fromDataFolder(Path data, int nmcVersion) {
		Path cow = data.resolve("cow");
		String nmc = nmcVersion == 7 ? "NMC-70-abridged.csv" : "NMC-60-abridged.csv";
		return new HistoryImport(cow.resolve("states2016.csv"), cow.resolve("majors2016.csv"), cow.resolve(nmc),
				data.resolve("atop").resolve("atop5_1m.csv"), null);
	}
}
