package org.entente.dsl;

import java.nio.file.Path;

/** What makes a file a scenario file. */
public final class EntenteFiles {

	/** The file extension of scenarios, without the dot. */
	public static final String EXTENSION = "entente";

	/** The file name suffix of scenarios, with the dot. */
	public static final String SUFFIX = "." + EXTENSION;

	private EntenteFiles() {
	}

	/** Whether {@code fileName} names a scenario file. */
	public static boolean isScenario(String fileName) {
		return fileName != null && fileName.endsWith(SUFFIX);
	}

	/** Whether {@code file}'s name is that of a scenario file. */
	public static boolean isScenario(Path file) {
		return file != null && file.getFileName() != null && isScenario(file.getFileName().toString());
	}

	/** The file's name without the scenario suffix: {@code europe-1914} for {@code europe-1914.entente}. */
	public static String baseName(Path file) {
		String name = file.getFileName().toString();
		return isScenario(name) ? name.substring(0, name.length() - SUFFIX.length()) : name;
	}
}
