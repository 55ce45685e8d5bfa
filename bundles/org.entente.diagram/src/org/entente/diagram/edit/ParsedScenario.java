package org.entente.diagram.edit;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.entente.model.Scenario;

/**
 * A scenario text parsed in a resource set of its own (with the files it imports loaded from disk). Validation runs
 * on first use of {@link #issues()}: a diagram is drawn without waiting for it.
 */
public final class ParsedScenario {
	private final XtextResource resource;
	private final Scenario scenario;
	private final Supplier<List<Issue>> validation;
	private List<Issue> issues;

	ParsedScenario(XtextResource resource, Scenario scenario, Supplier<List<Issue>> validation) {
		this.resource = resource;
		this.scenario = scenario;
		this.validation = validation;
	}

	/** The resource. */
	public XtextResource resource() {
		return resource;
	}

	/** The scenario, or {@code null} when the text holds none. */
	public Scenario scenario() {
		return scenario;
	}

	/** The validation issues, syntax errors included. */
	public synchronized List<Issue> issues() {
		if (issues == null) {
			issues = List.copyOf(validation.get());
		}
		return issues;
	}

	/** The first syntax error, if any: a text with one cannot be edited through the model. */
	public Optional<SyntaxError> firstSyntaxError() {
		for (INode error : resource.getParseResult().getSyntaxErrors()) {
			return Optional.of(new SyntaxError(error.getStartLine(), column(error), error.getSyntaxErrorMessage()
					.getMessage()));
		}
		return Optional.empty();
	}

	/** The first error, if any (validates). */
	public Optional<Issue> firstError() {
		return issues().stream().filter(issue -> issue.getSeverity() == Severity.ERROR).findFirst();
	}

	private int column(INode node) {
		String text = resource.getParseResult().getRootNode().getText();
		int lineStart = text.lastIndexOf('\n', Math.max(0, node.getOffset() - 1)) + 1;
		return node.getOffset() - lineStart + 1;
	}

	/**
	 * A syntax error.
	 *
	 * @param line the 1-based line
	 * @param column the 1-based column
	 * @param message the parser's message
	 */
	public record SyntaxError(int line, int column, String message) {
	}
}
