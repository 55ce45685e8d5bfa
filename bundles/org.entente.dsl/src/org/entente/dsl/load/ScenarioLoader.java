package org.entente.dsl.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.entente.dsl.EntenteFiles;
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
	 * Why {@code file} cannot be loaded as a scenario, starting with its name, or empty when it can: it must be a
	 * regular, readable file ({@link InputFiles#problem}) whose name ends in {@code .entente}. Other files are refused
	 * rather than handed to another EMF format by their extension: an {@code .xmi} file would otherwise be read as XMI
	 * and fail deep inside EMF.
	 */
	public static Optional<String> problem(Path file) {
		Optional<String> unreadable = InputFiles.problem(file);
		if (unreadable.isPresent() || EntenteFiles.isScenario(file)) {
			return unreadable;
		}
		return Optional.of(file + ": is not an Entente scenario: scenario files end in "
				+ EntenteFiles.SUFFIX + (looksLikeXml(file)
						? " and are written in the Entente language; this file holds XML (an XMI model?)"
						: "; rename it if it is one"));
	}

	private static boolean looksLikeXml(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			String start = new String(in.readNBytes(64), StandardCharsets.UTF_8).strip();
			return start.startsWith("<") || start.startsWith("\uFEFF<");
		} catch (IOException unreadable) {
			return false;
		}
	}

	/**
	 * Loads the scenario file at {@code file}.
	 *
	 * @throws UnreadableFileException when it is not a regular, readable scenario file (a directory, a pipe,
	 *                                 missing, an XMI file...): {@link #problem(Path)}
	 */
	public LoadedScenario load(Path file) throws UnreadableFileException {
		requireScenarioFile(file);
		Path absolute = file.toAbsolutePath().normalize();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.getResource(URI.createFileURI(absolute.toString()), true);
		return loaded(resource);
	}

	/**
	 * Loads the scenario of {@code file} from {@code text} (what an editor shows), or from disk when {@code text} is
	 * {@code null}.
	 *
	 * @throws UnreadableFileException when {@code file} is not a scenario file, or {@code text} is {@code null} and the
	 *                                 file cannot be read
	 */
	public LoadedScenario load(Path file, String text) throws UnreadableFileException {
		if (text != null && !EntenteFiles.isScenario(file)) {
			requireScenarioFile(file);
		}
		return text == null ? load(file) : parse(URI.createFileURI(file.toAbsolutePath().normalize().toString()), text);
	}

	/**
	 * Parses {@code text} as the content of the file at {@code uri}.
	 *
	 * @param uri  where the text belongs: its imports are resolved against it
	 * @param text the scenario text
	 * @throws IllegalArgumentException when {@code uri} does not name a scenario file ({@code .entente})
	 */
	public LoadedScenario parse(URI uri, String text) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		if (!(resourceSet.createResource(uri) instanceof XtextResource resource)) {
			throw new IllegalArgumentException(uri + " is not an Entente scenario file (" + EntenteFiles.SUFFIX + ")");
		}
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException cannotHappen) {
			throw new UncheckedIOException(cannotHappen);
		}
		return loaded(resource);
	}

	private static void requireScenarioFile(Path file) throws UnreadableFileException {
		Optional<String> problem = problem(file);
		if (problem.isPresent()) {
			throw new UnreadableFileException(file, problem.get());
		}
	}

	private LoadedScenario loaded(XtextResource resource) {
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		return new LoadedScenario(resource, () -> validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
	}
}
