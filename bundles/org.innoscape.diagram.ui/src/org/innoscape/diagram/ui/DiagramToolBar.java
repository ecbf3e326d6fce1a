package org.innoscape.diagram.ui;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.innoscape.diagram.DiagramTypes;
import org.innoscape.diagram.decoration.DecorationLayer;
import org.innoscape.diagram.description.Arrangement;
import org.innoscape.diagram.layout.LayoutAlgorithm;
import org.innoscape.diagram.description.FilterDescription;
import org.innoscape.diagram.description.Layer;
import org.innoscape.diagram.edit.DiagramCommands;
import org.innoscape.diagram.ui.internal.Messages;
import org.innoscape.model.DiagramFilter;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.LayoutDirection;
import org.innoscape.model.LineRouting;
import org.innoscape.model.ModelElement;
import org.innoscape.model.values.Wording;

/** Zoom, arrange, layers, overlays, filters and export, above the canvas. */
final class DiagramToolBar {
    private final ToolBar toolBar;
    private final DiagramEditor editor;
    private Text findField;
    private ToolItem filtersItem;

    DiagramToolBar(Composite parent, DiagramEditor editor) {
        this.editor = editor;
        toolBar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT | SWT.WRAP);
        push(Messages.DiagramToolBar_zoomIn, Messages.DiagramToolBar_zoomInTooltip, () -> editor.canvas().setZoom(editor.canvas().zoom() * 1.25));
        push(Messages.DiagramToolBar_zoomOut, Messages.DiagramToolBar_zoomOutTooltip, () -> editor.canvas().setZoom(editor.canvas().zoom() / 1.25));
        push(Messages.DiagramToolBar_actualSize, Messages.DiagramToolBar_actualSizeTooltip, () -> editor.canvas().setZoom(1.0));
        push(Messages.DiagramToolBar_fit, Messages.DiagramToolBar_fitTooltip, () -> editor.canvas().zoomToFit());
        new ToolItem(toolBar, SWT.SEPARATOR);
        if (editor.description().getArrangement() == Arrangement.FREE) {
            splitButton(Messages.DiagramToolBar_arrangeAll, Messages.DiagramToolBar_arrangeAllTooltip, () -> editor.arrange(false), menu -> {
                        directionItem(menu, Messages.DiagramToolBar_leftToRight, LayoutDirection.RIGHT);
                        directionItem(menu, Messages.DiagramToolBar_topToBottom, LayoutDirection.DOWN);
                        new MenuItem(menu, SWT.SEPARATOR);
                        algorithmItem(menu, Messages.DiagramToolBar_stress, LayoutAlgorithm.STRESS);
                        algorithmItem(menu, Messages.DiagramToolBar_force, LayoutAlgorithm.FORCE);
                        algorithmItem(menu, Messages.DiagramToolBar_tree, LayoutAlgorithm.TREE);
                        new MenuItem(menu, SWT.SEPARATOR);
                        check(menu, Messages.DiagramToolBar_rightAngles, editor.diagram().getLineRouting() == LineRouting.ORTHOGONAL,
                                on -> editor.arrange(false, editor.diagram().getLayoutDirection(), LayoutAlgorithm.LAYERED,
                                        on ? LineRouting.ORTHOGONAL : LineRouting.STRAIGHT));
                    });
            push(Messages.DiagramToolBar_arrangeSelection, Messages.DiagramToolBar_arrangeSelectionTooltip, () -> editor.arrange(true));
            new ToolItem(toolBar, SWT.SEPARATOR);
        }
        List<Layer> optional = editor.description().getLayers().stream().filter(Layer::isOptional).toList();
        if (!optional.isEmpty()) {
            dropDown(Messages.DiagramToolBar_layers, Messages.DiagramToolBar_layersTooltip, menu -> optional.forEach(layer -> check(menu,
                    layer.getLabel(),
                    editor.diagram().getEnabledLayers().contains(layer.getId()),
                    on -> editor.execute(DiagramCommands.setLayerEnabled(editor.editingDomain(), editor.diagram(),
                            layer.getId(), on)))));
        }
        List<DecorationLayer> overlays = DiagramTypes.installed().decorationLayers().stream()
                .filter(overlay -> overlay.appliesTo(editor.description())).toList();
        if (!overlays.isEmpty()) {
            dropDown(Messages.DiagramToolBar_overlays, Messages.DiagramToolBar_overlaysTooltip, menu -> overlays
                    .forEach(overlay -> check(menu, overlay.label(), editor.isOverlayOn(overlay),
                            on -> editor.setOverlay(overlay, on))));
        }
        push(Messages.DiagramToolBar_appearance, Messages.DiagramToolBar_appearanceTooltip, editor::editAppearance);
        List<FilterDescription> filters = editor.description().getFilters();
        if (!filters.isEmpty()) {
            filtersItem = splitButton(Messages.DiagramToolBar_filters, Messages.DiagramToolBar_filtersTooltip, null,
                    menu -> filters.forEach(filter -> filterItem(menu, filter)));
            showActiveFilters();
        }
        new ToolItem(toolBar, SWT.SEPARATOR);
        ToolItem legend = new ToolItem(toolBar, SWT.CHECK);
        legend.setText(Messages.DiagramToolBar_legend);
        legend.setToolTipText(Messages.DiagramToolBar_legendTooltip);
        legend.addListener(SWT.Selection, event -> editor.canvas().setLegendVisible(legend.getSelection()));
        dropDown(Messages.DiagramToolBar_export, Messages.DiagramToolBar_exportTooltip, menu -> {
            menuItem(menu, Messages.DiagramToolBar_png, () -> editor.exportImage(false));
            menuItem(menu, Messages.DiagramToolBar_svg, () -> editor.exportImage(true));
        });
        new ToolItem(toolBar, SWT.SEPARATOR);
        findField = findField();
    }

    /** The Find box: typing selects the matching nodes and scrolls to the first, Enter to the next. */
    private Text findField() {
        ToolItem holder = new ToolItem(toolBar, SWT.SEPARATOR);
        Text field = new Text(toolBar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        field.setMessage(Messages.DiagramToolBar_find);
        field.setToolTipText(Messages.DiagramToolBar_findTooltip);
        field.addListener(SWT.Modify, event -> showMatches(field, editor.find(field.getText(), false)));
        field.addListener(SWT.DefaultSelection, event -> showMatches(field, editor.find(field.getText(), true)));
        holder.setWidth(180);
        holder.setControl(field);
        return field;
    }

    private static void showMatches(Text field, int count) {
        boolean none = count == 0 && !field.getText().isBlank();
        field.setForeground(none ? field.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        field.setToolTipText(field.getText().isBlank() ? Messages.DiagramToolBar_findTooltip
                : NLS.bind(Messages.DiagramToolBar_findCount, count));
    }

    void focusFind() {
        if (findField != null && !findField.isDisposed()) {
            findField.setFocus();
            findField.selectAll();
        }
    }

    /** The Find box (for tests). */
    Text findBox() {
        return findField;
    }

    private void push(String label, String tooltip, Runnable action) {
        ToolItem item = new ToolItem(toolBar, SWT.PUSH);
        item.setText(label);
        item.setToolTipText(tooltip);
        item.addListener(SWT.Selection, event -> action.run());
    }

    private interface MenuFiller {
        void fill(Menu menu);
    }

    private interface Toggle {
        void set(boolean on);
    }

    private void dropDown(String label, String tooltip, MenuFiller filler) {
        splitButton(label, tooltip, null, filler);
    }

    private static void menuItem(Menu menu, String label, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(label);
        item.addListener(SWT.Selection, event -> action.run());
    }

    /** A drop-down item: its arrow opens the menu; its button runs {@code action}, or opens the menu too when null. */
    private ToolItem splitButton(String label, String tooltip, Runnable action, MenuFiller filler) {
        ToolItem item = new ToolItem(toolBar, SWT.DROP_DOWN);
        item.setText(label);
        item.setToolTipText(tooltip);
        item.addListener(SWT.Selection, (Event event) -> {
            if (action != null && event.detail != SWT.ARROW) {
                action.run();
                return;
            }
            Menu menu = new Menu(toolBar.getShell(), SWT.POP_UP);
            filler.fill(menu);
            Rectangle bounds = item.getBounds();
            Point location = toolBar.toDisplay(bounds.x, bounds.y + bounds.height);
            menu.setLocation(location);
            menu.setVisible(true);
        });
        return item;
    }

    /** "Filters (2 on)" while filters narrow the diagram, so a diagram that shows less says so. */
    void showActiveFilters() {
        if (filtersItem == null || filtersItem.isDisposed()) {
            return;
        }
        List<String> active = editor.description().getFilters().stream()
                .filter(filter -> editor.diagram().getFilters().stream()
                        .anyMatch(f -> filter.getId().equals(f.getFilter()) && !f.getValues().isEmpty()))
                .map(FilterDescription::getLabel).toList();
        filtersItem.setText(active.isEmpty() ? Messages.DiagramToolBar_filters : NLS.bind(Messages.DiagramToolBar_filtersOn, active.size()));
        filtersItem.setToolTipText(active.isEmpty() ? Messages.DiagramToolBar_filtersTooltip
                : NLS.bind(Messages.DiagramToolBar_filtersOnTooltip, String.join(", ", active))); //$NON-NLS-1$
        toolBar.getParent().layout(true);
    }

    /** The text of the Filters button (for tests). */
    String filtersText() {
        return filtersItem == null ? null : filtersItem.getText();
    }

    private static void check(Menu menu, String label, boolean checked, Toggle toggle) {
        MenuItem item = new MenuItem(menu, SWT.CHECK);
        item.setText(label);
        item.setSelection(checked);
        item.addListener(SWT.Selection, event -> toggle.set(item.getSelection()));
    }

    /** A radio item for a layered layout's direction: choosing it arranges the whole diagram that way. */
    private void directionItem(Menu menu, String label, LayoutDirection direction) {
        MenuItem item = new MenuItem(menu, SWT.RADIO);
        item.setText(label);
        item.setSelection(editor.layoutAlgorithm() == LayoutAlgorithm.LAYERED && editor.diagram().getLayoutDirection() == direction);
        item.addListener(SWT.Selection, event -> {
            if (item.getSelection()) {
                editor.arrange(false, direction, LayoutAlgorithm.LAYERED);
            }
        });
    }

    /** A radio item for a layout algorithm: choosing it arranges the whole diagram with it, and Arrange All then uses it. */
    private void algorithmItem(Menu menu, String label, LayoutAlgorithm algorithm) {
        MenuItem item = new MenuItem(menu, SWT.RADIO);
        item.setText(label);
        item.setSelection(editor.layoutAlgorithm() == algorithm);
        item.addListener(SWT.Selection, event -> {
            if (item.getSelection()) {
                editor.arrange(false, editor.diagram().getLayoutDirection(), algorithm);
            }
        });
    }

    private void filterItem(Menu menu, FilterDescription filter) {
        DiagramFilter current = editor.diagram().getFilters().stream().filter(f -> filter.getId().equals(f.getFilter()))
                .findFirst().orElse(null);
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        int chosen = current == null ? 0 : current.getValues().size();
        item.setText(chosen > 0 ? NLS.bind(Messages.DiagramToolBar_filterItemChosen, filter.getLabel(), chosen)
                : NLS.bind(Messages.DiagramToolBar_filterItem, filter.getLabel()));
        item.addListener(SWT.Selection, event -> chooseFilterValues(filter, current));
        if (chosen > 0) {
            MenuItem clear = new MenuItem(menu, SWT.PUSH);
            clear.setText(NLS.bind(Messages.DiagramToolBar_clearFilter, filter.getLabel()));
            clear.addListener(SWT.Selection, event -> editor.execute(DiagramCommands.setFilter(editor.editingDomain(),
                    editor.diagram(), filter.getId(), List.of())));
        }
    }

    private void chooseFilterValues(FilterDescription filter, DiagramFilter current) {
        InnovationSystem system = (InnovationSystem) editor.diagram().eContainer();
        ListSelectionDialog dialog = ListSelectionDialog.of(filter.getChoices().choicesIn(system))
                .contentProvider(ArrayContentProvider.getInstance())
                .labelProvider(new LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return element instanceof ModelElement named ? named.getName() : String.valueOf(element);
                    }
                })
                .title(NLS.bind(Messages.DiagramToolBar_filterTitle, Wording.inSentence(filter.getLabel())))
                .message(NLS.bind(Messages.DiagramToolBar_filterMessage, Wording.inSentence(filter.getLabel())))
                .create(toolBar.getShell());
        if (current != null) {
            dialog.setInitialElementSelections(List.copyOf(current.getValues()));
        }
        if (dialog.open() == 0) {
            Collection<EObject> values = Set.of(dialog.getResult()).stream().map(EObject.class::cast).toList();
            editor.execute(DiagramCommands.setFilter(editor.editingDomain(), editor.diagram(), filter.getId(), values));
        }
    }

    ToolBar control() {
        return toolBar;
    }
}
