package org.entente.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Opens a diagram's address in the user's browser without putting its token on a command line. Any local user can
 * read the arguments of any process ({@code ps}, {@code /proc/PID/cmdline}), and the token is what keeps other users
 * out of the diagram. So the browser is given a page in a folder only this user can read, and that page forwards to
 * the address with the token (as Jupyter does). The page is deleted on {@link #close()}.
 */
public final class BrowserLaunch implements AutoCloseable {
	private final Path folder;
	private final Path page;

	private BrowserLaunch(Path folder, Path page) {
		this.folder = folder;
		this.page = page;
	}

	/**
	 * Writes the forwarding page for {@code url}.
	 *
	 * @throws IOException when the page cannot be written
	 */
	public static BrowserLaunch prepare(String url) throws IOException {
		boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
		Path folder = posix
				? Files.createTempDirectory("entente-diagram-",
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
				: Files.createTempDirectory("entente-diagram-");
		Path page = folder.resolve("open.html");
		String html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
				+ "<meta http-equiv=\"refresh\" content=\"0;url=" + escapeHtml(url) + "\">\n"
				+ "<title>Entente diagram</title></head>\n<body><p>Opening the diagram: <a href=\"" + escapeHtml(url)
				+ "\">continue</a>.</p></body></html>\n";
		if (posix) {
			Files.createFile(page, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		Files.writeString(page, html, StandardCharsets.UTF_8);
		return new BrowserLaunch(folder, page);
	}

	/** The forwarding page. */
	public Path page() {
		return page;
	}

	/**
	 * The command that opens the page: {@code browser} (the user's {@code $BROWSER}) when given, else
	 * {@code xdg-open}; its arguments name the page, never the address.
	 */
	public List<String> command(String browser) {
		String pageUri = page.toUri().toString();
		return browser != null && !browser.isBlank() ? List.of(browser, pageUri) : List.of("xdg-open", pageUri);
	}

	/** Deletes the page and its folder. */
	@Override
	public void close() {
		try {
			Files.deleteIfExists(page);
			Files.deleteIfExists(folder);
		} catch (IOException stillThere) {
			// a temporary folder: the system cleans it
		}
	}

	private static String escapeHtml(String text) {
		return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
