package org.entente.dsl.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/** Quick fixes on Entente problem markers (Problems view, ruler, Ctrl+1 on a marker). */
public class MarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return marker.getAttribute(ProblemReporter.CODE, null) != null;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file)) {
			return new IMarkerResolution[0];
		}
		Path path = EntenteLanguageService.pathOf(file);
		List<CodeAction> actions = CodeActions.forDiagnostics(path, List.of(CodeActions.diagnosticOf(marker)));
		return actions.stream().map(Resolution::new).toArray(IMarkerResolution[]::new);
	}

	private record Resolution(CodeAction action) implements IMarkerResolution2 {
		@Override
		public String getLabel() {
			return action.getTitle();
		}

		@Override
		public void run(IMarker marker) {
			WorkspaceEdits.apply(action.getEdit(), action.getTitle());
		}

		@Override
		public String getDescription() {
			return action.getTitle();
		}

		@Override
		public Image getImage() {
			return null;
		}
	}
}
