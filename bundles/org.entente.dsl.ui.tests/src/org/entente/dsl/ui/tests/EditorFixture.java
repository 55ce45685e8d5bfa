package org.entente.dsl.ui.tests;

import static org.entente.testing.ui.UiWait.spin;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.entente.dsl.ui.internal.EntenteLanguageService;
import org.entente.dsl.ui.internal.ProblemReporter;
import org.entente.dsl.ui.internal.editor.ScenarioEditorContext;
import org.entente.dsl.ui.internal.wizards.ExampleScenarios;

/** What the editor tests share: projects, files, editors, and waiting while the UI keeps running. */
final class EditorFixture {

	static final String GENERIC_EDITOR_ID = "org.eclipse.ui.genericeditor.GenericEditor";

	private EditorFixture() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** A fresh Entente project (nature and builder), with the examples if asked. */
	static IProject project(String name, boolean withExamples) throws CoreException {
		IProject existing = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (existing.exists()) {
			existing.delete(true, true, null);
		}
		IProject project = ExampleScenarios.createProject(name, withExamples, new NullProgressMonitor());
		build(project);
		return project;
	}

	static IFile write(IProject project, String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		ByteArrayInputStream contents = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(contents, true, false, null);
		} else {
			file.create(contents, true, null);
		}
		return file;
	}

	/** Builds the project and waits for the server and the markers, spinning the UI. */
	static void build(IProject project) throws CoreException {
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		awaitIdle();
	}

	/** Waits until the server has processed every change and the markers are written, spinning the UI. */
	static void awaitIdle() {
		long until = System.currentTimeMillis() + 60_000;
		while (true) {
			try {
				EntenteLanguageService.get().server().awaitIdle(50, java.util.concurrent.TimeUnit.MILLISECONDS);
				break;
			} catch (java.util.concurrent.TimeoutException e) {
				if (System.currentTimeMillis() > until) {
					fail("The language server stayed busy for a minute");
				}
				spin(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		try {
			EntenteLanguageService.get().problems().awaitMarkers();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		spin(100);
	}

	static ITextEditor open(IFile file) throws CoreException {
		ITextEditor editor = (ITextEditor) IDE.openEditor(page(), file, true);
		assertNotNull(ScenarioEditorContext.of(editor), "the editor is connected to the language server");
		return editor;
	}

	static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	static ITextViewer viewer(ITextEditor editor) {
		ITextViewer viewer = editor.getAdapter(ITextViewer.class);
		if (viewer != null) {
			return viewer;
		}
		try {
			Method method = org.eclipse.ui.texteditor.AbstractTextEditor.class.getDeclaredMethod("getSourceViewer");
			method.setAccessible(true);
			return (ITextViewer) method.invoke(editor);
		} catch (ReflectiveOperationException e) {
			throw new AssertionError(e);
		}
	}

	static ScenarioEditorContext context(ITextEditor editor) {
		return ScenarioEditorContext.of(editor);
	}

	/** Moves the caret to the offset (and so the editor's selection). */
	static ScenarioEditorContext caretAt(ITextEditor editor, int offset) {
		editor.selectAndReveal(offset, 0);
		spin(50);
		return context(editor);
	}

	static IMarker[] problems(IResource resource) {
		try {
			return resource.findMarkers(ProblemReporter.MARKER_TYPE, true, IResource.DEPTH_INFINITE);
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	static int errors(IResource resource) {
		int count = 0;
		for (IMarker marker : problems(resource)) {
			if (marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Accepts (with its default button) the next dialog that opens within the timeout, e.g. the workbench asking
	 * whether an undo may change files other than the active editor's.
	 */
	static void acceptNextDialog(long timeoutMillis) {
		Display display = Display.getCurrent();
		long until = System.currentTimeMillis() + timeoutMillis;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (org.eclipse.swt.widgets.Shell shell : display.getShells()) {
				if (shell.isVisible() && shell.getData() instanceof org.eclipse.jface.dialogs.Dialog
						&& shell.getDefaultButton() != null) {
					shell.getDefaultButton().notifyListeners(org.eclipse.swt.SWT.Selection,
							new org.eclipse.swt.widgets.Event());
					return;
				}
			}
			if (System.currentTimeMillis() < until) {
				display.timerExec(50, poll[0]);
			}
		};
		display.timerExec(50, poll[0]);
	}

}
