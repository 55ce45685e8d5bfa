package org.entente.dsl.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.entente.dsl.EntenteStandaloneSetup;
import org.entente.dsl.io.InputFiles;
import org.entente.dsl.io.InputFiles.UnreadableFileException;

import com.google.inject.Injector;

/**
 * Loads scenarios with the Entente language: a file from disk, or a text that may not be saved yet (an editor's).
 * Each load gets a resource set of its own, so the model it returns is touched by no one else; what the scenario
 * imports is loaded from disk as it is needed. The command line, the workbench's analyses, the diagram, the tests and
 * the benchmarks all load through this class, with one injector per JVM ({@link #shared()}).
 */
public final class ScenarioLoader {

	private static ScenarioLoader shared;

	private final Injector injector;

	/** A loader using {@code injector} (the language's, from {@link EntenteStandaloneSetup} or a test's). */
	public ScenarioLoader(Injector injector) {
		this.injector = injector;
	}

	/** The loader of this JVM; the first call registers the language with EMF. */
	public static synchronized ScenarioLoader shared() {
		if (shared == null) {
			shared = new ScenarioLoader(new EntenteStandaloneSetup().createInjectorAndDoEMFRegistration());
		}
		return shared;
	}

	/** The language's injector. */
	public Injector injector() {
		return injector;
	}

	/**
	 * Loads the scenario file at {@code file}.
	 *
	 * @throws UnreadableFileException when it is not a regular, readable file (a directory, a pipe, missing...)
	 */
	public LoadedScenario load(Path file) throws UnreadableFileException {
		InputFiles.requireReadable(file);
		Path absolute = file.toAbsolutePath().normalize();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.getResource(URI.createFileURI(absolute.toString()), true);
		return loaded(resource);
	}

	/**
	 * Loads the scenario of {@code file} from {@code text} (what an editor shows), or from disk when {@code text} is
	 * {@code null}.
	 *
	 * @throws UnreadableFileException when {@code text} is {@code null} and the file cannot be read
	 */
	public LoadedScenario load(Path file, String text) throws UnreadableFileException {
		return text == null ? load(file) : parse(URI.createFileURI(file.toAbsolutePath().normalize().toString()), text);
	}

	/**
	 * Parses {@code text} as the content of the file at {@code uri}.
	 *
	 * @param uri  where the text belongs: its imports are resolved against it
	 * @param text the scenario text
	 */
	public LoadedScenario parse(URI uri, String text) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException cannotHappen) {
			throw new UncheckedIOException(cannotHappen);
		}
		return loaded(resource);
	}

	private LoadedScenario loaded(XtextResource resource) {
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		return new LoadedScenario(resource, () -> validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
	}
}
