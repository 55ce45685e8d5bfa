package org.entente.dsl.ui.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.lsp4j.FormattingOptions;
import org.entente.dsl.ui.EntenteEditorPlugin;

/** The editor's preferences (Window &gt; Preferences &gt; Entente) and their defaults. */
public final class EntentePreferences extends AbstractPreferenceInitializer {

	/** Whether the formatter indents with spaces rather than tabs. */
	public static final String INDENT_WITH_SPACES = "formatter.indentWithSpaces";
	/** Spaces per indentation level (also the tab width the formatter assumes). */
	public static final String INDENT_SIZE = "formatter.indentSize";
	/** Whether names are colored by what they denote. */
	public static final String SEMANTIC_HIGHLIGHTING = "editor.semanticHighlighting";

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = store();
		store.setDefault(INDENT_WITH_SPACES, false);
		store.setDefault(INDENT_SIZE, 4);
		store.setDefault(SEMANTIC_HIGHLIGHTING, true);
	}

	/** The preference store. */
	public static IPreferenceStore store() {
		return EntenteEditorPlugin.getDefault().getPreferenceStore();
	}

	/** The formatter's options as the language server takes them. */
	public static FormattingOptions formattingOptions() {
		IPreferenceStore store = store();
		return new FormattingOptions(Math.max(1, store.getInt(INDENT_SIZE)), store.getBoolean(INDENT_WITH_SPACES));
	}
}
