package org.innoscape.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of this bundle that users read, from messages.properties beside this class (Eclipse NLS). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.innoscape.ui.internal.messages"; //$NON-NLS-1$

    public static String InnoscapeActionBarAdvisor_file;
    public static String InnoscapeActionBarAdvisor_edit;
    public static String InnoscapeActionBarAdvisor_window;
    public static String InnoscapeActionBarAdvisor_showView;
    public static String InnoscapeActionBarAdvisor_help;

    public static String InnoscapeWorkbenchAdvisor_exampleTitle;
    public static String InnoscapeWorkbenchAdvisor_example;

    public static String LogStatusItem_one;
    public static String LogStatusItem_many;
    public static String LogStatusItem_tooltip;

    public static String LogView_time;
    public static String LogView_level;
    public static String LogView_message;
    public static String LogView_source;
    public static String LogView_clear;

    public static String ModelExplorerView_filter;
    public static String ModelExplorerView_cannotOpenDiagram;
    public static String ModelExplorerView_linkWithEditor;
    public static String ModelExplorerView_linkWithEditorTooltip;

    public static String ExplorerMenu_new;
    public static String ExplorerMenu_delete;
    public static String ExplorerMenu_deleteTitle;
    public static String ExplorerMenu_deleteOne;
    public static String ExplorerMenu_deleteOneWithDependents;
    public static String ExplorerMenu_deleteMany;
    public static String ExplorerMenu_deleteManyWithDependents;

    public static String ModelEditor_cannotOpenTitle;
    public static String ModelEditor_cannotOpen;
    public static String ModelEditor_notAModel;
    public static String ModelEditor_problem;
    public static String ModelEditor_counts;
    public static String ModelEditor_noProblems;
    public static String ModelEditor_problems;
    public static String ModelEditor_saveFailedTitle;
    public static String ModelEditor_saveFailed;

    public static String ModelSaveAs_title;
    public static String ModelSaveAs_saveFailedTitle;
    public static String ModelSaveAs_saveFailed;

    public static String UndoRedoActions_undo;
    public static String UndoRedoActions_redo;

    public static String NewModels_exists;

    public static String ModelOpener_cannotOpenTitle;
    public static String ModelOpener_cannotOpen;
    public static String ModelOpener_cannotOpenAtLine;
    public static String ModelOpener_cannotOpenAtColumn;

    public static String ExampleModelCopy_notInstalled;

    public static String DiskChanges_removedTitle;
    public static String DiskChanges_removed;
    public static String DiskChanges_removedUnsaved;
    public static String DiskChanges_keepOpen;
    public static String DiskChanges_close;
    public static String DiskChanges_changedTitle;
    public static String DiskChanges_changed;
    public static String DiskChanges_changedUnsaved;
    public static String DiskChanges_reload;
    public static String DiskChanges_keepMine;
    public static String DiskChanges_overwriteTitle;
    public static String DiskChanges_overwriteQuestion;
    public static String DiskChanges_overwrite;
    public static String DiskChanges_unreadableTitle;
    public static String DiskChanges_unreadable;

    public static String RecentModelsMenu_none;

    public static String OpenExampleHandler_title;
    public static String OpenExampleHandler_cannotPrepare;

    public static String OpenModelHandler_title;
    public static String OpenModelHandler_modelFiles;
    public static String OpenModelHandler_allFiles;

    public static String ChoicesDialog_filter;

    public static String ReferenceCellEditor_none;

    public static String ValueCellEditor_invalid;

    public static String GettingStartedView_title;
    public static String GettingStartedView_step1;
    public static String GettingStartedView_step1Text;
    public static String GettingStartedView_step2;
    public static String GettingStartedView_step2Text;
    public static String GettingStartedView_step3;
    public static String GettingStartedView_step3Text;
    public static String GettingStartedView_step4;
    public static String GettingStartedView_step4Text;
    public static String GettingStartedView_step5;
    public static String GettingStartedView_step5Text;
    public static String GettingStartedView_step6;
    public static String GettingStartedView_step6Text;
    public static String GettingStartedView_notInstalled;
    public static String GettingStartedView_cannotRun;

    public static String NewModelWizard_title;
    public static String NewModelWizard_notCreated;

    public static String NewModelPage_template;
    public static String NewModelPage_empty;
    public static String NewModelPage_example;
    public static String NewModelPage_title;
    public static String NewModelPage_description;
    public static String NewModelPage_name;
    public static String NewModelPage_defaultName;
    public static String NewModelPage_jurisdiction;
    public static String NewModelPage_jurisdictionHint;
    public static String NewModelPage_folder;
    public static String NewModelPage_browse;
    public static String NewModelPage_fileName;
    public static String NewModelPage_startWith;
    public static String NewModelPage_nameMissing;
    public static String NewModelPage_folderMissing;
    public static String NewModelPage_extension;
    public static String NewModelPage_exists;
    public static String NewModelPage_folderIsFile;
    public static String ElementTable_initiatives;
    public static String ElementTable_actors;
    public static String ElementTable_relationships;
    public static String ElementTable_filterHint;
    public static String ElementTable_count;
    public static String ElementTable_noModel;
    public static String ElementTable_setOnRows;
    public static String ElementTable_howToEdit;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
