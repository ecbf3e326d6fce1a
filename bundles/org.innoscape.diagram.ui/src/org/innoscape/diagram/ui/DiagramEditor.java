package org.innoscape.diagram.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.innoscape.diagram.DiagramTypes;
import org.innoscape.diagram.appearance.AppearanceMetrics;
import org.innoscape.diagram.appearance.ElementMetric;
import org.innoscape.diagram.decoration.DecorationLayer;
import org.innoscape.diagram.decoration.Decorations;
import org.innoscape.diagram.description.Arrangement;
import org.innoscape.diagram.description.DiagramDescription;
import org.innoscape.diagram.edit.AppearanceCommands;
import org.innoscape.diagram.edit.DiagramCommands;
import org.innoscape.diagram.layout.LayoutAlgorithm;
import org.innoscape.diagram.layout.LayoutGraph;
import org.innoscape.diagram.render.SvgExport;
import org.innoscape.diagram.ui.internal.Messages;
import org.innoscape.diagram.view.DiagramLegend;
import org.innoscape.diagram.view.DiagramSynchronizer;
import org.innoscape.diagram.view.NodeSearch;
import org.innoscape.diagram.view.Rect;
import org.innoscape.diagram.view.ViewNode;
import org.innoscape.model.Diagram;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.LayoutDirection;
import org.innoscape.model.LineRouting;
import org.innoscape.model.NodeAppearance;
import org.innoscape.model.edit.ModelDeletion;
import org.innoscape.ui.editor.ModelSaveAs;
import org.innoscape.ui.model.DiskChanges;
import org.innoscape.ui.model.ModelDocument;
import org.innoscape.ui.model.OpenModels;
import org.innoscape.ui.model.UndoRedoActions;
import org.innoscape.ui.properties.LivePropertySheetPage;

/**
 * The diagram editor: palette, toolbar and canvas for one diagram of an open model. Every change
 * is a command on the model's stack (one undo history with the explorer and properties); the
 * view is rebuilt from the notation and the model after each change. Saving saves the model.
 */
public final class DiagramEditor extends EditorPart implements DiagramHost {
    public static final String ID = "org.innoscape.diagram.ui.editor"; //$NON-NLS-1$
    private static final int PASTE_OFFSET = 30;

    private ModelDocument document;
    private Text labelEdit;
    private Diagram diagram;
    private DiagramDescription description;
    private DiagramCanvas canvas;
    private DiagramPalette palette;
    private final Runnable modelChanged = this::modelChanged;
    private DiagramToolBar toolBar;
    /** Which of the Find box's matches was scrolled to last. */
    private int findIndex = -1;
    private final Runnable modelsOpenedOrClosed = () -> Display.getDefault().asyncExec(this::updateTitle);
    private final UndoRedoActions undoRedo = new UndoRedoActions(() -> document);
    private final DiagramSelectionProvider selectionProvider = new DiagramSelectionProvider();
    private final Set<DecorationLayer> activeOverlays = new LinkedHashSet<>();
    private Decorations decorations = Decorations.none();
    private List<String> clipboard = List.of();
    /** The layout Arrange All uses; the Arrange menu changes it for this editor (not saved: the positions are). */
    private LayoutAlgorithm layoutAlgorithm = LayoutAlgorithm.LAYERED;
    private OverlayJob overlayJob;
    private DiagramOverviewPage overview;
    private final ISelectionListener revealListener = this::revealElementsSelectedElsewhere;

