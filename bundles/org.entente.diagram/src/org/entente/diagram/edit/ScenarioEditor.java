package org.entente.diagram.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.validation.Issue;
import org.entente.model.Scenario;

import com.google.inject.Injector;

/**
 * Applies a change of the scenario model to the scenario text with Xtext's change serializer, which rewrites only
 * the regions the change touches and keeps comments and formatting elsewhere. The text stays the master copy: an
 * edit takes a text and returns the new text; nothing is written here.
 */
public final class ScenarioEditor {
	private final Injector injector;
	private final ScenarioParser parser;

	/** An editor using the language's shared injector. */
	public ScenarioEditor() {
		this(ScenarioLanguage.injector());
	}

	/** An editor using {@code injector}. */
	public ScenarioEditor(Injector injector) {
		this.injector = injector;
		this.parser = new ScenarioParser(injector);
	}

	/**
	 * The outcome of an edit.
	 *
	 * @param text the new text
	 * @param createdId the diagram id of the element the edit created, or {@code null}
	 */
	public record Result(String text, String createdId) {
	}

	/** A change of the model; it may return the diagram id of an element it creates. */
	@FunctionalInterface
	public interface Modification {
		/**
		 * Changes the model.
		 *
		 * @param context the scenario being edited and the year the diagram shows
		 * @return the diagram id of a created element, or {@code null}
		 * @throws EditRefusedException when the change cannot be made; the model must then be left unchanged
		 */
		String apply(EditContext context) throws EditRefusedException;
	}

	/** What a modification works on. */
	public static final class EditContext {
		private final Scenario scenario;
		private final int year;

		EditContext(Scenario scenario, int year) {
			this.scenario = scenario;
			this.year = year;
		}

		/** The scenario of the edited text. */
		public Scenario scenario() {
			return scenario;
		}

		/** The year the diagram shows: new elements start then, and a variant's changes happen then. */
		public int year() {
			return year;
		}

		/** Whether this scenario is a variant, whose edits of its base's elements become changes. */
		public boolean isVariant() {
			return scenario.getBase() != null;
		}

		/** Whether {@code element} is written in the edited text (not in an imported file or the base). */
		public boolean isOwn(EObject element) {
			return element.eResource() == scenario.eResource();
		}

		/**
		 * The element at {@code uri} in the edited resource set.
		 *
		 * @throws EditRefusedException when there is none of the expected type (the text changed meanwhile)
		 */
		public <T extends EObject> T resolve(URI uri, Class<T> type) throws EditRefusedException {
			EObject element = scenario.eResource().getResourceSet().getEObject(uri, true);
			if (!type.isInstance(element)) {
				throw new EditRefusedException("The diagram is out of date: " + uri.fragment()
						+ " is no longer in the scenario. Try again.");
			}
			return type.cast(element);
		}
	}

	/**
	 * Applies {@code modification} to the scenario written in {@code text}.
	 *
	 * @param uri the file the text belongs to
	 * @param text the current text
	 * @param year the year the diagram shows
	 * @param modification the change
	 * @return the new text, and the id of what was created
	 * @throws EditRefusedException when the text has syntax errors (the model would be incomplete), when the
	 *         modification refuses, or when the result would not parse
	 */
	public Result edit(URI uri, String text, int year, Modification modification) throws EditRefusedException {
		ParsedScenario parsed = parser.parse(uri, text);
		if (parsed.scenario() == null) {
			throw new EditRefusedException("The file holds no scenario to edit.");
		}
		if (parsed.firstSyntaxError().isPresent()) {
			Issue error = parsed.firstSyntaxError().get();
			throw new EditRefusedException("The text has a syntax error at line " + error.getLineNumber() + ", column "
					+ error.getColumn() + " (" + error.getMessage() + "); fix the text before editing the diagram.");
		}
		IChangeSerializer serializer = injector.getInstance(IChangeSerializer.class);
		EditContext context = new EditContext(parsed.scenario(), year);
		String[] created = new String[1];
		EditRefusedException[] refused = new EditRefusedException[1];
		serializer.addModification(parsed.resource(), resource -> {
			try {
				created[0] = modification.apply(context);
			} catch (EditRefusedException refusal) {
				refused[0] = refusal;
			}
		});
		List<ITextReplacement> replacements = new ArrayList<>();
		try {
			serializer.applyModifications(change -> {
				if (change instanceof ITextDocumentChange document && uri.equals(document.getOldURI())) {
					replacements.addAll(document.getReplacements());
				}
			});
		} catch (RuntimeException serializationFailure) {
			if (refused[0] != null) {
				throw refused[0];
			}
			throw new EditRefusedException("The change could not be written as text: "
					+ serializationFailure.getMessage());
		}
		if (refused[0] != null) {
			throw refused[0];
		}
		String newText = applyReplacements(text, replacements);
		ParsedScenario check = parser.parse(uri, newText);
		if (check.firstSyntaxError().isPresent()) {
			throw new EditRefusedException("The change would make the text unreadable ("
					+ check.firstSyntaxError().get().getMessage() + "); it was not made.");
		}
		return new Result(newText, created[0]);
	}

	private static String applyReplacements(String text, List<ITextReplacement> replacements) {
		List<ITextReplacement> descending = new ArrayList<>(replacements);
		descending.sort(Comparator.comparingInt(ITextReplacement::getOffset).reversed());
		StringBuilder result = new StringBuilder(text);
		for (ITextReplacement replacement : descending) {
			result.replace(replacement.getOffset(), replacement.getOffset() + replacement.getLength(),
					replacement.getReplacementText());
		}
		return result.toString();
	}
}
