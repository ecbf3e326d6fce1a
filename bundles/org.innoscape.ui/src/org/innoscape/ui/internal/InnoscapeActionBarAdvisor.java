package org.innoscape.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The File, Edit, Window and Help menus. Standard workbench actions are used so that editors and
 * views plug their own handlers (save, undo, delete…) into the same menu items.
 */
import org.innoscape.ui.log.LogStatusItem;

public class InnoscapeActionBarAdvisor extends ActionBarAdvisor {
    private IWorkbenchAction save;
    private IWorkbenchAction saveAs;
    private IWorkbenchAction close;
    private IWorkbenchAction quit;
    private IWorkbenchAction undo;
    private IWorkbenchAction redo;
    private IWorkbenchAction delete;
    private IWorkbenchAction selectAll;
    private IWorkbenchAction preferences;
    private IWorkbenchAction resetPerspective;
    private IWorkbenchAction about;
    private IContributionItem viewShortlist;

    public InnoscapeActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        save = register(ActionFactory.SAVE.create(window));
        saveAs = register(ActionFactory.SAVE_AS.create(window));
        close = register(ActionFactory.CLOSE.create(window));
        quit = register(ActionFactory.QUIT.create(window));
        undo = register(ActionFactory.UNDO.create(window));
        redo = register(ActionFactory.REDO.create(window));
        delete = register(ActionFactory.DELETE.create(window));
        selectAll = register(ActionFactory.SELECT_ALL.create(window));
        preferences = register(ActionFactory.PREFERENCES.create(window));
        resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
        about = register(ActionFactory.ABOUT.create(window));
        // The perspective's view shortcuts, then Other... for every view: a closed view comes back here.
        viewShortlist = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
    }

    private IWorkbenchAction register(IWorkbenchAction action) {
        super.register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager(Messages.InnoscapeActionBarAdvisor_file, IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        file.add(new Separator());
        file.add(close);
        file.add(new Separator());
        file.add(save);
        file.add(saveAs);
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(quit);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

        MenuManager edit = new MenuManager(Messages.InnoscapeActionBarAdvisor_edit, IWorkbenchActionConstants.M_EDIT);
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        edit.add(undo);
        edit.add(redo);
        edit.add(new Separator());
        edit.add(delete);
        edit.add(selectAll);
        edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));

        MenuManager windowMenu = new MenuManager(Messages.InnoscapeActionBarAdvisor_window, IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager(Messages.InnoscapeActionBarAdvisor_showView, "showView"); //$NON-NLS-1$
        showView.add(viewShortlist);
        windowMenu.add(showView);
        windowMenu.add(resetPerspective);
        windowMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        windowMenu.add(new Separator());
        windowMenu.add(preferences);

        MenuManager help = new MenuManager(Messages.InnoscapeActionBarAdvisor_help, IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        help.add(new GroupMarker("group.intro")); //$NON-NLS-1$
        help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(new Separator());
        help.add(about);
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));

        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu);
        menuBar.add(help);
    }

    /** The main toolbar's place for contributions (plugin.xml puts New, Open, Save, Import and Run Analyses there). */
    @Override
    protected void fillCoolBar(ICoolBarManager coolBar) {
        coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    @Override
    protected void fillStatusLine(IStatusLineManager statusLine) {
        statusLine.add(new LogStatusItem(getActionBarConfigurer().getWindowConfigurer().getWindow()));
    }
}
