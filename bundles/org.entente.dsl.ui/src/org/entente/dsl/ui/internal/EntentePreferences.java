package org.entente.dsl.ui.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.validation.SeverityConverter;
import org.entente.dsl.validation.EntenteIssueSeverities;
import org.entente.dsl.ui.EntenteEditorPlugin;

/** The editor's preferences (Window &gt; Preferences &gt; Entente) and their defaults. */
public final class EntentePreferences extends AbstractPreferenceInitializer {

	/** Whether the formatter indents with spaces rather than tabs. */
	public static final String INDENT_WITH_SPACES = "formatter.indentWithSpaces";
	/** Spaces per indentation level (also the tab width the formatter assumes). */
	public static final String INDENT_SIZE = "formatter.indentSize";
	/** Whether names are colored by what they denote. */
	public static final String SEMANTIC_HIGHLIGHTING = "editor.semanticHighlighting";

	/** The preference key of a configurable issue's severity (error, warning, info or ignore). */
	public static String severityKey(String issueCode) {
		return "validation.severity." + issueCode;
	}

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = store();
		for (String code : EntenteIssueSeverities.CONFIGURABLE) {
			store.setDefault(severityKey(code), SeverityConverter.SEVERITY_WARNING);
		}
		store.setDefault(INDENT_WITH_SPACES, false);
		store.setDefault(INDENT_SIZE, 4);
		store.setDefault(SEMANTIC_HIGHLIGHTING, true);
	}

	/** The preference store. */
	public static IPreferenceStore store() {
		return EntenteEditorPlugin.getDefault().getPreferenceStore();
	}

	/**
	 * Hands the chosen severities to the language (inside a server write, so no validation reads them half-set) and
	 * revalidates the workspace.
	 */
	public static void applySeverities(EntenteLanguageService service) {
		IPreferenceStore store = store();
		MapBasedPreferenceValues values = ((IPreferenceValuesProvider.SingletonPreferenceValuesProvider) service
				.server().languageService(IPreferenceValuesProvider.class)).getPreferenceValues(null);
		service.server().server().getRequestManager().runWrite(() -> {
			for (String code : EntenteIssueSeverities.CONFIGURABLE) {
				values.put(code, store.getString(severityKey(code)));
			}
			return null;
		}, (cancelIndicator, ignored) -> null);
		service.revalidateAll();
	}

	/** The formatter's options as the language server takes them. */
	public static FormattingOptions formattingOptions() {
		IPreferenceStore store = store();
		return new FormattingOptions(Math.max(1, store.getInt(INDENT_SIZE)), store.getBoolean(INDENT_WITH_SPACES));
	}
}
