package org.entente.dsl.ui.internal.editor;

import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.ui.IEditorPart;

/** {@code org.entente.dsl.ui.isScenarioEditor}: whether an editor part edits a scenario (enables its commands). */
public class ScenarioEditorTester extends PropertyTester {

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		return receiver instanceof IEditorPart editor && ScenarioEditorContext.of(editor) != null;
	}
}
