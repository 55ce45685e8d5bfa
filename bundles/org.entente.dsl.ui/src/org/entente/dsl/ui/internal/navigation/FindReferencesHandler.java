package org.entente.dsl.ui.internal.navigation;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.search.ui.NewSearchUI;
import org.entente.dsl.ui.internal.OpenDocuments;
import org.entente.dsl.ui.internal.editor.ScenarioEditorContext;

/**
 * Find References (Ctrl+Shift+G, the generic editor's command): every use of the element under the caret, across
 * the workspace, in the Search view.
 */
public class FindReferencesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ScenarioEditorContext context = ScenarioEditorContext.of(event);
		if (context != null) {
			NewSearchUI.runQueryInBackground(query(context));
		}
		return null;
	}

	/** The query for the element under the caret. */
	public static ReferencesQuery query(ScenarioEditorContext context) {
		String name = RenameHandler.currentName(context);
		return new ReferencesQuery(context.file(),
				OpenDocuments.position(context.document(), context.selection().getOffset()),
				name == null ? "the element at the caret" : name);
	}
}
