package org.entente.diagram.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.entente.analysis.ui.AnalysisMarkers;
import org.entente.diagram.DiagramController;
import org.entente.diagram.DiagramElement;
import org.entente.diagram.DiagramFinding;
import org.entente.diagram.DiagramHost;
import org.entente.diagram.DiagramInputs;
import org.entente.diagram.DiagramServer;
import org.entente.dsl.io.AtomicFiles;

/**
 * The diagram editor: the diagram server's web client in an SWT Browser, over the scenario file's shared document.
 * The text stays the master: diagram edits change the document (a text editor on the file shows them at once and
 * shares the dirty state), and text edits redraw the diagram. The workbench's Undo, Redo and Delete act on the
 * diagram; its selection follows the text editor's caret and selects the element's text in the text editor;
 * double-click opens the text there. Analysis findings show as markers on the diagram.
 */
public final class DiagramEditor extends EditorPart {
	/** The editor id. */
	public static final String ID = "org.entente.diagram.ui.editor";
	/** The generic text editor the scenario files open in. */
	private static final String TEXT_EDITOR_ID = "org.eclipse.ui.genericeditor.GenericEditor";

	private WorkbenchScenarioDocument document;
	private DiagramInputs.Input input;
	private Browser browser;
	private final DiagramSelectionProvider selectionProvider = new DiagramSelectionProvider();
	private final Runnable dirtyTracker = () -> Display.getDefault().asyncExec(() -> firePropertyChange(PROP_DIRTY));
	private final ISelectionListener caretFollower = this::textSelectionChanged;
	private final IResourceChangeListener resourceFollower = this::resourceChanged;
	private volatile Path pendingExport;
	private volatile List<DiagramElement> selection = List.of();
	private boolean selectingText;

