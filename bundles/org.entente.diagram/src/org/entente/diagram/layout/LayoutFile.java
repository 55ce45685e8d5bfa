package org.entente.diagram.layout;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.entente.dsl.io.AtomicFiles;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * The layout of a scenario's diagram, kept beside the scenario ({@code europe-1914.entente} has
 * {@code europe-1914.entente.layout}) so that positions never enter the scenario text: the year shown, the filters
 * switched off, the layout algorithm, and the positions of the nodes the user moved. JSON, written atomically.
 */
public final class LayoutFile {
	/** The suffix added to the scenario file's name. */
	public static final String SUFFIX = ".layout";
	private static final int FORMAT_VERSION = 1;
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

	/** The file's content. Mutable: the diagram session owns one and saves it after each change. */
	public static final class Content {
		int version = FORMAT_VERSION;
		Integer year;
		String layout;
		Set<String> hiddenFilters = new TreeSet<>();
		Map<String, Position> positions = new TreeMap<>();

		/** The year last shown, or {@code null}. */
		public Integer year() {
			return year;
		}

		/** The algorithm last chosen, or {@code null}. */
		public LayoutAlgorithm algorithm() {
			try {
				return layout == null ? null : LayoutAlgorithm.ofKey(layout);
			} catch (IllegalArgumentException unknown) {
				return null;
			}
		}

		/** The filters switched off. */
		public Set<String> hiddenFilters() {
			return hiddenFilters == null ? Set.of() : hiddenFilters;
		}

		/**
		 * The positions placed by hand, by node id; a copy. Positions that are not {@linkplain Position#isUsable()
		 * usable} (a file edited by hand to hold NaN or 1e999, which Gson reads) are left out: the layout places
		 * those nodes.
		 */
		public Map<String, Position> positions() {
			Map<String, Position> usable = new LinkedHashMap<>();
			if (positions != null) {
				positions.forEach((id, position) -> {
					if (id != null && position != null && position.isUsable()) {
						usable.put(id, position);
					}
				});
			}
			return usable;
		}

		/** Remembers the view. */
		public void setView(int newYear, LayoutAlgorithm algorithm, Set<String> hidden) {
			year = newYear;
			layout = algorithm.key();
			hiddenFilters = new TreeSet<>(hidden);
		}

		/** Replaces all manual positions; unusable ones are not kept (JSON has no NaN or infinity). */
		public void setPositions(Map<String, Position> newPositions) {
			positions = new TreeMap<>();
			newPositions.forEach((id, position) -> {
				if (position.isUsable()) {
					positions.put(id, position);
				}
			});
		}
	}

	private LayoutFile() {
	}

	/** The layout file of a scenario file. */
	public static Path beside(Path scenarioFile) {
		return scenarioFile.resolveSibling(scenarioFile.getFileName() + SUFFIX);
	}

	/**
	 * Reads a layout file. A missing file is an empty layout.
	 *
	 * @throws IOException when the file cannot be read or is not a layout file; the message names the file
	 */
	public static Content read(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			Content content = GSON.fromJson(reader, Content.class);
			if (content == null) {
				return new Content();
			}
			if (content.version > FORMAT_VERSION) {
				throw new IOException(file + ": layout format " + content.version + " is newer than this version reads ("
						+ FORMAT_VERSION + ")");
			}
			return content;
		} catch (NoSuchFileException missing) {
			return new Content();
		} catch (JsonParseException malformed) {
			throw new IOException(file + ": not a diagram layout file: " + malformed.getMessage(), malformed);
		}
	}

	/** Writes a layout file whole or not at all ({@link AtomicFiles}). */
	public static void write(Path file, Content content) throws IOException {
		AtomicFiles.write(file, GSON.toJson(content).getBytes(StandardCharsets.UTF_8));
	}
}
