package org.entente.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.entente.dsl.io.PrintableText;
import org.entente.dsl.load.LoadedScenario;
import org.entente.dsl.resource.EntenteResource;
import org.entente.dsl.validation.EntenteIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Bad input never throws: it gives diagnostics with a file location. */
@ExtendWith(InjectionExtension.class)
@InjectWith(EntenteInjectorProvider.class)
class EntenteRobustnessTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	@TempDir
	Path folder;

	/** Loads and validates a file as the workbench and the command line do, and returns every issue. */
	private List<Issue> loadAndValidate(Path file) {
		XtextResourceSet set = resourceSets.get();
		Resource resource = set.getResource(URI.createFileURI(file.toString()), true);
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	private static void assertLocatedErrors(List<Issue> issues) {
		assertFalse(issues.isEmpty(), "bad input gives diagnostics");
		for (Issue issue : issues) {
			assertTrue(issue.getLineNumber() != null && issue.getLineNumber() >= 1, issue::toString);
			assertTrue(issue.getColumn() != null && issue.getColumn() >= 1, issue::toString);
		}
	}

	@Test
	void randomBytes() throws Exception {
		Random random = new Random(20261124);
		for (int round = 0; round < 20; round++) {
			byte[] bytes = new byte[1 + random.nextInt(4000)];
			random.nextBytes(bytes);
			Path file = Files.write(folder.resolve("random" + round + ".entente"), bytes);
			assertLocatedErrors(loadAndValidate(file));
		}
	}

	@Test
	void everyTruncationOfAValidFile() throws Exception {
		String text = EntenteParsingTest.WORLD;
		for (int cut = 1; cut < text.length(); cut += 7) {
			Path file = Files.writeString(folder.resolve("cut.entente"), text.substring(0, cut));
			List<Issue> issues = loadAndValidate(file);
			issues.forEach(issue -> assertTrue(issue.getLineNumber() != null, issue::toString));
		}
	}

	@Test
	void deepNesting() throws Exception {
		String text = "scenario s state USA " + "{".repeat(50_000) + "}".repeat(50_000);
		assertLocatedErrors(loadAndValidate(Files.writeString(folder.resolve("deep.entente"), text)));
	}

	@Test
	void anUnknownImport() throws Exception {
		Path file = Files.writeString(folder.resolve("importer.entente"),
				"import \"nowhere/missing.entente\"\nscenario s extends missing\nstate USA");
		List<Issue> issues = loadAndValidate(file);
		assertLocatedErrors(issues);
		assertTrue(issues.stream().anyMatch(i -> EntenteIssueCodes.IMPORT_UNRESOLVED.equals(i.getCode())
				&& i.getLineNumber() == 1), issues::toString);
		assertTrue(issues.stream().anyMatch(i -> EntenteIssueCodes.UNRESOLVED_NAME.equals(i.getCode())
				&& i.getLineNumber() == 2), issues::toString);
	}

	@Test
	void aFiftyMegabyteFile() throws Exception {
		Path file = folder.resolve("huge.entente");
		byte[] line = "state S \"a state\"\n".getBytes(StandardCharsets.UTF_8);
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write("scenario huge\n".getBytes(StandardCharsets.UTF_8));
			for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
				out.write(line);
			}
		}
		assertTrue(Files.size(file) > EntenteResource.maxBytes(), "the default limit is below 50 MB");
		List<Issue> issues = loadAndValidate(file);
		assertEquals(1, issues.size(), issues::toString);
		Issue issue = issues.get(0);
		assertEquals(EntenteResource.FILE_TOO_LARGE, issue.getCode());
		assertEquals(1, issue.getLineNumber());
		assertEquals(1, issue.getColumn());
		assertTrue(issue.getMessage().contains("50.0 MB"), issue.getMessage());
	}

	@Test
	void aFileThatCannotBeDecodedAsText() throws IOException {
		Path file = Files.write(folder.resolve("latin1.entente"),
				"scenario s state CIV \"C\u00f4te d'Ivoire\" \u00ff\u00fe".getBytes(StandardCharsets.ISO_8859_1));
		assertLocatedErrors(loadAndValidate(file));
	}

	@Test
	void aByteOrderMarkIsNotPartOfTheText() throws IOException {
		byte[] scenario = "scenario s period 2000..2001\nstate A \"A\"\n".getBytes(StandardCharsets.UTF_8);
		Path file = folder.resolve("bom.entente");
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			out.write(scenario);
		}
		assertEquals(List.of(), loadAndValidate(file));
	}

	@Test
	void bytesThatAreNotUtf8AreAnErrorWhereTheyOccur() throws IOException {
		Path file = folder.resolve("mixed.entente");
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write("scenario s period 2000..2001\nstate CIV \"C".getBytes(StandardCharsets.UTF_8));
			out.write(new byte[] { (byte) 0xF4 }); // Latin-1 o-circumflex: not UTF-8
			out.write("te d'Ivoire \u00e9\" state B \"".getBytes(StandardCharsets.UTF_8));
			out.write(new byte[] { (byte) 0xFF, (byte) 0xFE });
			out.write("\"\n".getBytes(StandardCharsets.UTF_8));
		}
		List<Issue> issues = loadAndValidate(file);
		assertEquals(1, issues.size(), issues::toString);
		Issue issue = issues.get(0);
		assertEquals(EntenteResource.INVALID_ENCODING, issue.getCode());
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertEquals(2, issue.getLineNumber());
		assertEquals(13, issue.getColumn(), "the column of the bad byte, in characters");
		assertTrue(issue.getMessage().contains("byte 0xF4") && issue.getMessage().contains("2 more after it"),
				issue::getMessage);
	}

	@Test
	void terminalEscapesInTheFileArePrintedAsEscapes() throws IOException {
		Path file = Files.writeString(folder.resolve("escapes.entente"),
				"scenario s period 2000..2001\nstate A \"A\"\n\u001b]0;owned\u0007\u001b[2J\u202e\n");
		List<Issue> issues = loadAndValidate(file);
		assertTrue(issues.stream().anyMatch(issue -> issue.getMessage().indexOf('\u001b') >= 0),
				() -> "the parser quotes the escape character: " + issues);
		for (Issue issue : issues) {
			String printed = LoadedScenario.describe(file.toString(), issue);
			assertTrue(printed.chars().noneMatch(c -> c < 0x20 || c == 0x202e), printed);
		}
		assertEquals("\\x1b]0;owned\\x07\\x1b[2J\\u202e tab\tkept",
				PrintableText.escapeControls("\u001b]0;owned\u0007\u001b[2J\u202e tab\tkept"));
	}
}
