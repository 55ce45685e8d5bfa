package org.entente.analysis.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.entente.dsl.EntenteStandaloneSetup;
import org.entente.model.Scenario;

import com.google.inject.Injector;

/**
 * A scenario loaded for an analysis run, in its own resource set: from the editor's text when the file is open
 * (what the modeler sees is what is analysed), else from disk; imports come from disk. The analyses get a model
 * no one else touches, so the editor and the language server go on undisturbed while they run.
 */
public record ScenarioSnapshot(Path file, Scenario scenario, List<Issue> errors, XtextResource resource) {

	private static Injector injector;

	private static synchronized Injector injector() {
		if (injector == null) {
			injector = new EntenteStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** Loads the file, from {@code text} when it is not {@code null}, and validates it. */
	public static ScenarioSnapshot load(Path file, String text) throws IOException {
		XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		XtextResource resource;
		if (text != null) {
			resource = (XtextResource) set.createResource(uri);
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					java.util.Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} else {
			resource = (XtextResource) set.getResource(uri, true);
		}
		List<Issue> errors = injector().getInstance(IResourceValidator.class)
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
		Scenario scenario = !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Scenario s
				? s
				: null;
		return new ScenarioSnapshot(file, scenario, errors, resource);
	}

	/** Whether analyses can run: a scenario without errors. */
	public boolean isAnalysable() {
		return scenario != null && errors.isEmpty();
	}

	/** Why the scenario cannot be analysed, with the first error's line and column. */
	public String problem() {
		if (scenario == null && errors.isEmpty()) {
			return file.getFileName() + " holds no scenario";
		}
		Issue first = errors.get(0);
		return file.getFileName() + " has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
				+ "; fix them first. The first, line " + first.getLineNumber() + ", column " + first.getColumn()
				+ ": " + first.getMessage();
	}

	/** The 1-based line and the offset of the element a finding names (by its EMF URI), or {@code null}. */
	public int[] locate(String elementUri) {
		if (elementUri == null) {
			return null;
		}
		try {
			URI uri = URI.createURI(elementUri);
			Resource target = uri.trimFragment().equals(resource.getURI()) ? resource
					: resource.getResourceSet().getResource(uri.trimFragment(), false);
			EObject element = target == null ? null : target.getEObject(uri.fragment());
			ICompositeNode node = element == null ? null : NodeModelUtils.findActualNodeFor(element);
			return node == null || target != resource ? null
					: new int[] { node.getStartLine(), node.getOffset(), node.getLength() };
		} catch (RuntimeException e) {
			return null;
		}
	}
}
