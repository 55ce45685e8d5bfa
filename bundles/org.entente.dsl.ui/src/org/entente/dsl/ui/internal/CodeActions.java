package org.entente.dsl.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IMarker;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.entente.dsl.ide.server.InProcessLanguageServer;
import org.entente.dsl.ui.EntenteEditorPlugin;

/** The language's quick fixes (LSP code actions) for diagnostics, from the editor or from problem markers. */
public final class CodeActions {

	private CodeActions() {
	}

	/** The code actions that carry an edit, for the given diagnostics of the file. */
	public static List<CodeAction> forDiagnostics(Path file, List<Diagnostic> diagnostics) {
		if (diagnostics.isEmpty()) {
			return List.of();
		}
		InProcessLanguageServer server = EntenteLanguageService.get().server();
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(server.uri(file)),
				diagnostics.get(0).getRange(), new CodeActionContext(diagnostics));
		try {
			return server.server().codeAction(params).get(5, TimeUnit.SECONDS).stream().filter(Either::isRight)
					.map(Either::getRight).filter(action -> action.getEdit() != null).toList();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return List.of();
		} catch (Exception e) {
			EntenteEditorPlugin.log("Could not compute quick fixes", e);
			return List.of();
		}
	}

	/** The diagnostic a problem marker was made from. */
	public static Diagnostic diagnosticOf(IMarker marker) {
		Range range = new Range(
				new Position(marker.getAttribute(ProblemReporter.START_LINE, 0),
						marker.getAttribute(ProblemReporter.START_CHARACTER, 0)),
				new Position(marker.getAttribute(ProblemReporter.END_LINE, 0),
						marker.getAttribute(ProblemReporter.END_CHARACTER, 0)));
		int severity = marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
		Diagnostic diagnostic = new Diagnostic(range, marker.getAttribute(IMarker.MESSAGE, ""),
				severity == IMarker.SEVERITY_ERROR ? DiagnosticSeverity.Error
						: severity == IMarker.SEVERITY_WARNING ? DiagnosticSeverity.Warning
								: DiagnosticSeverity.Information,
				"entente");
		String code = marker.getAttribute(ProblemReporter.CODE, null);
		if (code != null) {
			diagnostic.setCode(code);
		}
		return diagnostic;
	}

	/** Whether the diagnostic covers the given line (0-based). */
	public static boolean coversLine(Diagnostic diagnostic, int line) {
		return diagnostic.getRange().getStart().getLine() <= line && diagnostic.getRange().getEnd().getLine() >= line;
	}
}
