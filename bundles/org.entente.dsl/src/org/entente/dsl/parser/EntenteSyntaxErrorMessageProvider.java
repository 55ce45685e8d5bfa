package org.entente.dsl.parser;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.entente.model.EntentePackage.Literals;

/**
 * Syntax errors in the language's words rather than the parser generator's. ANTLR says "mismatched input 'fears'
 * expecting ':'", "missing RULE_INT at '.5'" or "no viable alternative at input '2017'"; an analyst should read
 * "Unexpected 'fears': expected ':'", "A whole number is missing before '.5' (write 0.5)", and, where the element
 * being written is known, how that element is written. The issue codes stay Xtext's, so quick fixes and the
 * severity preferences are unaffected.
 */
public class EntenteSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*)' expecting (.+)", Pattern.DOTALL);
	private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*)' expecting (.+)", Pattern.DOTALL);
	private static final Pattern MISSING = Pattern.compile("missing (.+?) at '(.*)'", Pattern.DOTALL);
	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at (?:input|character) '(.*)'",
			Pattern.DOTALL);
	private static final Pattern LOOP = Pattern.compile("required \\(\\.\\.\\.\\)\\+ loop did not match anything at "
			+ "(?:input|character) '(.*)'", Pattern.DOTALL);
	private static final Pattern TOKEN = Pattern.compile("RULE_[A-Z_]+|EOF");

	private static final Map<String, String> TOKENS = Map.of("RULE_ID", "a name", "RULE_INT", "a whole number",
			"RULE_STRING", "a text in double quotes", "RULE_FRACTION", "a decimal part such as .5", "RULE_ML_COMMENT",
			"a comment", "RULE_SL_COMMENT", "a comment", "EOF", "the end of the file");

	/** How the main elements are written, told when a syntax error falls inside one. */
	private static final Map<EClass, String> HOW_WRITTEN = Map.of(
			Literals.ALLIANCE, "An alliance is written: alliance NAME \"title\" KIND [BASIS] [period] { member STATE ... },"
					+ " KIND one of defense, offense, neutrality, non-aggression, consultation.",
			Literals.THREAT, "A threat is written: threat NAME: STATE fears STATE level 0.5 [period].",
			Literals.TIE, "A tie is written: tie [NAME] KIND STATE -- STATE strength 0.5 [period], KIND one of "
					+ "partnership, arms-transfer, trade-dependence, mediation, security-cooperation, aid, rivalry, "
					+ "hostility.",
			Literals.MEMBERSHIP, "A membership is written: member STATE [period], or founder, leader, observer or "
					+ "associate STATE.");

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		if (original == null || original.getMessage() == null) {
			return original;
		}
		String message = reword(original.getMessage());
		String hint = hint(context.getCurrentContext());
		return new SyntaxErrorMessage(hint == null ? message : message + " " + hint, original.getIssueCode(),
				original.getIssueData());
	}

	/** ANTLR's message in plain words; a message of another shape is returned with its token names translated. */
	static String reword(String antlr) {
		Matcher m;
		if ((m = MISMATCHED.matcher(antlr)).matches()) {
			return "Unexpected " + quoted(m.group(1)) + ": expected " + tokens(m.group(2)) + ".";
		}
		if ((m = EXTRANEOUS.matcher(antlr)).matches()) {
			return "Unexpected " + quoted(m.group(1)) + " (remove it?): expected " + tokens(m.group(2)) + ".";
		}
		if ((m = MISSING.matcher(antlr)).matches()) {
			if ("EOF".equals(m.group(1))) {
				return "Unexpected " + quoted(m.group(2)) + ": expected a new element (state, alliance, tie, threat, "
						+ "objective, event...) or the end of the file.";
			}
			String missing = tokens(m.group(1));
			String advice = "RULE_INT".equals(m.group(1)) && m.group(2).startsWith(".")
					? " (numbers start with a digit: write 0" + m.group(2) + ")"
					: "";
			return Character.toUpperCase(missing.charAt(0)) + missing.substring(1) + " is missing before "
					+ quoted(m.group(2)) + advice + ".";
		}
		if ((m = NO_VIABLE.matcher(antlr)).matches() || (m = LOOP.matcher(antlr)).matches()) {
			return "Unexpected " + quoted(m.group(1)) + ".";
		}
		return tokens(antlr);
	}

	private static String quoted(String text) {
		return text.equals("<EOF>") ? "end of file" : "'" + text + "'";
	}

	private static String tokens(String text) {
		Matcher m = TOKEN.matcher(text);
		StringBuilder result = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(result, Matcher.quoteReplacement(TOKENS.getOrDefault(m.group(), m.group())));
		}
		m.appendTail(result);
		return result.toString();
	}

	private static String hint(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			String how = HOW_WRITTEN.get(current.eClass());
			if (how != null) {
				return how;
			}
		}
		return null;
	}
}
