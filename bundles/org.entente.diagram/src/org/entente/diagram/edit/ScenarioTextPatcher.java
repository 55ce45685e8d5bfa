package org.entente.diagram.edit;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;
import org.entente.dsl.load.LoadedScenario;
import org.entente.dsl.load.ScenarioLoader;
import org.entente.model.EntentePackage;
import org.entente.model.NamedElement;
import org.entente.model.Scenario;

import com.google.inject.Injector;

/**
 * Applies a change of the scenario model to the scenario text. The change is made on the EMF model and written
 * back by region: new elements are serialized by Xtext's serializer (and its formatter) and inserted beside their
 * siblings; removed elements lose their lines; changed names and references are replaced token by token. Nothing
 * else in the text moves, so comments, blank lines and the user's layout stay as they were. (Xtext's change
 * serializer was tried first: with this grammar's free element order it re-serialized whole blocks and lost or
 * duplicated comments.) An edit takes a text and returns the new text; nothing is written here.
 */
public final class ScenarioTextPatcher {
	private final Injector injector;
	private final ScenarioLoader parser;

	/** An editor using the language's shared injector. */
	public ScenarioTextPatcher() {
		this(ScenarioLoader.shared().injector());
	}

	/** An editor using {@code injector}. */
	public ScenarioTextPatcher(Injector injector) {
		this.injector = injector;
		this.parser = new ScenarioLoader(injector);
	}

	/**
	 * The outcome of an edit.
	 *
	 * @param text the new text
	 * @param createdId the diagram id of the element the edit created, or {@code null}
	 */
	public record Result(String text, String createdId) {
	}

	/** A change of the model made through an {@link EditContext}; it may return the id of what it creates. */
	@FunctionalInterface
	public interface Modification {
		/**
		 * Changes the model through {@code context}.
		 *
		 * @return the diagram id of a created element, or {@code null}
		 * @throws EditRefusedException when the change cannot be made
		 */
		String apply(EditContext context) throws EditRefusedException;
	}

	/** The scenario being edited, and the changes that also write the text. */
	public static final class EditContext {
		private final Scenario scenario;
		private final int year;
		private final String text;
		private final TextPatch patch = new TextPatch();
		private final List<EObject> inserted = new ArrayList<>();
		private final Map<EObject, Integer> insertionPoints = new IdentityHashMap<>();
		private final Map<EObject, String> insertionIndents = new IdentityHashMap<>();
		private final Map<EObject, String[]> insertionFrames = new IdentityHashMap<>();

		EditContext(Scenario scenario, int year, String text) {
			this.scenario = scenario;
			this.year = year;
			this.text = text;
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

		/**
		 * Adds {@code element} to the list {@code feature} of {@code container}; its text goes after its last
		 * sibling in that list, or at the end of the container.
		 */
		@SuppressWarnings("unchecked")
		public void insert(EObject container, EReference feature, EObject element) {
			EList<EObject> list = (EList<EObject>) container.eGet(feature);
			EObject lastSibling = null;
			for (EObject sibling : list) {
				if (!inserted.contains(sibling)) {
					lastSibling = sibling;
				}
			}
			list.add(element);
			inserted.add(element);
			if (lastSibling != null && NodeModelUtils.findActualNodeFor(lastSibling) != null) {
				ICompositeNode node = NodeModelUtils.findActualNodeFor(lastSibling);
				int end = node.getEndOffset();
				int lineEnd = lineEnd(end);
				insertionIndents.put(element, indentOf(node.getOffset()));
				if (!isBlankOrComment(text.substring(end, lineEnd))) {
					// Something else follows on the sibling's line: start a line of our own right after it.
					insertionPoints.put(element, end);
					insertionFrames.put(element, new String[] { "\n", "" });
				} else if (lineEnd == text.length() && !text.endsWith("\n")) {
					insertionPoints.put(element, lineEnd);
					insertionFrames.put(element, new String[] { "\n", "" });
				} else {
					insertionPoints.put(element, lineEnd);
				}
			} else if (container == scenario) {
				insertionPoints.put(element, text.length());
				insertionFrames.put(element, new String[] { text.endsWith("\n") ? "\n" : "\n\n", "\n" });
				insertionIndents.put(element, "");
			} else {
				insertIntoBlock(container, element);
			}
		}

		private void insertIntoBlock(EObject container, EObject element) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(container);
			String indent = indentOf(node.getOffset());
			ILeafNode closing = null;
			for (ILeafNode leaf : node.getLeafNodes()) {
				if (leaf.getGrammarElement() instanceof Keyword keyword && "}".equals(keyword.getValue())) {
					closing = leaf;
				}
			}
			insertionIndents.put(element, indent + "\t");
			if (closing != null && text.substring(lineStart(closing.getOffset()), closing.getOffset()).isBlank()) {
				insertionPoints.put(element, lineStart(closing.getOffset()));
			} else if (closing != null) {
				// A block on one line ({ member X } or {}): open it up.
				insertionPoints.put(element, closing.getOffset());
				insertionFrames.put(element, new String[] { "\n", "\n" + indent });
			} else {
				insertionPoints.put(element, node.getEndOffset());
				insertionFrames.put(element, new String[] { " {\n", "\n" + indent + "}" });
			}
		}