	/**
	 * Opens the diagram of {@code file}, or activates the one already open; a text editor on the same file does
	 * not count (editors are matched by id and input, not input alone).
	 */
	public static DiagramEditor open(IWorkbenchPage page, IFile file) throws PartInitException {
		return (DiagramEditor) page.openEditor(new FileEditorInput(file), ID, true,
				IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
	}

	@Override
	public void init(IEditorSite site, IEditorInput editorInput) throws PartInitException {
		if (!(editorInput instanceof IFileEditorInput fileInput)) {
			throw new PartInitException("The diagram editor opens scenario files of the workspace.");
		}
		setSite(site);
		setInput(editorInput);
		IFile file = fileInput.getFile();
		setPartName(file.getName() + " (diagram)");
		setTitleToolTip(file.getFullPath().toString());
		try {
			document = new WorkbenchScenarioDocument(file, site.getShell().getDisplay());
			input = DiagramUiPlugin.server().inputs().register(document, new EditorHost());
		} catch (CoreException | IOException e) {
			if (document != null) {
				document.dispose();
			}
			throw new PartInitException("Could not open the diagram of " + file.getName() + ": " + e.getMessage(), e);
		}
		document.addChangeListener(dirtyTracker);
		site.setSelectionProvider(selectionProvider);
		site.getPage().addPostSelectionListener(caretFollower);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(resourceFollower, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public void createPartControl(Composite parent) {
		try {
			browser = new Browser(parent, SWT.NONE);
		} catch (SWTError noBrowser) {
			Label message = new Label(parent, SWT.WRAP);
			message.setText("The diagram needs a web browser widget, which SWT could not create: "
					+ noBrowser.getMessage() + "\nOn Debian and Ubuntu, install libwebkit2gtk-4.1-0 and restart.");
			return;
		}
		try {
			browser.setUrl(DiagramUiPlugin.server().url(input));
		} catch (IOException e) {
			browser.setText("<p>The diagram server could not start: " + e.getMessage() + "</p>");
		}
		createActions();
	}

	private void createActions() {
		IAction undo = action("Undo", () -> dispatch("{kind:'glspUndo'}"));
		IAction redo = action("Redo", () -> dispatch("{kind:'glspRedo'}"));
		IAction delete = action("Delete", this::deleteSelection);
		getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
		getEditorSite().getActionBars().updateActionBars();

		MenuManager menu = new MenuManager();
		menu.add(undo);
		menu.add(redo);
		menu.add(new Separator());
		menu.add(delete);
		menu.add(action("Show in Text Editor", () -> selection.stream().findFirst().ifPresent(this::revealInText)));
		menu.add(new Separator());
		menu.add(action("Fit to Window", () -> dispatch("{kind:'entente.fit'}")));
		menu.add(action("Automatic Layout", () -> dispatch("{kind:'entente.autoLayout'}")));
		menu.add(new Separator());
		menu.add(action("Export as SVG...", () -> export("svg", null)));
		menu.add(action("Export as PNG...", () -> export("png", null)));
		browser.setMenu(menu.createContextMenu(browser));
	}

	private static IAction action(String label, Runnable run) {
		return new Action(label) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	/** Runs a diagram action in the page, as its own keys and palette do. */
	private void dispatch(String actionLiteral) {
		if (browser != null && !browser.isDisposed()) {
			browser.execute("void (window.ententeDiagram && window.ententeDiagram.dispatch(" + actionLiteral + "))");
		}
	}

	private void deleteSelection() {
		if (selection.isEmpty()) {
			return;
		}
		StringBuilder ids = new StringBuilder();
		for (DiagramElement element : selection) {
			ids.append(ids.length() == 0 ? "" : ",").append('\'').append(element.id().replace("'", "\\'")).append('\'');
		}
		dispatch("{kind:'deleteElement', elementIds:[" + ids + "]}");
	}

	/**
	 * Exports the diagram as {@code svg} or {@code png}: to {@code target}, or where the user chooses.
	 */
	public void export(String format, Path target) {
		Path destination = target;
		if (destination == null) {
			FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
			dialog.setFilterExtensions(new String[] { "*." + format });
			dialog.setFileName(document.file().getName().replaceFirst("\\.entente$", "") + "." + format);
			dialog.setOverwrite(true);
			String chosen = dialog.open();
			if (chosen == null) {
				return;
			}
			destination = Path.of(chosen);
		}
		pendingExport = destination;
		browser.execute("void window.ententeExport('" + format + "')");
	}

	/** The browser showing the diagram, for tests. */
	public Browser browser() {
		return browser;
	}

	/** The diagram elements selected now. */
	public List<DiagramElement> selectedElements() {
		return selection;
	}

	@Override
	public void setFocus() {
		if (browser != null) {
			browser.setFocus();
		}
	}

	@Override
	public boolean isDirty() {
		return document.isDirty();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			document.save();
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), "Save", "Could not save " + document.file().getName()
					+ ": " + e.getMessage());
		}
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void doSaveAs() {
		// The diagram is a view of its scenario file, saved where the file is.
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(caretFollower);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(resourceFollower);
		DiagramServer server = DiagramUiPlugin.runningServer();
		if (input != null && server != null) {
			server.inputs().unregister(input);
		}
		// The page goes first, so its session ends before the document it edits is released.
		if (browser != null && !browser.isDisposed()) {
			browser.dispose();
		}
		if (document != null) {
			document.removeChangeListener(dirtyTracker);
			document.dispose();
		}
		super.dispose();
	}

	/** The caret moved in a text editor on this file: select the element there. */
	private void textSelectionChanged(IWorkbenchPart part, ISelection newSelection) {
		if (selectingText || part == this || !(part instanceof ITextEditor editor)
				|| !(newSelection instanceof ITextSelection text)
				|| !(editor.getEditorInput() instanceof IFileEditorInput fileInput)
				|| !fileInput.getFile().equals(document.file())) {
			return;
		}
		for (DiagramController controller : input.controllers()) {
			controller.selectAt(text.getOffset());
		}
	}

	/** The file's findings changed (markers), or it was saved (content): refresh them, or the dirty flag. */
	private void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(document.file().getFullPath());
		if (delta == null) {
			return;
		}
		if ((delta.getFlags() & IResourceDelta.MARKERS) != 0) {
			input.controllers().forEach(DiagramController::refresh);
		}
		if ((delta.getFlags() & IResourceDelta.CONTENT) != 0) {
			dirtyTracker.run();
		}
	}

	private void revealInText(DiagramElement element) {
		try {
			IEditorPart editor = getSite().getPage().openEditor(new FileEditorInput(document.file()), TEXT_EDITOR_ID,
					true, IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
			if (editor instanceof ITextEditor text) {
				text.selectAndReveal(element.offset(), element.length());
			}
		} catch (PartInitException e) {
			DiagramUiPlugin.log("Could not open the text of " + document.file().getName(), e);
		}
	}

	/** Selects the elements' text in the text editors open on this file, without activating them. */
	private void selectInOpenTextEditors(List<DiagramElement> elements) {
		if (elements.isEmpty()) {
			return;
		}
		DiagramElement first = elements.get(0);
		for (IEditorReference reference : getSite().getPage().getEditorReferences()) {
			IEditorPart editor = reference.getEditor(false);
			if (editor instanceof ITextEditor text && text.getEditorInput() instanceof IFileEditorInput fileInput
					&& fileInput.getFile().equals(document.file())) {
				selectingText = true;
				try {
					text.selectAndReveal(first.offset(), first.length());
				} finally {
					selectingText = false;
				}
			}
		}
	}

	/** Hears the diagram server on its threads and moves to the display thread. */
	private final class EditorHost implements DiagramHost {
		@Override
		public void reveal(DiagramElement element) {
			Display.getDefault().asyncExec(() -> revealInText(element));
		}

		@Override
		public void selectionChanged(List<DiagramElement> elements) {
			selection = List.copyOf(elements);
			Display.getDefault().asyncExec(() -> {
				selectionProvider.setSelection(new StructuredSelection(elements));
				selectInOpenTextEditors(elements);
			});
		}

		@Override
		public void exported(String format, byte[] data) {
			Path target = pendingExport;
			pendingExport = null;
			if (target == null) {
				// The page's own Export buttons: ask where, then write.
				Display.getDefault().asyncExec(() -> {
					FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
					dialog.setFilterExtensions(new String[] { "*." + format });
					dialog.setFileName(document.file().getName().replaceFirst("\\.entente$", "") + "." + format);
					dialog.setOverwrite(true);
					String chosen = dialog.open();
					if (chosen != null) {
						pendingExport = Path.of(chosen);
						exported(format, data);
					}
				});
				return;
			}
			try {
				AtomicFiles.write(target, data);
				refreshWorkspace(target);
			} catch (IOException e) {
				Display.getDefault().asyncExec(() -> MessageDialog.openError(getSite().getShell(), "Export",
						"Could not write " + target + ": " + e.getMessage()));
			}
		}

		@Override
		public List<DiagramFinding> findings() {
			List<DiagramFinding> findings = new ArrayList<>();
			try {
				for (IMarker marker : document.file().findMarkers(AnalysisMarkers.FINDING, false,
						IResource.DEPTH_ZERO)) {
					int start = marker.getAttribute(IMarker.CHAR_START, -1);
					if (start >= 0) {
						String severity = switch (marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO)) {
						case IMarker.SEVERITY_ERROR -> "error";
						case IMarker.SEVERITY_WARNING -> "warning";
						default -> "info";
						};
						findings.add(new DiagramFinding(start, severity, marker.getAttribute(IMarker.MESSAGE, "")));
					}
				}
			} catch (CoreException e) {
				DiagramUiPlugin.log("Could not read the findings of " + document.file().getName(), e);
			}
			return findings;
		}

		private void refreshWorkspace(Path written) {
			for (IFile file : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(written.toUri())) {
				try {
					file.refreshLocal(IResource.DEPTH_ZERO, null);
				} catch (CoreException e) {
					DiagramUiPlugin.log("Could not refresh " + file.getFullPath(), e);
				}
			}
		}
	}

	/** The editor's selection: the selected diagram elements. */
	private static final class DiagramSelectionProvider implements ISelectionProvider {
		private final List<ISelectionChangedListener> listeners = new ArrayList<>();
		private ISelection current = StructuredSelection.EMPTY;

		@Override
		public void addSelectionChangedListener(ISelectionChangedListener listener) {
			listeners.add(listener);
		}

		@Override
		public ISelection getSelection() {
			return current;
		}

		@Override
		public void removeSelectionChangedListener(ISelectionChangedListener listener) {
			listeners.remove(listener);
		}

		@Override
		public void setSelection(ISelection selection) {
			current = selection;
			SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
			for (ISelectionChangedListener listener : List.copyOf(listeners)) {
				listener.selectionChanged(event);
			}
		}
	}
}
