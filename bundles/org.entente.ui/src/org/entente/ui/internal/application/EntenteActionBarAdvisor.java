package org.entente.ui.internal.application;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/**
 * The File, Edit, Window and Help menus and the main tool bar. The standard group markers are kept so that editors
 * and other bundles can contribute to the menus by the usual {@code menu:} locations.
 */
public class EntenteActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction newWizard;
	private IWorkbenchAction close;
	private IWorkbenchAction closeAll;
	private IWorkbenchAction save;
	private IWorkbenchAction saveAs;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction revert;
	private IWorkbenchAction refresh;
	private IWorkbenchAction importWizard;
	private IWorkbenchAction exportWizard;
	private IWorkbenchAction properties;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction cut;
	private IWorkbenchAction copy;
	private IWorkbenchAction paste;
	private IWorkbenchAction delete;
	private IWorkbenchAction selectAll;
	private IWorkbenchAction find;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction preferences;
	private IWorkbenchAction about;

	public EntenteActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		newWizard = register(ActionFactory.NEW_WIZARD_DROP_DOWN.create(window));
		close = register(ActionFactory.CLOSE.create(window));
		closeAll = register(ActionFactory.CLOSE_ALL.create(window));
		save = register(ActionFactory.SAVE.create(window));
		saveAs = register(ActionFactory.SAVE_AS.create(window));
		saveAll = register(ActionFactory.SAVE_ALL.create(window));
		revert = register(ActionFactory.REVERT.create(window));
		refresh = register(ActionFactory.REFRESH.create(window));
		importWizard = register(ActionFactory.IMPORT.create(window));
		exportWizard = register(ActionFactory.EXPORT.create(window));
		properties = register(ActionFactory.PROPERTIES.create(window));
		undo = register(ActionFactory.UNDO.create(window));
		redo = register(ActionFactory.REDO.create(window));
		cut = register(ActionFactory.CUT.create(window));
		copy = register(ActionFactory.COPY.create(window));
		paste = register(ActionFactory.PASTE.create(window));
		delete = register(ActionFactory.DELETE.create(window));
		selectAll = register(ActionFactory.SELECT_ALL.create(window));
		find = register(ActionFactory.FIND.create(window));
		resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
		preferences = register(ActionFactory.PREFERENCES.create(window));
		about = register(ActionFactory.ABOUT.create(window));
	}

	private IWorkbenchAction register(IWorkbenchAction action) {
		super.register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		menuBar.add(fileMenu());
		menuBar.add(editMenu());
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu());
		menuBar.add(helpMenu());
	}

	private MenuManager fileMenu() {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		MenuManager menu = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		MenuManager newMenu = new MenuManager("&New", ActionFactory.NEW.getId());
		newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
		menu.add(newMenu);
		menu.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		menu.add(new Separator(IWorkbenchActionConstants.OPEN_EXT));
		menu.add(new Separator());
		menu.add(close);
		menu.add(closeAll);
		menu.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
		menu.add(new Separator());
		menu.add(save);
		menu.add(saveAs);
		menu.add(saveAll);
		menu.add(revert);
		menu.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
		menu.add(new Separator());
		menu.add(refresh);
		menu.add(new Separator());
		menu.add(importWizard);
		menu.add(exportWizard);
		menu.add(new GroupMarker(IWorkbenchActionConstants.IMPORT_EXT));
		menu.add(new Separator());
		menu.add(properties);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		// The workbench's Exit command. It comes before the recently opened files: in this e4 compatibility menu
		// nothing is rendered after the dynamic list of recent editors.
		CommandContributionItemParameter exit = new CommandContributionItemParameter(window, "exit",
				IWorkbenchCommandConstants.FILE_EXIT, CommandContributionItem.STYLE_PUSH);
		exit.label = "E&xit";
		menu.add(new CommandContributionItem(exit));
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
		menu.add(new Separator(IWorkbenchActionConstants.MRU));
		menu.add(ContributionItemFactory.REOPEN_EDITORS.create(window));
		return menu;
	}

	private MenuManager editMenu() {
		MenuManager menu = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		menu.add(undo);
		menu.add(redo);
		menu.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		menu.add(new Separator());
		menu.add(cut);
		menu.add(copy);
		menu.add(paste);
		menu.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		menu.add(new Separator());
		menu.add(delete);
		menu.add(selectAll);
		menu.add(new Separator());
		menu.add(find);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		return menu;
	}

	private MenuManager windowMenu() {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		MenuManager menu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		MenuManager showView = new MenuManager("Show &View", "showView");
		showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		menu.add(showView);
		MenuManager openPerspective = new MenuManager("Open &Perspective", "openPerspective");
		openPerspective.add(ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window));
		menu.add(openPerspective);
		menu.add(resetPerspective);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		// On GTK the preferences live in the Window menu, as in the Eclipse IDE.
		menu.add(preferences);
		return menu;
	}

	private MenuManager helpMenu() {
		MenuManager menu = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
		menu.add(new Separator());
		menu.add(about);
		return menu;
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager fileBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		fileBar.add(new GroupMarker(IWorkbenchActionConstants.NEW_GROUP));
		fileBar.add(newWizard);
		fileBar.add(new GroupMarker(IWorkbenchActionConstants.SAVE_GROUP));
		fileBar.add(save);
		fileBar.add(saveAll);
		fileBar.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		coolBar.add(new ToolBarContributionItem(fileBar, IWorkbenchActionConstants.TOOLBAR_FILE));
		IToolBarManager editBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		editBar.add(undo);
		editBar.add(redo);
		coolBar.add(new ToolBarContributionItem(editBar, IWorkbenchActionConstants.TOOLBAR_EDIT));
		coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
	}
}