		/** Removes {@code element}: from the model, and its lines from the text (its trailing comment too). */
		public void remove(EObject element) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
			if (node != null) {
				int start = node.getOffset();
				int end = node.getEndOffset();
				int lineStart = lineStart(start);
				int afterLine = lineEnd(end);
				boolean aloneOnLines = text.substring(lineStart, start).isBlank()
						&& isBlankOrComment(text.substring(end, afterLine));
				if (aloneOnLines) {
					patch.delete(lineStart, afterLine - lineStart);
				} else {
					patch.delete(start, end - start);
				}
			}
			EcoreUtil.remove(element);
		}

		/**
		 * Removes {@code doomed} values from a list of references: each with its comma, or the whole clause
		 * ({@code targets A, B}) when none of its values is left.
		 */
		public void removeReferences(EObject owner, EReference reference, Set<? extends EObject> doomed) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, reference);
			@SuppressWarnings("unchecked")
			EList<EObject> values = (EList<EObject>) owner.eGet(reference);
			if (nodes.size() == values.size()) {
				// A clause is a run of values separated only by commas; it starts after its keyword.
				int first = 0;
				while (first < nodes.size()) {
					int last = first;
					while (last + 1 < nodes.size() && ",".equals(text.substring(nodes.get(last).getEndOffset(),
							nodes.get(last + 1).getOffset()).strip())) {
						last++;
					}
					rewriteClause(nodes, values, first, last, doomed);
					first = last + 1;
				}
			}
			values.removeAll(doomed);
		}

		private void rewriteClause(List<INode> nodes, List<EObject> values, int first, int last,
				Set<? extends EObject> doomed) {
			List<String> kept = new java.util.ArrayList<>();
			for (int i = first; i <= last; i++) {
				if (!doomed.contains(values.get(i))) {
					kept.add(NodeModelUtils.getTokenText(nodes.get(i)));
				}
			}
			if (kept.size() == last - first + 1) {
				return;
			}
			int start = nodes.get(first).getOffset();
			int end = nodes.get(last).getEndOffset();
			if (!kept.isEmpty()) {
				patch.replace(start, end - start, String.join(", ", kept));
				return;
			}
			INode keyword = previousToken(nodes.get(first));
			int from = keyword != null ? keyword.getOffset() : start;
			int lineStart = lineStart(from);
			int afterLine = lineEnd(end);
			if (text.substring(lineStart, from).isBlank() && isBlankOrComment(text.substring(end, afterLine))) {
				patch.delete(lineStart, afterLine - lineStart);
			} else {
				patch.delete(from, end - from);
			}
		}

		/** Points a single-valued reference at another element, replacing the reference's text. */
		public void setReference(EObject owner, EReference reference, NamedElement value) {
			for (INode node : NodeModelUtils.findNodesForFeature(owner, reference)) {
				patch.replace(node.getOffset(), node.getLength(), value.getName());
			}
			owner.eSet(reference, value);
		}

		/** Renames {@code element}, and every reference to it in this text. */
		public void rename(NamedElement element, String newName) {
			for (INode node : NodeModelUtils.findNodesForFeature(element, EntentePackage.Literals.NAMED_ELEMENT__NAME)) {
				patch.replace(node.getOffset(), node.getLength(), newName);
			}
			for (Iterator<EObject> contents = scenario.eAllContents(); contents.hasNext();) {
				EObject candidate = contents.next();
				for (EReference reference : candidate.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer()) {
						continue;
					}
					List<INode> nodes = NodeModelUtils.findNodesForFeature(candidate, reference);
					List<?> values = reference.isMany() ? (List<?>) candidate.eGet(reference, false)
							: java.util.Collections.singletonList(candidate.eGet(reference, false));
					for (int i = 0; i < values.size() && i < nodes.size(); i++) {
						if (values.get(i) == element) {
							patch.replace(nodes.get(i).getOffset(), nodes.get(i).getLength(), newName);
						}
					}
				}
			}
			element.setName(newName);
		}

		String finish(ISerializer serializer) {
			for (EObject element : inserted) {
				if (element.eResource() == null) {
					continue; // inserted, then removed again
				}
				String indent = insertionIndents.getOrDefault(element, "");
				String body = serializer.serialize(element, SaveOptions.newBuilder().format().getOptions()).strip()
						.replace("\n", "\n" + indent);
				String[] frame = insertionFrames.get(element);
				String insertion = frame == null ? indent + body + "\n" : frame[0] + indent + body + frame[1];
				patch.insert(insertionPoints.get(element), insertion);
			}
			return patch.applyTo(text);
		}

		private INode previousToken(INode node) {
			INode previous = node.getPreviousSibling();
			while (previous instanceof ILeafNode leaf && leaf.isHidden()) {
				previous = previous.getPreviousSibling();
			}
			return previous;
		}

		private int lineStart(int offset) {
			return text.lastIndexOf('\n', offset - 1) + 1;
		}

		private int lineEnd(int offset) {
			int newline = text.indexOf('\n', offset);
			return newline < 0 ? text.length() : newline + 1;
		}

		private String indentOf(int offset) {
			int start = lineStart(offset);
			int end = start;
			while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
				end++;
			}
			return text.substring(start, end);
		}

		private static boolean isBlankOrComment(String rest) {
			String trimmed = rest.strip();
			return trimmed.isEmpty() || trimmed.startsWith("//");
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
		LoadedScenario parsed = parser.parse(uri, text);
		if (parsed.scenario() == null) {
			throw new EditRefusedException("The file holds no scenario to edit.");
		}
		if (parsed.firstSyntaxError().isPresent()) {
			LoadedScenario.SyntaxError error = parsed.firstSyntaxError().get();
			throw new EditRefusedException("The text has a syntax error at line " + error.line() + ", column "
					+ error.column() + " (" + error.message() + "); fix the text before editing the diagram.");
		}
		// References are compared by identity below (renames, cascading deletes): resolve them all first.
		EcoreUtil.resolveAll(parsed.resource());
		EditContext context = new EditContext(parsed.scenario(), year, text);
		String created = modification.apply(context);
		String newText;
		try {
			newText = context.finish(injector.getInstance(ISerializer.class));
		} catch (RuntimeException serializationFailure) {
			throw new EditRefusedException("The change could not be written as text: "
					+ serializationFailure.getMessage());
		}
		LoadedScenario check = parser.parse(uri, newText);
		if (check.firstSyntaxError().isPresent()) {
			throw new EditRefusedException("The change would make the text unreadable ("
					+ check.firstSyntaxError().get().message() + "); it was not made.");
		}
		return new Result(newText, created);
	}
}
