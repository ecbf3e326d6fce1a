package org.innoscape.diagram.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of this bundle that users read, from messages.properties beside this class (Eclipse NLS). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.innoscape.diagram.ui.internal.messages"; //$NON-NLS-1$

    public static String DiagramEditor_notADiagram;
    public static String DiagramEditor_unnamed;
    public static String DiagramEditor_partName;
    public static String DiagramEditor_typeMissing;
    public static String DiagramEditor_deleteFromModel;
    public static String DiagramEditor_arrangingSelection;
    public static String DiagramEditor_arranging;
    public static String DiagramEditor_exportSvg;
    public static String DiagramEditor_exportPng;
    public static String DiagramEditor_exportFailed;
    public static String DiagramEditor_notWritten;
    public static String DiagramEditor_saveFailed;
    public static String DiagramEditor_notSaved;

    public static String DiagramEditorInput_unnamed;
    public static String DiagramEditorInput_tooltip;

    public static String DiagramToolBar_zoomIn;
    public static String DiagramToolBar_zoomInTooltip;
    public static String DiagramToolBar_zoomOut;
    public static String DiagramToolBar_zoomOutTooltip;
    public static String DiagramToolBar_actualSize;
    public static String DiagramToolBar_actualSizeTooltip;
    public static String DiagramToolBar_fit;
    public static String DiagramToolBar_fitTooltip;
    public static String DiagramToolBar_arrangeAll;
    public static String DiagramToolBar_arrangeAllTooltip;
    public static String DiagramToolBar_leftToRight;
    public static String DiagramToolBar_topToBottom;
    public static String DiagramToolBar_stress;
    public static String DiagramToolBar_force;
    public static String DiagramToolBar_tree;
    public static String DiagramToolBar_arrangeSelection;
    public static String DiagramToolBar_arrangeSelectionTooltip;
    public static String DiagramToolBar_layers;
    public static String DiagramToolBar_layersTooltip;
    public static String DiagramToolBar_overlays;
    public static String DiagramToolBar_overlaysTooltip;
    public static String DiagramToolBar_filters;
    public static String DiagramToolBar_filtersOn;
    public static String DiagramToolBar_filtersTooltip;
    public static String DiagramToolBar_filtersOnTooltip;
    public static String DiagramToolBar_legend;
    public static String DiagramToolBar_legendTooltip;
    public static String DiagramToolBar_export;
    public static String DiagramToolBar_exportTooltip;
    public static String DiagramToolBar_png;
    public static String DiagramToolBar_svg;
    public static String DiagramToolBar_filterItem;
    public static String DiagramToolBar_filterItemChosen;
    public static String DiagramToolBar_clearFilter;
    public static String DiagramToolBar_filterTitle;
    public static String DiagramToolBar_filterMessage;

    public static String DiagramPalette_select;
    public static String DiagramPalette_selectTooltip;
    public static String DiagramPalette_create;
    public static String DiagramPalette_createTooltip;
    public static String DiagramPalette_connect;
    public static String DiagramPalette_connectTooltip;

    public static String DiagramContextMenu_rename;
    public static String DiagramContextMenu_removeFromDiagram;
    public static String DiagramContextMenu_deleteFromModel;
    public static String DiagramContextMenu_copy;
    public static String DiagramContextMenu_paste;
    public static String DiagramContextMenu_selectAll;
    public static String DiagramContextMenu_arrangeSelection;
    public static String DiagramContextMenu_arrangeAll;
    public static String DiagramContextMenu_showHidden;
    public static String DiagramContextMenu_exportPng;
    public static String DiagramContextMenu_exportSvg;

    public static String DeleteChoice_title;
    public static String DeleteChoice_one;
    public static String DeleteChoice_oneWithDependents;
    public static String DeleteChoice_many;
    public static String DeleteChoice_manyWithDependents;
    public static String DeleteChoice_remove;
    public static String DeleteChoice_delete;

    public static String NewDiagramDialog_title;
    public static String NewDiagramDialog_target;
    public static String NewDiagramDialog_unnamed;
    public static String NewDiagramDialog_type;
    public static String NewDiagramDialog_name;
    public static String NewDiagramDialog_pluginProblems;

    public static String NewDiagramHandler_title;
    public static String NewDiagramHandler_openModelFirst;

    public static String LayoutJob_task;
    public static String LayoutJob_failed;

    public static String OverlayJob_name;
    public static String OverlayJob_task;
    public static String OverlayJob_failed;
    public static String OverlayJob_metrics;
    public static String AppearanceDialog_title;
    public static String AppearanceDialog_intro;
    public static String AppearanceDialog_typeStyle;
    public static String AppearanceDialog_fill;
    public static String AppearanceDialog_size;
    public static String AppearanceDialog_border;
    public static String AppearanceDialog_label;
    public static String AppearanceDialog_from;
    public static String AppearanceDialog_to;
    public static String AppearanceDialog_percent;
    public static String AppearanceDialog_unavailable;
    public static String AppearanceDialog_percentTooltip;
    public static String DiagramToolBar_appearance;
    public static String DiagramToolBar_find;
    public static String DiagramToolBar_rightAngles;
    public static String DiagramToolBar_findTooltip;
    public static String DiagramToolBar_findCount;
    public static String DiagramToolBar_appearanceTooltip;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
