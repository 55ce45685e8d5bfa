package org.entente.dsl.ui.internal.navigation;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.AbstractTextSearchViewPage;
import org.eclipse.search.ui.text.Match;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.model.WorkbenchLabelProvider;
import org.eclipse.ui.texteditor.ITextEditor;

/** Shows references in the Search view: files, with the number of references in each; double-click opens them. */
public class ReferencesPage extends AbstractTextSearchViewPage {

	public ReferencesPage() {
		super(FLAG_LAYOUT_FLAT | FLAG_LAYOUT_TREE);
	}

	@Override
	protected void elementsChanged(Object[] objects) {
		if (getViewer() != null) {
			getViewer().refresh();
		}
	}

	@Override
	protected void clear() {
		if (getViewer() != null) {
			getViewer().refresh();
		}
	}

	@Override
	protected void configureTreeViewer(TreeViewer viewer) {
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return input instanceof AbstractTextSearchResult result ? result.getElements() : new Object[0];
			}

			@Override
			public Object[] getChildren(Object parent) {
				return new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return false;
			}
		});
		viewer.setLabelProvider(new FileLabels());
	}

	@Override
	protected void configureTableViewer(TableViewer viewer) {
		viewer.setContentProvider(new ArrayContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return input instanceof AbstractTextSearchResult result ? result.getElements() : new Object[0];
			}
		});
		viewer.setLabelProvider(new FileLabels());
	}

	@Override
	protected void showMatch(Match match, int offset, int length, boolean activate) throws PartInitException {
		if (match.getElement() instanceof IFile file) {
			IWorkbenchPage page = getSite().getPage();
			if (IDE.openEditor(page, file, activate) instanceof ITextEditor editor) {
				editor.selectAndReveal(offset, length);
			}
		}
	}

	private final class FileLabels extends LabelProvider {
		private final WorkbenchLabelProvider workbenchLabels = new WorkbenchLabelProvider();

		@Override
		public String getText(Object element) {
			int count = getInput() == null ? 0 : getInput().getMatchCount(element);
			String path = element instanceof IFile file ? file.getFullPath().makeRelative().toString()
					: String.valueOf(element);
			return path + " (" + count + (count == 1 ? " reference)" : " references)");
		}

		@Override
		public Image getImage(Object element) {
			return workbenchLabels.getImage(element);
		}

		@Override
		public void dispose() {
			workbenchLabels.dispose();
			super.dispose();
		}
	}
}
