package org.entente.dsl.io;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.validation.Issue;
import org.entente.dsl.load.LoadedScenario;
import org.entente.dsl.load.ScenarioLoader;
import org.entente.model.Scenario;

/**
 * Writes a scenario model as text: serialized by the language's serializer and laid out by its formatter, never by
 * concatenating the concrete syntax, so that what an importer or a generator writes is always what the grammar reads
 * (names that are keywords escaped, texts quoted, numbers without exponents). The text is checked before it is handed
 * out: it is parsed and validated again, and a text with errors is refused.
 */
public final class ScenarioWriter {

	private final ScenarioLoader loader;

	/** A writer using {@code loader}'s language. */
	public ScenarioWriter(ScenarioLoader loader) {
		this.loader = loader;
	}

	/** A writer using the JVM's shared loader. */
	public ScenarioWriter() {
		this(ScenarioLoader.shared());
	}

	/**
	 * The text of {@code scenario} as the file at {@code uri} (imports are resolved against it), checked.
	 *
	 * @param scenario a scenario that is in no resource yet; it is added to a new resource at {@code uri}
	 * @throws InvalidScenarioException when the model cannot be written (a name the grammar cannot read) or the written
	 *                                  text does not validate
	 */
	public String toText(Scenario scenario, URI uri) throws InvalidScenarioException {
		XtextResourceSet resourceSet = loader.injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		resource.getContents().add(scenario);
		String text;
		try {
			text = loader.injector().getInstance(ISerializer.class).serialize(scenario,
					SaveOptions.newBuilder().format().getOptions());
		} catch (ValueConverterException | IllegalStateException | IllegalArgumentException unwritable) {
			throw new InvalidScenarioException("the scenario cannot be written: " + unwritable.getMessage(), null);
		}
		LoadedScenario check = loader.parse(uri, text);
		Optional<Issue> error = check.firstError();
		if (error.isPresent()) {
			List<Issue> errors = check.issues().stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
			throw new InvalidScenarioException("the written scenario has " + errors.size()
					+ (errors.size() == 1 ? " error" : " errors") + "; the first: "
					+ LoadedScenario.describe(uri.lastSegment(), error.get()), check);
		}
		return text;
	}

	/** A scenario model whose text would not be a valid scenario. */
	public static final class InvalidScenarioException extends Exception {
		private static final long serialVersionUID = 1L;
		private final transient LoadedScenario written;

		public InvalidScenarioException(String message, LoadedScenario written) {
			super(message);
			this.written = written;
		}

		/** The written text, parsed, or {@code null} when it could not be written. */
		public LoadedScenario written() {
			return written;
		}
	}
}
