package org.entente.dsl.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.entente.dsl.ui.internal.EntenteLanguageService;

/**
 * Lexical coloring, as in Xtext editors: keywords (read from the grammar, so the editor never lags behind the
 * language), comments, strings and numbers. Names are colored by {@link SemanticHighlighter} once the model is built.
 */
public class EntentePresentationReconciler extends PresentationReconciler {

	static final RGB KEYWORD = new RGB(127, 0, 85);
	static final RGB COMMENT = new RGB(63, 127, 95);
	static final RGB STRING = new RGB(42, 0, 255);
	static final RGB NUMBER = new RGB(125, 125, 125);

	/** The grammar's keywords made of letters (punctuation needs no color). */
	public static Set<String> keywords() {
		IGrammarAccess grammar = EntenteLanguageService.get().server().languageService(IGrammarAccess.class);
		Set<String> keywords = new java.util.TreeSet<>();
		for (String keyword : GrammarUtil.getAllKeywords(grammar.getGrammar())) {
			if (!keyword.isEmpty() && Character.isLetter(keyword.charAt(0))) {
				keywords.add(keyword);
			}
		}
		return keywords;
	}

	public EntentePresentationReconciler() {
		RuleBasedScanner scanner = new RuleBasedScanner();
		IToken keyword = new Token(new TextAttribute(new Color(KEYWORD), null, SWT.BOLD));
		IToken comment = new Token(new TextAttribute(new Color(COMMENT)));
		IToken string = new Token(new TextAttribute(new Color(STRING)));
		IToken number = new Token(new TextAttribute(new Color(NUMBER)));
		List<IRule> rules = new ArrayList<>();
		rules.add(new EndOfLineRule("//", comment));
		rules.add(new MultiLineRule("/*", "*/", comment, (char) 0, true));
		rules.add(new SingleLineRule("\"", "\"", string, '\\'));
		rules.add(new SingleLineRule("'", "'", string, '\\'));
		rules.add(new WhitespaceRule(Character::isWhitespace));
		WordRule words = new WordRule(new IWordDetector() {
			@Override
			public boolean isWordStart(char c) {
				return Character.isLetter(c) || c == '_' || c == '^';
			}

			@Override
			public boolean isWordPart(char c) {
				return Character.isLetterOrDigit(c) || c == '_' || c == '-';
			}
		}, Token.UNDEFINED);
		keywords().forEach(word -> words.addWord(word, keyword));
		rules.add(words);
		rules.add(new NumberRule(number));
		scanner.setRules(rules.toArray(IRule[]::new));
		DefaultDamagerRepairer damagerRepairer = new BlockCommentAwareDamagerRepairer(scanner);
		setDamager(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
	}

	/**
	 * Repaints from the changed line on, as usual, except when an edit may open or close a block comment: then the
	 * rest of the document, because its coloring may have changed far below the edit.
	 */
	private static final class BlockCommentAwareDamagerRepairer extends DefaultDamagerRepairer {
		BlockCommentAwareDamagerRepairer(RuleBasedScanner scanner) {
			super(scanner);
		}

		@Override
		public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
			String inserted = event.getText() == null ? "" : event.getText();
			if (inserted.contains("/") || inserted.contains("*") || event.getLength() > 0) {
				int start = Math.max(0, Math.min(event.getOffset(), event.getDocument().getLength()));
				try {
					start = event.getDocument().getLineOffset(event.getDocument().getLineOfOffset(start));
				} catch (org.eclipse.jface.text.BadLocationException e) {
					start = 0;
				}
				return new Region(start, event.getDocument().getLength() - start);
			}
			return super.getDamageRegion(partition, event, documentPartitioningChanged);
		}
	}
}
