package org.entente.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.validation.Issue;
import org.entente.dsl.load.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** Syntax errors and duplicate names are told in the language's words, with how the element is written. */
class SyntaxMessagesTest {

	private static List<Issue> issues(String text) {
		return ScenarioLoader.shared().parse(URI.createFileURI("/tmp/messages.entente"), text).issues();
	}

	/** The message on {@code line} that starts with {@code start}; fails listing the line's messages otherwise. */
	private static String message(List<Issue> issues, int line, String start) {
		List<String> onLine = issues.stream().filter(issue -> issue.getLineNumber() == line).map(Issue::getMessage)
				.toList();
		return onLine.stream().filter(message -> message.startsWith(start)).findFirst()
				.orElseThrow(() -> new AssertionError("no message starting '" + start + "' on line " + line + ": "
						+ onLine));
	}

	@Test
	void parserJargonIsTranslated() {
		List<Issue> issues = issues("""
				scenario j period 2000..2030
				state USA
				state CHN
				threat USA fears CHN level 0.5
				threat T2: USA fears CHN level .5
				alliance Pact 2017.. {
					member USA
				}
				tie partnership USA -- CHN strength 0.5 2020.
				""");
		for (Issue issue : issues) {
			String message = issue.getMessage();
			assertFalse(message.contains("RULE_") || message.contains("mismatched") || message.contains("viable")
					|| message.contains("extraneous") || message.contains("NamedElement"), message);
		}
		String threat = message(issues, 4, "Unexpected 'fears': expected ':'.");
		assertTrue(threat.contains("A threat is written: threat NAME: STATE fears STATE level 0.5"), threat);
		message(issues, 5, "A whole number is missing before '.5' (numbers start with a digit: write 0.5).");
		String alliance = message(issues, 6, "Unexpected '2017'.");
		assertTrue(alliance.contains("KIND one of defense, offense"), alliance);
		message(issues, 9, "Unexpected '.': expected '..'.");
	}

	@Test
	void aDuplicateNameSaysWhatSharesTheNameSpace() {
		List<Issue> issues = issues("scenario d period 2000..2001\nstate CHN\nalliance CHN defense {\n\tmember CHN\n}\n");
		message(issues, 3, "Duplicate name 'CHN': this alliance has the name of another element");
		message(issues, 2, "Duplicate name 'CHN': this state");
	}
}