    public static DiagramEditor open(IWorkbenchPage page, ModelDocument document, Diagram diagram)
            throws PartInitException {
        return (DiagramEditor) page.openEditor(new DiagramEditorInput(document, diagram), ID);
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof DiagramEditorInput diagramInput)) {
            throw new PartInitException(Messages.DiagramEditor_notADiagram);
        }
        setSite(site);
        setInput(input);
        document = diagramInput.document();
        diagram = diagramInput.diagram();
        description = DiagramTypes.installed().find(diagram.getType()).orElse(null);
        updateTitle();
        site.setSelectionProvider(selectionProvider);
        document.addChangeListener(modelChanged);
        OpenModels.get().addListener(modelsOpenedOrClosed);
    }

    /** The diagram's name; with its model's file name when several models are open (two tabs could read the same). */
    private void updateTitle() {
        String name = diagram.getName() == null ? Messages.DiagramEditor_unnamed : diagram.getName();
        setPartName(OpenModels.get().documents().size() > 1 ? NLS.bind(Messages.DiagramEditor_partName, name, document.name()) : name);
    }

    @Override
    public void createPartControl(Composite parent) {
        if (description == null) {
            Label missing = new Label(parent, SWT.WRAP);
            missing.setText(NLS.bind(Messages.DiagramEditor_typeMissing, diagram.getType()));
            return;
        }
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.horizontalSpacing = 0;
        parent.setLayout(layout);
        toolBar = new DiagramToolBar(parent, this);
        toolBar.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        palette = new DiagramPalette(parent, description);
        palette.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        canvas = new DiagramCanvas(parent);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new CanvasInteraction(canvas, this);
        new DiagramDropSupport(canvas, this);
        canvas.onSelectionChanged(this::canvasSelectionChanged);
        createContextMenu();
        registerGlobalActions();
        getSite().getPage().addPostSelectionListener(revealListener);
        rebuild();
        if (!metricsNeeded().isEmpty()) {
            scheduleOverlays(0);
        }
    }

    private void createContextMenu() {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> new DiagramContextMenu(this).fill(manager));
        canvas.setMenu(menu.createContextMenu(canvas));
    }

    private void registerGlobalActions() {
        var bars = getEditorSite().getActionBars();
        undoRedo.register(bars);
        // While a label is being edited in place, the edit keys (Ctrl+A, Ctrl+C, Ctrl+V, Del) act on its text, never on
        // the diagram: Ctrl+A used to select the whole diagram, and Del would then have deleted it.
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), action(() -> inLabelOr(label -> {
            Point range = label.getSelection();
            if (range.x != range.y) {
                label.insert(""); //$NON-NLS-1$
            } else if (range.x < label.getCharCount()) {
                label.setSelection(range.x, range.x + 1);
                label.insert(""); //$NON-NLS-1$
            }
        }, this::deleteSelection)));
        bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), action(() -> inLabelOr(Text::selectAll, this::selectAll)));
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), action(() -> inLabelOr(Text::copy, this::copy)));
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), action(() -> inLabelOr(Text::paste, this::paste)));
        bars.updateActionBars();
    }

    private static Action action(Runnable runnable) {
        return new Action() {
            @Override
            public void run() {
                runnable.run();
            }
        };
    }

    /** Recomputes what the diagram shows; closes the editor when its diagram left the model. */
    public void rebuild() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        if (diagram.eContainer() == null) {
            Display.getCurrent().asyncExec(() -> getSite().getPage().closeEditor(this, false));
            return;
        }
        InnovationSystem system = (InnovationSystem) diagram.eContainer();
        canvas.setView(DiagramSynchronizer.build(system, diagram, description, decorations));
        updateTitle();
        if (toolBar != null) {
            toolBar.showActiveFilters();
        }
        canvasSelectionChanged();
        if (overview != null) {
            overview.refresh();
        }
    }

    private void modelChanged() {
        Display display = Display.getDefault();
        display.asyncExec(() -> {
            if (canvas != null && !canvas.isDisposed()) {
                rebuild();
                undoRedo.update();
                firePropertyChange(PROP_DIRTY);
                if (!activeOverlays.isEmpty() || !metricsNeeded().isEmpty()) {
                    scheduleOverlays(500);
                }
            }
        });
    }

    private void canvasSelectionChanged() {
        List<Object> elements = new ArrayList<>();
        canvas.selectedNodes().forEach(n -> elements.add(n.element()));
        canvas.selectedEdges().stream().filter(e -> e.element() != null).forEach(e -> elements.add(e.element()));
        selectionProvider.setSelection(elements.isEmpty() ? new StructuredSelection(diagram) : new StructuredSelection(elements));
    }

    /** Another part selected model elements (the explorer, or a finding revealed there): show them here too. */
    private void revealElementsSelectedElsewhere(IWorkbenchPart part, ISelection selection) {
        if (part == this || canvas == null || canvas.isDisposed() || !(selection instanceof IStructuredSelection structured)) {
            return;
        }
        List<String> keys = new ArrayList<>();
        Rect area = null;
        for (Object item : structured.toList()) {
            if (item instanceof EObject element) {
                for (ViewNode node : canvas.view().nodesOf(element)) {
                    keys.add(node.key());
                    area = area == null ? node.bounds() : area.union(node.bounds());
                }
            }
        }
        if (!keys.isEmpty()) {
            canvas.select(keys);
            canvas.reveal(area);
        }
    }

    @Override
    public boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            return false;
        }
        document.editingDomain().getCommandStack().execute(command);
        // Rebuild at once so that the next gesture sees the new view (listeners rebuild again later).
        rebuild();
        return true;
    }

    @Override
    public EditingDomain editingDomain() {
        return document.editingDomain();
    }

    @Override
    public PaletteTool activeTool() {
        return palette == null ? PaletteTool.SELECT : palette.activeTool();
    }

    @Override
    public void toolDone() {
        if (palette != null) {
            palette.reset();
        }
    }

    /** Asks whether to remove the selection from this diagram only or delete it from the model. */
    @Override
    public void deleteSelection() {
        var nodes = canvas.selectedNodes();
        var edges = canvas.selectedEdges().stream().filter(e -> !e.isTransient()).toList();
        if (nodes.isEmpty() && edges.isEmpty()) {
            return;
        }
        DeleteChoice choice = DeleteChoice.ask(getSite().getShell(), canvas.view().system(), nodes, edges);
        switch (choice) {
            case REMOVE_FROM_DIAGRAM -> removeFromDiagram();
            case DELETE_FROM_MODEL -> deleteFromModel();
            case CANCEL -> {
                // the user changed their mind
            }
        }
    }

    /** Removes the selection from this diagram only; the model keeps the elements. */
    public void removeFromDiagram() {
        execute(DiagramCommands.removeFromDiagram(editingDomain(), canvas.view(), canvas.selectedNodes(),
                canvas.selectedEdges()));
    }

    /** Deletes the selection from the model and every diagram, as one undoable command. */
    public void deleteFromModel() {
        List<EObject> elements = new ArrayList<>();
        canvas.selectedNodes().forEach(n -> elements.add(n.element()));
        canvas.selectedEdges().stream().filter(e -> e.element() != null).forEach(e -> elements.add(e.element()));
        Command command = ModelDeletion.delete(editingDomain(), canvas.view().system(), elements);
        var relationEdges = canvas.selectedEdges().stream().filter(e -> e.element() == null && !e.isTransient()).toList();
        if (!relationEdges.isEmpty()) {
            CompoundCommand compound = new CompoundCommand(Messages.DiagramEditor_deleteFromModel);
            if (!elements.isEmpty()) {
                compound.append(command);
            }
            relationEdges.forEach(e -> compound.append(DiagramCommands.unlink(editingDomain(), e)));
            command = compound;
        }
        execute(command);
    }

    /** Runs the text action on the label being edited in place, or the diagram action when none is. */
    private void inLabelOr(java.util.function.Consumer<Text> onLabel, Runnable onDiagram) {
        if (labelEdit != null && !labelEdit.isDisposed()) {
            onLabel.accept(labelEdit);
        } else {
            onDiagram.run();
        }
    }

    @Override
    public void directEdit(ViewNode node) {
        if (node.mapping().getLabelFeature() == null) {
            return;
        }
        labelEdit = new DirectEdit(canvas, node, text -> execute(DiagramCommands.setLabel(editingDomain(), node, text))).open();
    }

    void selectAll() {
        canvas.select(canvas.view().nodes().stream().map(ViewNode::key).toList());
    }

    void copy() {
        clipboard = canvas.selectedNodes().stream().map(ViewNode::key).toList();
    }

    void paste() {
        List<ViewNode> nodes = new ArrayList<>();
        clipboard.forEach(key -> canvas.view().node(key).ifPresent(nodes::add));
        execute(DiagramCommands.paste(editingDomain(), canvas.view(), nodes, PASTE_OFFSET, PASTE_OFFSET));
    }

    boolean canPaste() {
        return !clipboard.isEmpty() && description.getArrangement() == Arrangement.FREE;
    }

    /**
     * Lays out the whole diagram, or only the selected nodes, in a background job, in the diagram's
     * direction, with the algorithm last chosen in this editor (layered at first).
     */
    public Job arrange(boolean selectionOnly) {
        return arrange(selectionOnly, diagram.getLayoutDirection(), layoutAlgorithm);
    }

    /** Lays out in {@code direction}, which becomes the diagram's (in the same undoable step). */
    public Job arrange(boolean selectionOnly, LayoutDirection direction) {
        return arrange(selectionOnly, direction, layoutAlgorithm);
    }

    /** The algorithm Arrange All uses in this editor. */
    public LayoutAlgorithm layoutAlgorithm() {
        return layoutAlgorithm;
    }

    /**
     * Lays out with {@code algorithm}, which Arrange uses from then on in this editor, in {@code direction},
     * which becomes the diagram's (in the same undoable step).
     */
    public Job arrange(boolean selectionOnly, LayoutDirection direction, LayoutAlgorithm algorithm) {
        return arrange(selectionOnly, direction, algorithm, diagram.getLineRouting());
    }

    /** Lays out as {@link #arrange(boolean, LayoutDirection, LayoutAlgorithm)}, with lines routed as {@code routing} from then on. */
    public Job arrange(boolean selectionOnly, LayoutDirection direction, LayoutAlgorithm algorithm, LineRouting routing) {
        if (description.getArrangement() != Arrangement.FREE) {
            return null;
        }
        Set<String> keys = selectionOnly ? Set.copyOf(canvas.selectedNodes().stream()
                .filter(n -> n.parent() == null).map(ViewNode::key).toList()) : Set.of();
        if (selectionOnly && keys.size() < 2) {
            return null;
        }
        layoutAlgorithm = algorithm;
        LayoutGraph graph = LayoutGraph.of(canvas.view(), keys).withDirection(direction).withAlgorithm(algorithm)
                .withRouting(routing);
        LayoutJob job = new LayoutJob(selectionOnly ? Messages.DiagramEditor_arrangingSelection
                : NLS.bind(Messages.DiagramEditor_arranging, getPartName()), graph,
                canvas.getDisplay(), result -> {
                    if (canvas != null && !canvas.isDisposed()) {
                        execute(DiagramCommands.applyLayout(editingDomain(), canvas.view(), result));
                        if (!selectionOnly) {
                            canvas.zoomToFit();
                        }
                    }
                });
        job.schedule();
        return job;
    }

    /** Switches a decoration layer on or off; it is computed in a background job. */
    public void setOverlay(DecorationLayer layer, boolean on) {
        if (on) {
            activeOverlays.add(layer);
        } else {
            activeOverlays.remove(layer);
        }
        scheduleOverlays(0);
    }

    boolean isOverlayOn(DecorationLayer layer) {
        return activeOverlays.contains(layer);
    }

    @Override
    public void focusFind() {
        if (toolBar != null) {
            toolBar.focusFind();
        }
    }

    /**
     * Selects the nodes the words point to and scrolls to one of them: the first, or with
     * {@code next} the one after the last shown (Enter in the Find box).
     *
     * @return how many nodes match
     */
    public int find(String words, boolean next) {
        List<ViewNode> matches = NodeSearch.matches(canvas.view(), words);
        if (matches.isEmpty()) {
            findIndex = -1;
            if (!words.isBlank()) {
                canvas.select(List.of());
            }
            return 0;
        }
        findIndex = next ? (findIndex + 1) % matches.size() : 0;
        canvas.select(matches.stream().map(ViewNode::key).toList());
        canvas.reveal(matches.get(findIndex).bounds());
        return matches.size();
    }

    /** Asks what the nodes are drawn by; the answer is one undoable command. */
    void editAppearance() {
        AppearanceDialog dialog = new AppearanceDialog(getSite().getShell(), description, diagram,
                DiagramTypes.installed().metrics());
        if (dialog.open() == Window.OK) {
            applyAppearances(dialog.appearances());
        }
    }

    /** Replaces the diagram's appearances (one command; nothing when they are the same). */
    public void applyAppearances(List<NodeAppearance> appearances) {
        execute(AppearanceCommands.replace(editingDomain(), diagram, appearances));
    }

    /** The metrics the diagram's appearances draw by: computed in the background with the overlays. */
    private List<ElementMetric> metricsNeeded() {
        return AppearanceMetrics.neededBy(diagram, DiagramTypes.installed().metrics());
    }

    private void scheduleOverlays(long delay) {
        if (overlayJob != null) {
            overlayJob.cancel();
        }
        List<ElementMetric> metrics = metricsNeeded();
        if (activeOverlays.isEmpty() && metrics.isEmpty()) {
            decorations = Decorations.none();
            rebuild();
            return;
        }
        InnovationSystem copy = document.backgroundCopy(new EcoreUtil.Copier());
        overlayJob = new OverlayJob(copy, List.copyOf(activeOverlays), metrics, canvas.getDisplay(), result -> {
            decorations = result;
            rebuild();
        });
        overlayJob.schedule(delay);
    }

    OverlayJob overlayJob() {
        return overlayJob;
    }

    void exportImage(boolean svg) {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText(svg ? Messages.DiagramEditor_exportSvg : Messages.DiagramEditor_exportPng);
        dialog.setFilterExtensions(new String[] { svg ? "*.svg" : "*.png" }); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFileName(getPartName() + (svg ? ".svg" : ".png")); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFilterPath(document.file().getParent().toString()); // beside the model, not the install folder
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            exportTo(Path.of(chosen), svg);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.DiagramEditor_exportFailed,
                    NLS.bind(Messages.DiagramEditor_notWritten, chosen, e.getMessage()));
        }
    }

    /** Exports the whole diagram; with the legend beside it while the legend is shown in the editor. */
    public void exportTo(Path file, boolean svg) throws IOException {
        List<DiagramLegend.Entry> legend = canvas.isLegendVisible() ? canvas.legend() : List.of();
        if (svg) {
            SvgExport.write(canvas.view(), getPartName(), legend, file);
        } else {
            PngExport.write(canvas.getDisplay(), canvas.view(), legend, file);
        }
    }

    /** The text of the toolbar's Filters button (for tests). */
    public String filtersText() {
        return toolBar == null ? null : toolBar.filtersText();
    }

    public DiagramCanvas canvas() {
        return canvas;
    }

    public DiagramPalette palette() {
        return palette;
    }

    public Diagram diagram() {
        return diagram;
    }

    public ModelDocument document() {
        return document;
    }

    DiagramDescription description() {
        return description;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (!DiskChanges.confirmSave(getSite().getShell(), document, monitor)) {
            return;
        }
        try {
            document.save();
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.DiagramEditor_saveFailed,
                    NLS.bind(Messages.DiagramEditor_notSaved, document.file(), e.getMessage()));
        }
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public void doSaveAs() {
        // A diagram is part of its model: Save As saves the whole model.
        ModelSaveAs.run(getSite().getShell(), document);
    }

    @Override
    public boolean isDirty() {
        return document.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void setFocus() {
        if (canvas != null && !canvas.isDisposed()) {
            canvas.setFocus();
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == ModelDocument.class && document != null) {
            return adapter.cast(document); // the model views work on when this diagram is active
        }
        if (adapter == IContentOutlinePage.class && canvas != null) {
            if (overview == null) {
                overview = new DiagramOverviewPage(this);
            }
            return adapter.cast(overview);
        }
        T page = LivePropertySheetPage.adapt(adapter);
        return page != null ? page : super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        document.removeChangeListener(modelChanged);
        OpenModels.get().removeListener(modelsOpenedOrClosed);
        getSite().getPage().removePostSelectionListener(revealListener);
        if (overlayJob != null) {
            overlayJob.cancel();
        }
        super.dispose();
    }
}
