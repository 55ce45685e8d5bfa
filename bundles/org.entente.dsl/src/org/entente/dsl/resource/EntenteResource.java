package org.entente.dsl.resource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * An Entente file. Files larger than {@link #maxBytes()} are not parsed: they get one error at their first character
 * instead, so that a stray multi-gigabyte file cannot exhaust the memory of the workbench or the command line.
 * The limit is 32 MiB, or {@code -Dentente.maxFileSizeMB=N}.
 */
public class EntenteResource extends LazyLinkingResource {

	/** Issue code of a file that is too large to parse. */
	public static final String FILE_TOO_LARGE = "org.entente.dsl.fileTooLarge";

	private static final long DEFAULT_MAX_MB = 32;

	/** The largest file, in bytes, that is parsed. */
	public static long maxBytes() {
		String configured = System.getProperty("entente.maxFileSizeMB");
		long megabytes = DEFAULT_MAX_MB;
		if (configured != null) {
			try {
				megabytes = Long.parseLong(configured.trim());
			} catch (NumberFormatException e) {
				// keep the default: a mistyped property must not make every file unreadable
			}
		}
		return megabytes * 1024 * 1024;
	}

	@Override
	protected void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		long limit = maxBytes();
		byte[] content = inputStream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
		if (content.length > limit) {
			long total = content.length + skipRest(inputStream);
			getContents().clear();
			getErrors().add(new FileTooLargeDiagnostic(total, limit));
			return;
		}
		super.doLoad(new ByteArrayInputStream(content), options);
	}

	/**
	 * Whether the resource is being updated from a previous state (an edit, a relink or a reparse) rather than
	 * loaded: only then can its elements hold references from before.
	 */
	public boolean isUpdatingContents() {
		return isUpdating;
	}

	@Override
	public void relink() {
		if (!isTooLarge()) {
			super.relink();
		}
	}

	private boolean isTooLarge() {
		return getErrors().stream().anyMatch(FileTooLargeDiagnostic.class::isInstance);
	}

	@Override
	public void resolveLazyCrossReferences(CancelIndicator monitor) {
		if (!isTooLarge()) {
			super.resolveLazyCrossReferences(monitor);
		}
	}

	private static long skipRest(InputStream in) throws IOException {
		long skipped = 0;
		byte[] buffer = new byte[1 << 16];
		for (int n; (n = in.read(buffer)) > 0;) {
			skipped += n;
		}
		return skipped;
	}

	/** The one error of a file that was not parsed because of its size; it points at the file's first character. */
	static final class FileTooLargeDiagnostic extends AbstractDiagnostic {

		private final String message;

		FileTooLargeDiagnostic(long bytes, long limit) {
			this.message = String.format(
					"The file is %.1f MB, more than the %d MB Entente reads; it was not parsed. "
							+ "Split it into files that import each other, or raise the limit with -Dentente.maxFileSizeMB.",
					bytes / 1048576.0, limit / 1048576);
		}

		@Override
		public String getMessage() {
			return message;
		}

		@Override
		public String getCode() {
			return FILE_TOO_LARGE;
		}

		@Override
		public String[] getData() {
			return new String[0];
		}

		@Override
		protected org.eclipse.xtext.nodemodel.INode getNode() {
			return null;
		}

		@Override
		public int getOffset() {
			return 0;
		}

		@Override
		public int getLength() {
			return 1;
		}

		@Override
		public int getLine() {
			return 1;
		}

		@Override
		public int getColumn() {
			return 1;
		}

		@Override
		public int getLineEnd() {
			return 1;
		}

		@Override
		public int getColumnEnd() {
			return 2;
		}
	}
}
