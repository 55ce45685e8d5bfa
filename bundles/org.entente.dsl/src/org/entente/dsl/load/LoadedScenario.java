package org.entente.dsl.load;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.entente.dsl.io.PrintableText;
import org.entente.model.Scenario;

/**
 * A scenario file or text loaded by {@link ScenarioLoader}, in a resource set of its own (with the files it imports
 * loaded from disk as they are needed). Validation runs on the first call of {@link #issues()}, so that a diagram can
 * be drawn without waiting for it.
 */
public final class LoadedScenario {

	private static final Comparator<Issue> BY_POSITION = Comparator
			.comparing((Issue issue) -> issue.getLineNumber() == null ? 0 : issue.getLineNumber())
			.thenComparing(issue -> issue.getColumn() == null ? 0 : issue.getColumn());

	private final XtextResource resource;
	private final Scenario scenario;
	private final Supplier<List<Issue>> validation;
	private List<Issue> issues;

	LoadedScenario(XtextResource resource, Supplier<List<Issue>> validation) {
		this.resource = resource;
		this.scenario = !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Scenario s ? s
				: null;
		this.validation = validation;
	}

	/** Where the scenario was loaded from (or belongs, for an unsaved text). */
	public URI uri() {
		return resource.getURI();
	}

	/** The file the scenario was loaded from or belongs to, or {@code null} when its URI is not a file's. */
	public Path file() {
		return resource.getURI().isFile() ? Path.of(resource.getURI().toFileString()) : null;
	}

	/** The resource. */
	public XtextResource resource() {
		return resource;
	}

	/** The scenario, or {@code null} when the text holds none. */
	public Scenario scenario() {
		return scenario;
	}

	/** Every validation issue, syntax errors included, in the order of their position in the text. */
	public synchronized List<Issue> issues() {
		if (issues == null) {
			issues = validation.get().stream().sorted(BY_POSITION).toList();
		}
		return issues;
	}

	/** The errors among {@link #issues()}. */
	public List<Issue> errors() {
		return issues().stream().filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
	}

	/** Whether the scenario has an error (validates). */
	public boolean hasErrors() {
		return firstError().isPresent();
	}

	/** Whether analyses can run: the text holds a scenario, without errors. */
	public boolean isAnalysable() {
		return scenario != null && !hasErrors();
	}

	/** The first error, if any (validates). */
	public Optional<Issue> firstError() {
		return issues().stream().filter(issue -> issue.getSeverity() == Severity.ERROR).findFirst();
	}

	/** The first syntax error, if any, without validating: a text with one cannot be edited through the model. */
	public Optional<SyntaxError> firstSyntaxError() {
		for (INode error : resource.getParseResult().getSyntaxErrors()) {
			return Optional.of(new SyntaxError(error.getStartLine(), column(error.getOffset()),
					error.getSyntaxErrorMessage().getMessage()));
		}
		return Optional.empty();
	}

	/**
	 * Why analyses cannot run, naming the file and the first error's line and column; {@code null} when they can.
	 */
	public String problem() {
		String name = resource.getURI().lastSegment();
		List<Issue> errors = errors();
		if (errors.isEmpty()) {
			return scenario == null ? name + " holds no scenario" : null;
		}
		Issue first = errors.get(0);
		return name + " has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
				+ "; fix them first. The first, line " + first.getLineNumber() + ", column " + first.getColumn()
				+ ": " + first.getMessage();
	}

	/** Where the element with this EMF URI is written in this text, or empty (another file, or no such element). */
	public Optional<TextRegion> locate(String elementUri) {
		if (elementUri == null) {
			return Optional.empty();
		}
		try {
			URI uri = URI.createURI(elementUri);
			if (!uri.trimFragment().equals(resource.getURI())) {
				return Optional.empty();
			}
			EObject element = resource.getEObject(uri.fragment());
			ICompositeNode node = element == null ? null : NodeModelUtils.findActualNodeFor(element);
			return node == null ? Optional.empty()
					: Optional.of(new TextRegion(node.getStartLine(), node.getOffset(), node.getLength()));
		} catch (RuntimeException malformed) {
			return Optional.empty();
		}
	}

	/** An issue as the command line prints it: {@code file:line:column: severity: message}. */
	public static String describe(String file, Issue issue) {
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		// The message quotes the file's text, which may hold terminal escape sequences.
		return PrintableText.escapeControls(file + ":" + line + ":" + column + ": "
				+ issue.getSeverity().name().toLowerCase(Locale.ROOT) + ": " + issue.getMessage());
	}

	private int column(int offset) {
		String text = resource.getParseResult().getRootNode().getText();
		int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
		return offset - lineStart + 1;
	}

	/**
	 * A syntax error.
	 *
	 * @param line    the 1-based line
	 * @param column  the 1-based column
	 * @param message the parser's message
	 */
	public record SyntaxError(int line, int column, String message) {
	}

	/**
	 * Where an element is written.
	 *
	 * @param line   the 1-based line it starts on
	 * @param offset its offset in the text
	 * @param length its length
	 */
	public record TextRegion(int line, int offset, int length) {
	}
}
