package org.entente.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.entente.diagram.DiagramElement;
import org.entente.diagram.ui.internal.DiagramEditor;
import org.entente.dsl.ui.internal.wizards.ExampleScenarios;
import org.entente.testing.ui.Screenshots;
import org.entente.testing.ui.UiWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The diagram editor in the workbench (UI harness under Xvfb, WebKitGTK): it renders the 1914 example (elements
 * counted in the page), follows edits of the text, writes its own edits into the shared document (undone by the
 * workbench's Undo), follows the text editor's caret, opens the text on a double-click, and exports SVG.
 * Screenshots go to target/screenshots.
 */
class DiagramEditorTest {
	private static final long TIMEOUT = 60_000;
	private static IProject project;

	@BeforeAll
	static void examples() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("diagram-examples");
		if (!project.exists()) {
			project = ExampleScenarios.createProject("diagram-examples", true, new NullProgressMonitor());
		}
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	@Test
	void showsTheDiagramBesideTheTextAndKeepsThemInStep() throws Exception {
		IFile file = project.getFile("europe-1914.entente");
		String original = Files.readString(file.getLocation().toPath());
		ITextEditor text = (ITextEditor) IDE.openEditor(page(), file, "org.eclipse.ui.genericeditor.GenericEditor");
		DiagramEditor diagram = DiagramEditor.open(page(), file);
		for (var view : page().getViewReferences()) {
			page().hideView(view); // the editors get the window, for the screenshot
		}
		besideEachOther(text, diagram);
		text.selectAndReveal(text.getDocumentProvider().getDocument(text.getEditorInput()).get()
				.indexOf("// ---"), 0);
		awaitReady(diagram);
		UiWait.waitUntil("the six great powers of 1914", () -> count(diagram, ".entente-state"), n -> n == 6, TIMEOUT);
		assertEquals(6, count(diagram, ".entente-alliance"), "the alliances in force in 1914");
		Screenshots.capture(window().getShell(), "diagram-editor-europe-1914");

		// The text changes: the diagram follows.
		IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
		int afterStates = document.get().indexOf("// ---", document.get().indexOf("state RUS"));
		document.replace(afterStates, 0, "state SRB \"Serbia\" region \"Europe\"\n\n");
		UiWait.waitUntil("Serbia in the diagram", () -> count(diagram, ".entente-state"), n -> n == 7, TIMEOUT);
		assertTrue(diagram.isDirty(), "the diagram shares the text's dirty state");

		// The diagram changes: the text follows, and the workbench's Undo takes it back.
		String beforeDiagramEdit = document.get();
		diagram.setFocus();
		diagram.browser().execute("void window.ententeDiagram.dispatch({kind:'createNode',"
				+ " elementTypeId:'node:state', location:{x:10, y:10}, args:{}})");
		UiWait.waitUntil("the new state in the text", () -> document.get().contains("state NEW \"New state\""),
				TIMEOUT);
		UiWait.waitUntil("the new state in the diagram", () -> count(diagram, ".entente-state"), n -> n == 8,
				TIMEOUT);
		diagram.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		UiWait.waitUntil("the undone text", () -> document.get().equals(beforeDiagramEdit), TIMEOUT);

		// The caret in the text selects the element in the diagram.
		page().activate(text);
		text.selectAndReveal(document.get().indexOf("state GMY") + 7, 0);
		UiWait.waitUntil("Germany selected in the diagram", () -> count(diagram, ".entente-state .selected, "
				+ ".entente-state.selected"), n -> n >= 1, TIMEOUT);

		// A selection in the diagram is the editor's selection, with what the scenario says of it for Properties.
		diagram.browser().execute("void window.ententeDiagram.dispatch({kind:'elementSelected',"
				+ " selectedElementsIDs:['state:RUS'], deselectedElementsIDs:[], deselectAll:true})");
		UiWait.waitUntil("Russia as the editor's selection", () -> diagram.getSite().getSelectionProvider()
				.getSelection() instanceof IStructuredSelection selection && !selection.isEmpty()
				&& ((DiagramElement) selection.getFirstElement()).id().equals("state:RUS"), TIMEOUT);
		DiagramElement russia = (DiagramElement) ((IStructuredSelection) diagram.getSite().getSelectionProvider()
				.getSelection()).getFirstElement();
		IPropertySource properties = Adapters.adapt(russia, IPropertySource.class);
		assertEquals("Russia", properties.getPropertyValue("Label"));
		assertEquals("Europe", properties.getPropertyValue("Region"));

		// A double-click (reveal) selects the element's text.
		diagram.browser().execute("void window.ententeDiagram.dispatch({kind:'entente.reveal', elementId:'state:FRN'})");
		int france = document.get().indexOf("state FRN");
		UiWait.waitUntil("France's text selected", () -> text.getSelectionProvider().getSelection() instanceof
				org.eclipse.jface.text.ITextSelection selection && selection.getOffset() == france, TIMEOUT);
		Screenshots.capture(window().getShell(), "diagram-editor-after-edits");

		// Export.
		Path svg = project.getLocation().toPath().resolve("europe-1914.svg");
		Files.deleteIfExists(svg);
		diagram.export("svg", svg);
		UiWait.waitUntil("the SVG export", () -> Files.exists(svg), TIMEOUT);
		assertTrue(Files.readString(svg).contains("<svg"));

		text.doSave(new NullProgressMonitor());
		document.set(original);
		text.doSave(new NullProgressMonitor());
	}

	private static void awaitReady(DiagramEditor diagram) {
		UiWait.waitUntil("the diagram page", () -> Boolean.TRUE.equals(diagram.browser().evaluate(
				"return !!(window.ententeDiagram && window.ententeDiagram.ready)")), TIMEOUT);
	}

	private static int count(DiagramEditor diagram, String selector) {
		Object count = diagram.browser().evaluate("return window.ententeDiagram ? window.ententeDiagram.count('"
				+ selector + "') : -1");
		return count instanceof Number number ? number.intValue() : -1;
	}

	/** Puts the diagram in an editor stack of its own, right of the text editor. */
	private static void besideEachOther(ITextEditor text, DiagramEditor diagram) {
		EModelService models = window().getService(EModelService.class);
		MPart diagramPart = diagram.getSite().getService(MPart.class);
		MPart textPart = text.getSite().getService(MPart.class);
		if (models == null || diagramPart == null || textPart == null
				|| !((Object) textPart.getParent() instanceof MPartStack textStack)) {
			return;
		}
		MPartStack stack = models.createModelElement(MPartStack.class);
		stack.getTags().add("EditorStack");
		stack.getChildren().add(diagramPart);
		stack.setSelectedElement(diagramPart);
		models.insert(stack, textStack, EModelService.RIGHT_OF, 0.55f);
		textStack.setSelectedElement(textPart);
		page().activate(diagram);
		Screenshots.flushEvents(window().getShell().getDisplay());
	}

	private static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
	}

	private static IWorkbenchPage page() {
		return window().getActivePage();
	}
}
