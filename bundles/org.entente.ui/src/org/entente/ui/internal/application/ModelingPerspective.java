package org.entente.ui.internal.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.entente.ui.EntenteUi;

/**
 * The Entente modeling perspective: scenarios on the left, editors in the middle, the outline on the right, and
 * problems, properties and progress below.
 */
public class ModelingPerspective implements IPerspectiveFactory {

	/** Folder ids, stable so that other bundles can add views beside these. */
	public static final String NAVIGATION_FOLDER = "org.entente.ui.perspective.navigation";
	public static final String OUTLINE_FOLDER = "org.entente.ui.perspective.outline";
	public static final String DETAILS_FOLDER = "org.entente.ui.perspective.details";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);

		IFolderLayout navigation = layout.createFolder(NAVIGATION_FOLDER, IPageLayout.LEFT, 0.22f, editorArea);
		navigation.addView(IPageLayout.ID_PROJECT_EXPLORER);

		IFolderLayout details = layout.createFolder(DETAILS_FOLDER, IPageLayout.BOTTOM, 0.70f, editorArea);
		details.addView(IPageLayout.ID_PROBLEM_VIEW);
		details.addView(IPageLayout.ID_PROP_SHEET);
		details.addView(IPageLayout.ID_PROGRESS_VIEW);

		IFolderLayout outline = layout.createFolder(OUTLINE_FOLDER, IPageLayout.RIGHT, 0.75f, editorArea);
		outline.addView(IPageLayout.ID_OUTLINE);

		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);

		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");

		layout.addPerspectiveShortcut(EntenteUi.MODELING_PERSPECTIVE_ID);
	}
}
