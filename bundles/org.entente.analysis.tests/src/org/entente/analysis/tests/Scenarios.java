package org.entente.analysis.tests;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.entente.dsl.EntenteStandaloneSetup;
import org.entente.model.Scenario;

import com.google.inject.Injector;

/** Loads the example scenarios for the analysis tests. */
final class Scenarios {

	private static Injector injector;

	private Scenarios() {
	}

	static synchronized Scenario example(String fileName) {
		if (injector == null) {
			injector = new EntenteStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		Path folder = Path.of(System.getProperty("entente.examples", "../../examples/scenarios"));
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		return (Scenario) set.getResource(URI.createFileURI(folder.resolve(fileName).toAbsolutePath().toString()), true)
				.getContents().get(0);
	}
}
