package org.entente.diagram.glsp;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkerKind;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.xtext.validation.Issue;
import org.entente.diagram.DiagramFinding;
import org.entente.dsl.load.LoadedScenario;

import com.google.inject.Inject;

/**
 * Shows the text's validation issues, and the host's findings (such as an analysis run's), on the diagram elements
 * they concern: an issue on a nested element (a membership's period) shows on the nearest element drawn.
 */
public class EntenteModelValidator implements ModelValidator {
	@Inject
	private EntenteModelState state;

	@Override
	public List<Marker> validate(List<GModelElement> elements, String reason) {
		LoadedScenario parsed = state.parsed();
		// GLSP validates on its debouncer thread; the diagram is built from the same resource on the dispatcher's.
		synchronized (state) {
			return markers(parsed);
		}
	}

	private List<Marker> markers(LoadedScenario parsed) {
		List<Marker> markers = new ArrayList<>();
		for (Issue issue : parsed.issues()) {
			if (issue.getUriToProblem() == null) {
				continue;
			}
			String kind = switch (issue.getSeverity()) {
			case ERROR -> MarkerKind.ERROR;
			case WARNING -> MarkerKind.WARNING;
			default -> MarkerKind.INFO;
			};
			shownElement(parsed, issue.getUriToProblem()).ifPresent(id -> markers.add(new Marker(issue.getMessage(),
					"line " + issue.getLineNumber() + ", column " + issue.getColumn() + ": " + issue.getMessage(), id,
					kind)));
		}
		for (DiagramFinding finding : state.input().host().findings()) {
			state.idAt(finding.offset()).ifPresent(id -> markers.add(new Marker(finding.message(),
					finding.message(), id, finding.severity())));
		}
		return markers;
	}

	private java.util.Optional<String> shownElement(LoadedScenario parsed, URI uri) {
		EObject element = parsed.resource().getResourceSet().getEObject(uri, false);
		for (EObject candidate = element; candidate != null; candidate = candidate.eContainer()) {
			java.util.Optional<String> id = state.idOf(org.eclipse.emf.ecore.util.EcoreUtil.getURI(candidate));
			if (id.isPresent()) {
				return id;
			}
		}
		return java.util.Optional.empty();
	}
}
