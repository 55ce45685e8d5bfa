package org.entente.dsl.linking;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.entente.dsl.validation.EntenteIssueCodes;

/** Says what kind of element a name should denote and where it is looked up, instead of Xtext's generic text. */
public class EntenteLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String name;
		try {
			name = context.getLinkText();
		} catch (IllegalNodeException e) {
			name = e.getNode().getText();
		}
		String kind = describe(type);
		String message = "No " + kind + " named '" + name
				+ "' is defined in this file or in the files it imports.";
		return new DiagnosticMessage(message, Severity.ERROR, EntenteIssueCodes.UNRESOLVED_NAME, name);
	}

	private static String describe(EClass type) {
		return switch (type.getName()) {
		case "NamedElement" -> "element";
		case "Scenario" -> "scenario";
		case "State" -> "state";
		case "Alliance" -> "alliance";
		case "Threat" -> "threat";
		case "Tie" -> "tie";
		case "Objective" -> "objective";
		case "Source" -> "source";
		default -> type.getName().toLowerCase();
		};
	}
}
