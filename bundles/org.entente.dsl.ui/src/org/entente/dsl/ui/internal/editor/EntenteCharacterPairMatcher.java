package org.entente.dsl.ui.internal.editor;

import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;

/** Matches the brackets of the language: blocks, lists and groups. */
public class EntenteCharacterPairMatcher extends DefaultCharacterPairMatcher {

	public EntenteCharacterPairMatcher() {
		super(new char[] { '{', '}', '(', ')', '[', ']' });
	}
}
