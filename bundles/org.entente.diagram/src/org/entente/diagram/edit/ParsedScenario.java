package org.entente.diagram.edit;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.entente.model.Scenario;

/**
 * A scenario text parsed in a resource set of its own (with the files it imports loaded from disk).
 *
 * @param resource the resource
 * @param scenario the scenario, or {@code null} when the text holds none
 * @param issues the validation issues, syntax errors included
 */
public record ParsedScenario(XtextResource resource, Scenario scenario, List<Issue> issues) {

	/** The first syntax error, if any: a text with one cannot be edited through the model. */
	public Optional<Issue> firstSyntaxError() {
		return issues.stream().filter(issue -> issue.isSyntaxError()).findFirst();
	}

	/** The first error, if any. */
	public Optional<Issue> firstError() {
		return issues.stream().filter(issue -> issue.getSeverity() == Severity.ERROR).findFirst();
	}
}
