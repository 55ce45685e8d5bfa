package org.entente.diagram.edit;

import org.entente.dsl.EntenteStandaloneSetup;

import com.google.inject.Injector;

/** The Entente language's Xtext injector, created once for all diagram sessions of this JVM. */
public final class ScenarioLanguage {
	private static Injector injector;

	private ScenarioLanguage() {
	}

	/** The injector; the first call registers the language with EMF. */
	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new EntenteStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
