package org.innoscape.io.ui;

import org.eclipse.osgi.util.NLS;

/** The texts of this bundle that users read, from messages.properties beside this class (Eclipse NLS). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.innoscape.io.ui.messages"; //$NON-NLS-1$

    public static String ImportRegistersWizard_title;
    public static String ImportRegistersWizard_errorTitle;
    public static String ImportRegistersWizard_mappingNotSaved;
    public static String ImportRegistersWizard_notWritten;

    public static String RegisterFilesPage_title;
    public static String RegisterFilesPage_description;
    public static String RegisterFilesPage_registers;
    public static String RegisterFilesPage_add;
    public static String RegisterFilesPage_remove;
    public static String RegisterFilesPage_importInto;
    public static String RegisterFilesPage_intoOpen;
    public static String RegisterFilesPage_intoNew;
    public static String RegisterFilesPage_browse;
    public static String RegisterFilesPage_templateNote;
    public static String RegisterFilesPage_createUnknown;
    public static String RegisterFilesPage_registersDialog;
    public static String RegisterFilesPage_registerFiles;
    public static String RegisterFilesPage_allFiles;
    public static String RegisterFilesPage_newModelDialog;
    public static String RegisterFilesPage_addFiles;
    public static String RegisterFilesPage_chooseOpenModel;
    public static String RegisterFilesPage_nameNewModel;
    public static String RegisterFilesPage_newModelExists;

    public static String ColumnMappingPage_keep;
    public static String ColumnMappingPage_title;
    public static String ColumnMappingPage_description;
    public static String ColumnMappingPage_yourColumn;
    public static String ColumnMappingPage_importsAs;
    public static String ColumnMappingPage_save;
    public static String ColumnMappingPage_allKnown;
    public static String ColumnMappingPage_unknown;
    public static String ColumnMappingPage_savedAllKnown;
    public static String ColumnMappingPage_savedUnknown;

    public static String ImportCheckPage_title;
    public static String ImportCheckPage_description;
    public static String ImportCheckPage_file;
    public static String ImportCheckPage_row;
    public static String ImportCheckPage_column;
    public static String ImportCheckPage_value;
    public static String ImportCheckPage_problem;
    public static String ImportCheckPage_cancelled;
    public static String ImportCheckPage_notChecked;
    public static String ImportCheckPage_summaryOpen;
    public static String ImportCheckPage_summaryOpenWarnings;
    public static String ImportCheckPage_summaryNew;
    public static String ImportCheckPage_summaryNewWarnings;
    public static String ImportCheckPage_fatal;
    public static String ImportCheckPage_fatalError;

    public static String ImportPlan_checking;
    public static String ImportPlan_checkingModel;
    public static String ImportPlan_commandOne;
    public static String ImportPlan_commandMany;

    public static String ExportModelWizard_title;
    public static String ExportModelWizard_task;
    public static String ExportModelWizard_errorTitle;
    public static String ExportModelWizard_notExported;

    public static String ExportPage_title;
    public static String ExportPage_description;
    public static String ExportPage_model;
    public static String ExportPage_format;
    public static String ExportPage_to;
    public static String ExportPage_browse;
    public static String ExportPage_folder;
    public static String ExportPage_noModel;
    public static String ExportPage_noOutput;
    public static String ExportPage_invalidPath;
    public static String ExportPage_fileNotFolder;
    public static String ExportPage_folderNotFile;
    public static String ExportPage_replacesModel;
    public static String ExportModelWizard_replaceTitle;
    public static String ExportModelWizard_replace;

    public static String PublishSiteHandler_title;
    public static String PublishSiteHandler_noModel;
    public static String PublishSiteHandler_where;
    public static String PublishSiteHandler_modelInside;
    public static String PublishSiteHandler_publishedTitle;
    public static String PublishSiteHandler_published;
    public static String PublishSiteHandler_footer;
    public static String PublishSiteHandler_job;
    public static String PublishSiteHandler_failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
