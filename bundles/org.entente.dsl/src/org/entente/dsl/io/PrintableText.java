package org.entente.dsl.io;

/**
 * Makes text from a scenario safe to print on a terminal. A scenario is input like any other: a string in it can hold
 * escape sequences that, printed raw in a diagnostic, would recolour the terminal, retitle its window, move the
 * cursor over earlier lines or hide text. Control characters are shown as escapes instead (ESC as {@code \x1b},
 * U+202E as backslash-u-202e), so the user sees what the file holds.
 */
public final class PrintableText {

	private PrintableText() {
	}

	/**
	 * {@code text} with every control character but tab and line feed written as an escape: C0 controls (carriage
	 * return and escape included) and DEL as {@code \xNN}, C1 controls and the bidirectional overrides and isolates
	 * (which reorder what is shown, U+202A-U+202E and U+2066-U+2069) as backslash-u and four hex digits. {@code null} stays
	 * {@code null}.
	 */
	public static String escapeControls(String text) {
		if (text == null || text.chars().noneMatch(PrintableText::needsEscape)) {
			return text;
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!needsEscape(c)) {
				escaped.append(c);
			} else if (c < 0x80) {
				escaped.append(String.format("\\x%02x", (int) c));
			} else {
				escaped.append(String.format("\\u%04x", (int) c));
			}
		}
		return escaped.toString();
	}

	private static boolean needsEscape(int c) {
		if (c == '\t' || c == '\n') {
			return false;
		}
		return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || (c >= 0x202a && c <= 0x202e)
				|| (c >= 0x2066 && c <= 0x2069);
	}
}
