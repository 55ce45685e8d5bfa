package org.entente.diagram.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.entente.dsl.EntenteFiles;

/** Open Diagram: the diagram of the selected scenario file, or of the active text editor's. */
public final class OpenDiagramHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IFile file = null;
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (HandlerUtil.getActivePart(event) == editor && editor != null
				&& editor.getEditorInput() instanceof IFileEditorInput input) {
			file = input.getFile();
		} else if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			file = Adapters.adapt(structured.getFirstElement(), IFile.class);
		}
		if (file == null || !EntenteFiles.EXTENSION.equals(file.getFileExtension())) {
			throw new ExecutionException("Select a scenario (.entente) file to see its diagram.");
		}
		try {
			DiagramEditor.open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), file);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
