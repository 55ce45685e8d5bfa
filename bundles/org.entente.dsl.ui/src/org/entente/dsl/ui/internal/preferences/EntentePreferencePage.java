package org.entente.dsl.ui.internal.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.entente.dsl.ui.internal.EntentePreferences;
import org.entente.dsl.validation.EntenteIssueCodes;

/** Window &gt; Preferences &gt; Entente: formatter and editor settings of the scenario language. */
public class EntentePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public EntentePreferencePage() {
		super(GRID);
		setDescription("Settings of the Entente scenario editor. Templates and colors have their own pages.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(EntentePreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		addField(new BooleanFieldEditor(EntentePreferences.INDENT_WITH_SPACES, "Formatter: indent with &spaces",
				getFieldEditorParent()));
		IntegerFieldEditor size = new IntegerFieldEditor(EntentePreferences.INDENT_SIZE,
				"Formatter: &indentation size", getFieldEditorParent(), 2);
		size.setValidRange(1, 16);
		addField(size);
		addField(new BooleanFieldEditor(EntentePreferences.SEMANTIC_HIGHLIGHTING,
				"Color &names by what they denote (states, alliances, ties...)", getFieldEditorParent()));
		String[][] severities = { { "Error", "error" }, { "Warning", "warning" }, { "Info", "info" },
				{ "Ignore", "ignore" } };
		addSeverity("An alliance with a single member", EntenteIssueCodes.SINGLE_MEMBER, severities);
		addSeverity("A defense pact without a target threat", EntenteIssueCodes.DEFENSE_WITHOUT_TARGET, severities);
		addSeverity("An event outside the scenario's period", EntenteIssueCodes.OUTSIDE_SCENARIO_PERIOD, severities);
		addSeverity("A capability year without a value", EntenteIssueCodes.EMPTY_CAPABILITY, severities);
	}

	private void addSeverity(String label, String code, String[][] severities) {
		addField(new ComboFieldEditor(EntentePreferences.severityKey(code), "Validation: " + label, severities,
				getFieldEditorParent()));
	}
}
