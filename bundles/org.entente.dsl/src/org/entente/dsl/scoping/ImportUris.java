package org.entente.dsl.scoping;

import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.entente.dsl.EntenteFiles;

/**
 * Which imports Entente follows: local files only. An import is a path relative to the importing file, an absolute
 * path, or a {@code file:} or {@code platform:} URI; anything with another scheme ({@code http:}, {@code https:},
 * {@code jar:}, ...) is never loaded, so that opening or validating a scenario cannot fetch from the network or read
 * inside archives. Only scenario files ({@code .entente}) are followed: an XMI model or any other file is not read as
 * a scenario. The validator reports such imports as errors.
 */
public final class ImportUris {

	private static final Set<String> LOCAL_SCHEMES = Set.of("file", "platform");

	private ImportUris() {
	}

	/** Whether the import as written names a local file. */
	public static boolean isLocal(String written) {
		if (written == null || written.isBlank()) {
			return false;
		}
		URI uri;
		try {
			uri = URI.createURI(written.trim());
		} catch (IllegalArgumentException notAUri) {
			return true; // not a URI at all: a file name the validator reports as unreadable
		}
		String scheme = uri.scheme();
		// A one-letter scheme is a Windows drive (C:/scenarios/world.entente).
		return scheme == null || scheme.length() == 1 || LOCAL_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT));
	}

	/** Whether Entente follows the import as written: a local file ({@link #isLocal}) that is a scenario file. */
	public static boolean isFollowed(String written) {
		return isLocal(written) && isScenarioFile(written);
	}

	/** Whether the import as written names a scenario file: its name ends in {@code .entente}. */
	public static boolean isScenarioFile(String written) {
		if (written == null) {
			return false;
		}
		String path = written.trim();
		int end = path.length();
		for (char delimiter : new char[] { '?', '#' }) {
			int at = path.indexOf(delimiter);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		return EntenteFiles.isScenario(path.substring(0, end));
	}
}
