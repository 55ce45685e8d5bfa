package org.entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.entente.dsl.EntenteStandaloneSetup;
import org.entente.model.Scenario;

import com.google.inject.Injector;

/** Loads and validates {@code .entente} files for the command line, as the workbench does. */
final class ScenarioLoader {

	/** A loaded file: its scenario (or {@code null} when the file holds none) and every issue found. */
	record Loaded(Path file, Scenario scenario, List<Issue> issues) {
		boolean hasErrors() {
			return issues.stream().anyMatch(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR);
		}
	}

	private final Injector injector = new EntenteStandaloneSetup().createInjectorAndDoEMFRegistration();

	Loaded load(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		if (!Files.isRegularFile(absolute)) {
			throw new IllegalArgumentException(file + ": no such file");
		}
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		Resource resource = set.getResource(URI.createFileURI(absolute.toString()), true);
		List<Issue> issues = injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
		Scenario scenario = resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Scenario s)
				? null
				: s;
		return new Loaded(file, scenario, issues);
	}
}
