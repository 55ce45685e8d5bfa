package org.entente.dsl.ui.internal;

import java.io.IOException;

import org.eclipse.jface.text.templates.ContextTypeRegistry;
import org.eclipse.jface.text.templates.TemplateContextType;
import org.eclipse.jface.text.templates.GlobalTemplateVariables;
import org.eclipse.ui.editors.text.templates.ContributionContextTypeRegistry;
import org.eclipse.ui.editors.text.templates.ContributionTemplateStore;
import org.entente.dsl.ui.EntenteEditorPlugin;

/** The scenario templates and their context type, from {@code plugin.xml}, with the user's changes. */
public final class EntenteTemplates {

	/** The context type of templates at the top level of a scenario. */
	public static final String CONTEXT_TYPE = "org.entente.dsl.ui.templates.scenario";
	/** The registry of the context types, declared in {@code plugin.xml}. */
	public static final String REGISTRY = "org.entente.dsl.ui.templates.registry";
	private static final String STORE_KEY = "org.entente.dsl.ui.templates";

	private static ContributionContextTypeRegistry contextTypes;
	private static ContributionTemplateStore store;

	private EntenteTemplates() {
	}

	/** Templates at the top level of a scenario; they may use the cursor and the current year. */
	public static class ScenarioContextType extends TemplateContextType {
		public ScenarioContextType() {
			addResolver(new GlobalTemplateVariables.Cursor());
			addResolver(new GlobalTemplateVariables.Year());
		}
	}

	/** The context types. */
	public static synchronized ContextTypeRegistry contextTypes() {
		if (contextTypes == null) {
			contextTypes = new ContributionContextTypeRegistry(REGISTRY);
		}
		return contextTypes;
	}

	/** The templates, loaded on first use. */
	public static synchronized ContributionTemplateStore store() {
		if (store == null) {
			store = new ContributionTemplateStore(contextTypes(), EntenteEditorPlugin.getDefault().getPreferenceStore(),
					STORE_KEY);
			try {
				store.load();
			} catch (IOException e) {
				EntenteEditorPlugin.log("Could not load the scenario templates", e);
			}
		}
		return store;
	}
}
