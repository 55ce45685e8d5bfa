package org.entente.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.entente.testing.ui.Screenshots;
import org.entente.ui.EntenteUi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Starts the Entente product under the UI harness and checks what a user sees first. */
class ModelingWorkbenchTest {

	private IWorkbenchWindow window;
	private IWorkbenchPage page;

	@BeforeEach
	void activeWindow() {
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "the workbench has an active window");
		page = window.getActivePage();
		assertNotNull(page, "the window has an active page");
	}

	@Test
	void runsAsTheEntenteProduct() {
		IProduct product = Platform.getProduct();
		assertNotNull(product, "a product is defined");
		assertEquals(EntenteUi.PRODUCT_ID, product.getId());
		assertEquals("Entente", product.getName());
		assertEquals(EntenteUi.APPLICATION_ID, product.getApplication());
		String about = product.getProperty("aboutText");
		assertNotNull(about);
		assertTrue(about.contains("Version:"), about);
	}

	@Test
	void opensTheModelingPerspective() {
		assertEquals(EntenteUi.MODELING_PERSPECTIVE_ID, page.getPerspective().getId());
		assertTrue(page.isEditorAreaVisible(), "the editor area is visible");
	}

	@Test
	void showsTheModelingViews() {
		for (String viewId : List.of(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE,
				IPageLayout.ID_PROP_SHEET, IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROGRESS_VIEW)) {
			assertNotNull(page.findViewReference(viewId), () -> "the perspective shows " + viewId);
		}
		assertNotNull(page.findView(IPageLayout.ID_PROJECT_EXPLORER), "the Project Explorer is created");
	}

	@Test
	void hasTheStandardMenus() {
		Menu menuBar = window.getShell().getMenuBar();
		assertNotNull(menuBar, "the window has a menu bar");
		List<String> titles = new ArrayList<>();
		for (MenuItem item : menuBar.getItems()) {
			titles.add(item.getText().replace("&", ""));
		}
		assertTrue(titles.containsAll(List.of("File", "Edit", "Window", "Help")), titles::toString);
		assertTrue(titles.indexOf("File") < titles.indexOf("Edit"), titles::toString);
		assertTrue(titles.indexOf("Window") < titles.indexOf("Help"), titles::toString);
	}

	@Test
	void theMenusHoldTheUsualCommands() {
		assertMenuContains("File", "New", "Open File...", "Save", "Save As...", "Save All", "Close Editor", "Import...",
				"Export...", "Exit");
		assertMenuContains("Edit", "Undo", "Redo", "Cut", "Copy", "Paste", "Delete", "Select All", "Find/Replace...");
		assertMenuContains("Window", "Show View", "Reset Perspective...", "Preferences...");
		assertMenuContains("Help", "About Entente");
	}

	private void assertMenuContains(String title, String... labels) {
		Menu menu = null;
		for (MenuItem item : window.getShell().getMenuBar().getItems()) {
			if (item.getText().replace("&", "").equals(title)) {
				menu = item.getMenu();
			}
		}
		assertNotNull(menu, title + " menu");
		menu.notifyListeners(SWT.Show, new Event());
		List<String> items = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			items.add(item.getText().replace("&", "").split("\t")[0].trim());
		}
		menu.notifyListeners(SWT.Hide, new Event());
		for (String label : labels) {
			assertTrue(items.contains(label), () -> title + " has no '" + label + "': " + items);
		}
	}

	@Test
	void usesTheWorkspaceTheLauncherChose() {
		assertTrue(Platform.getInstanceLocation().isSet(), "the launcher set a workspace");
		assertTrue(Files.isDirectory(ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath()));
	}

	@Test
	void savesAScreenshotOfTheWorkbench() throws Exception {
		Shell shell = window.getShell();
		shell.setSize(1400, 900);
		Path file = Screenshots.capture(shell, "workbench");
		assertTrue(Files.size(file) > 10_000, "the screenshot has content: " + file);
		assertFalse(shell.isDisposed());
	}
}
