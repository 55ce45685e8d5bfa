package org.entente.dsl.resource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * An Entente file. Files larger than {@link #maxBytes()} are not parsed: they get one error at their first character
 * instead, so that a stray multi-gigabyte file cannot exhaust the memory of the workbench or the command line.
 * The limit is 32 MiB, or {@code -Dentente.maxFileSizeMB=N}. A UTF-8 file may start with a byte order mark; bytes that
 * are not UTF-8 are an error where they first occur (they would otherwise turn into U+FFFD unnoticed and be saved so).
 */
public class EntenteResource extends LazyLinkingResource {

	/** Issue code of a file that is too large to parse. */
	public static final String FILE_TOO_LARGE = "org.entente.dsl.fileTooLarge";

	/** Issue code of a file whose bytes are not UTF-8. */
	public static final String INVALID_ENCODING = "org.entente.dsl.invalidEncoding";

	private static final long DEFAULT_MAX_MB = 32;

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** The first bytes of the file that are not UTF-8, found when it was loaded; {@code null} when there are none. */
	private FileDiagnostic encodingProblem;

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
		encodingProblem = null;
		long limit = maxBytes();
		byte[] content = inputStream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
		if (content.length > limit) {
			long total = content.length + skipRest(inputStream);
			getContents().clear();
			getErrors().add(FileDiagnostic.atStart(FILE_TOO_LARGE, String.format(Locale.ROOT,
					"The file is %.1f MB, more than the %d MB Entente reads; it was not parsed. "
							+ "Split it into files that import each other, or raise the limit with -Dentente.maxFileSizeMB.",
					total / 1048576.0, limit / 1048576)));
			return;
		}
		setEncodingFromOptions(options);
		int start = 0;
		if (isUtf8()) {
			// Editors on Windows write a byte order mark; it is not part of the text.
			start = startsWithByteOrderMark(content) ? BYTE_ORDER_MARK.length : 0;
			encodingProblem = Utf8Check.firstProblem(content, start);
		}
		super.doLoad(new ByteArrayInputStream(content, start, content.length - start), options);
	}

	@Override
	protected void addSyntaxErrors() {
		super.addSyntaxErrors();
		if (encodingProblem != null) {
			// Kept through relinking and edits: the bytes on disk stay wrong until the file is saved as UTF-8.
			getErrors().add(0, encodingProblem);
		}
	}

	private boolean isUtf8() {
		try {
			return Charset.forName(getEncoding()).equals(StandardCharsets.UTF_8);
		} catch (IllegalArgumentException unknownEncoding) {
			return false;
		}
	}

	private static boolean startsWithByteOrderMark(byte[] content) {
		return content.length >= BYTE_ORDER_MARK.length && content[0] == BYTE_ORDER_MARK[0]
				&& content[1] == BYTE_ORDER_MARK[1] && content[2] == BYTE_ORDER_MARK[2];
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
		return getErrors().stream()
				.anyMatch(error -> error instanceof FileDiagnostic file && FILE_TOO_LARGE.equals(file.getCode()));
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

	/** Finds bytes that are not UTF-8, which a lenient decoder would turn into U+FFFD without a word. */
	static final class Utf8Check {

		private Utf8Check() {
		}

		/** The error for the first malformed sequence of {@code content} from {@code start}, or {@code null}. */
		static FileDiagnostic firstProblem(byte[] content, int start) {
			CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT);
			ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
			// The characters are not kept: a small buffer, emptied whenever it fills, is enough to find the bytes.
			CharBuffer out = CharBuffer.allocate(8192);
			CoderResult result = decode(strict, in, out);
			if (!result.isError()) {
				return null;
			}
			int bad = in.position();
			int badSequences = 0;
			for (CoderResult next = result; next.isError(); next = decode(strict, in, out)) {
				badSequences++;
				in.position(in.position() + next.length());
			}
			String before = new String(content, start, bad - start, StandardCharsets.UTF_8);
			int line = 1;
			int lineStart = 0;
			for (int i = 0; i < before.length(); i++) {
				if (before.charAt(i) == '\n') {
					line++;
					lineStart = i + 1;
				}
			}
			String message = String.format(Locale.ROOT,
					"The file is not valid UTF-8: byte 0x%02X here is not part of a character%s, and is read as U+FFFD. "
							+ "Entente files are UTF-8; this one may be in Latin-1 or Windows-1252: save it as UTF-8.",
					content[bad] & 0xFF, badSequences > 1 ? " (" + (badSequences - 1) + " more after it)" : "");
			return new FileDiagnostic(INVALID_ENCODING, message, before.length(), line,
					before.length() - lineStart + 1);
		}
	}

	/** Decodes until the input ends or a malformed sequence is met, emptying {@code out} whenever it fills. */
	private static CoderResult decode(CharsetDecoder decoder, ByteBuffer in, CharBuffer out) {
		while (true) {
			CoderResult result = decoder.decode(in, out, true);
			if (!result.isOverflow()) {
				return result;
			}
			out.clear();
		}
	}

	/** An error about the file as a whole (its size, its encoding), at one place in it. */
	static final class FileDiagnostic extends AbstractDiagnostic {

		private final String code;
		private final String message;
		private final int offset;
		private final int line;
		private final int column;

		FileDiagnostic(String code, String message, int offset, int line, int column) {
			this.code = code;
			this.message = message;
			this.offset = offset;
			this.line = line;
			this.column = column;
		}

		static FileDiagnostic atStart(String code, String message) {
			return new FileDiagnostic(code, message, 0, 1, 1);
		}

		@Override
		public String getMessage() {
			return message;
		}

		@Override
		public String getCode() {
			return code;
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
			return offset;
		}

		@Override
		public int getLength() {
			return 1;
		}

		@Override
		public int getLine() {
			return line;
		}

		@Override
		public int getColumn() {
			return column;
		}

		@Override
		public int getLineEnd() {
			return line;
		}

		@Override
		public int getColumnEnd() {
			return column + 1;
		}
	}
}
