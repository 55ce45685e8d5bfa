package org.entente.dsl.ui.internal.outline;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.entente.dsl.ui.internal.EditorOpener;
import org.entente.dsl.ui.internal.EntenteLanguageService;
import org.entente.dsl.ui.internal.OpenDocuments;

/**
 * The Outline of a scenario editor: its elements as a tree, rebuilt after each build of the text; selecting an
 * element selects its text, and moving the caret selects the element around it (linked with the editor).
 */
public class ScenarioOutlinePage extends ContentOutlinePage implements Runnable {

	private final ITextEditor editor;
	private final ISelectionChangedListener caretListener = this::caretMoved;
	private List<ScenarioElement> roots = List.of();
	private boolean revealing;
	private final java.util.function.Consumer<Path> onBuild = built -> {
		if (built.equals(file())) {
			run();
		}
	};

	public ScenarioOutlinePage(ITextEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return roots.toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return parent instanceof ScenarioElement element ? element.children().toArray() : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return element instanceof ScenarioElement scenarioElement ? scenarioElement.parent() : null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof ScenarioElement scenarioElement && !scenarioElement.children().isEmpty();
			}
		});
		viewer.setLabelProvider(new ScenarioLabels());
		viewer.setInput(roots);
		viewer.setAutoExpandLevel(2);
		editor.getSelectionProvider().addSelectionChangedListener(caretListener);
		EntenteLanguageService.get().problems().addBuildListener(onBuild);
		run();
	}

	@Override
	public void dispose() {
		EntenteLanguageService.get().problems().removeBuildListener(onBuild);
		if (editor.getSelectionProvider() != null) {
			editor.getSelectionProvider().removeSelectionChangedListener(caretListener);
		}
		super.dispose();
	}

	/** The elements shown (for tests). */
	public List<ScenarioElement> roots() {
		return roots;
	}

	/** A build finished: fetch the symbols again and show them. */
	@Override
	public void run() {
		Path file = file();
		if (file == null) {
			return;
		}
		EntenteLanguageService.get().documentSymbols(file).thenAccept(symbols -> Display.getDefault()
				.asyncExec(() -> show(ScenarioElement.of(file, symbols, null))));
	}

	private Path file() {
		IDocument document = editor.getDocumentProvider() == null ? null
				: editor.getDocumentProvider().getDocument(editor.getEditorInput());
		return document == null ? null : OpenDocuments.connectedFile(document);
	}

	private void show(List<ScenarioElement> elements) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed() || elements.equals(roots)) {
			return;
		}
		Object[] expanded = viewer.getExpandedElements();
		roots = elements;
		viewer.getControl().setRedraw(false);
		try {
			viewer.setInput(roots);
			if (expanded.length > 0) {
				viewer.setExpandedElements(expanded);
			} else {
				viewer.expandToLevel(2); // first view: the scenario and its elements
			}
		} finally {
			viewer.getControl().setRedraw(true);
		}
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (!revealing && event.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof ScenarioElement element) {
			EditorOpener.select(editor, element.symbol().getSelectionRange());
		}
	}

	private void caretMoved(SelectionChangedEvent event) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed() || !(event.getSelection() instanceof ITextSelection text)
				|| viewer.getControl().isFocusControl()) {
			return;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int line = text.getStartLine();
		ScenarioElement innermost = innermost(roots, line, document);
		ISelection current = viewer.getSelection();
		if (innermost != null && !new StructuredSelection(innermost).equals(current)) {
			revealing = true;
			try {
				viewer.setSelection(new StructuredSelection(innermost), true);
			} finally {
				revealing = false;
			}
		}
	}

	private static ScenarioElement innermost(List<ScenarioElement> elements, int line, IDocument document) {
		for (ScenarioElement element : elements) {
			DocumentSymbol symbol = element.symbol();
			if (symbol.getRange().getStart().getLine() <= line && symbol.getRange().getEnd().getLine() >= line) {
				ScenarioElement deeper = innermost(element.children(), line, document);
				return deeper != null ? deeper : element;
			}
		}
		return null;
	}
}
