package org.entente.diagram.edit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.entente.model.Scenario;

import com.google.inject.Injector;

/** Parses scenario texts that may not be saved yet, resolving what they import from disk. */
public final class ScenarioParser {
	private final Injector injector;

	/** A parser using the language's shared injector. */
	public ScenarioParser() {
		this(ScenarioLanguage.injector());
	}

	/** A parser using {@code injector}. */
	public ScenarioParser(Injector injector) {
		this.injector = injector;
	}

	/**
	 * Parses {@code text} as the content of the file at {@code uri}.
	 *
	 * @param uri where the text belongs: imports are resolved against it
	 * @param text the scenario text
	 */
	public ParsedScenario parse(URI uri, String text) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException cannotHappen) {
			throw new UncheckedIOException(cannotHappen);
		}
		Scenario scenario = !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Scenario s
				? s
				: null;
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		return new ParsedScenario(resource, scenario,
				() -> validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
	}
}
