package org.innoscape.diagram.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.innoscape.diagram.appearance.AppearanceSource;
import org.innoscape.diagram.appearance.AppearanceSources;
import org.innoscape.diagram.appearance.ElementMetric;
import org.innoscape.diagram.description.DiagramDescription;
import org.innoscape.diagram.description.NodeMapping;
import org.innoscape.diagram.edit.AppearanceCommands;
import org.innoscape.diagram.ui.internal.Messages;
import org.innoscape.model.AppearanceChannel;
import org.innoscape.model.Diagram;
import org.innoscape.model.InnoscapePackage;
import org.innoscape.model.NodeAppearance;

/**
 * Chooses what the nodes of a diagram are drawn by (Gephi's Appearance panel): a tab per kind of
 * node (one appearance per mapping of that kind), and for each of fill, size, border and label the attribute, reference or metric it follows,
 * or the diagram type's own style. Sizes take a range (the smallest and largest scale, in per cent).
 * Returns the appearances; the editor applies them as one command.
 */
public final class AppearanceDialog extends Dialog {
    private static final int TYPE_STYLE = 0;

    private final DiagramDescription description;
    private final Diagram diagram;
    private final List<ElementMetric> metrics;
    private final List<MappingControls> controls = new ArrayList<>();
    private List<NodeAppearance> result = List.of();

    /**
     * The widgets of one kind of node (mappings of one class under one name: a landscape's placed and
     * unplaced initiatives are one tab). {@code sources} may end with a stored source this installation
     * does not offer (a metric of a plug-in not installed here): kept as it is unless changed.
     */
    private record MappingControls(List<NodeMapping> mappings, List<AppearanceSource> sources, Map<AppearanceChannel, Combo> combos,
            Spinner smallest, Spinner largest) {
    }

    public AppearanceDialog(Shell parent, DiagramDescription description, Diagram diagram, List<ElementMetric> metrics) {
        super(parent);
        this.description = description;
        this.diagram = diagram;
        this.metrics = metrics;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.AppearanceDialog_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(Messages.AppearanceDialog_intro);
        GridData introLayout = new GridData(SWT.FILL, SWT.TOP, true, false);
        introLayout.widthHint = 460;
        intro.setLayoutData(introLayout);
        TabFolder tabs = new TabFolder(area, SWT.TOP);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (List<NodeMapping> kind : kindsOfNode(description)) {
            TabItem tab = new TabItem(tabs, SWT.NONE);
            NodeMapping first = kind.get(0);
            tab.setText(first.getLabel() != null ? first.getLabel() : first.getId());
            tab.setControl(kindPage(tabs, kind));
        }
        return area;
    }

    /**
     * The kinds of node an appearance can follow, each the mappings of one class under one name; the
     * model's own lane (the unplaced) is not one.
     */
    static List<List<NodeMapping>> kindsOfNode(DiagramDescription description) {
        Map<String, List<NodeMapping>> kinds = new LinkedHashMap<>();
        for (NodeMapping mapping : description.allNodeMappings()) {
            if (mapping.getDomainClass() == null || mapping.getDomainClass() == InnoscapePackage.Literals.INNOVATION_SYSTEM) {
                continue;
            }
            String name = (mapping.getLabel() != null ? mapping.getLabel() : mapping.getId()) + "|" + mapping.getDomainClass().getName();
            kinds.computeIfAbsent(name, k -> new ArrayList<>()).add(mapping);
        }
        return List.copyOf(kinds.values());
    }

    private Composite kindPage(Composite parent, List<NodeMapping> kind) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        List<AppearanceSource> offered = AppearanceSources.of(kind.get(0).getDomainClass(), metrics);
        List<AppearanceSource> sources = new ArrayList<>(offered);
        Map<AppearanceChannel, Combo> combos = new EnumMap<>(AppearanceChannel.class);
        Spinner smallest = null;
        Spinner largest = null;
        for (AppearanceChannel channel : AppearanceChannel.values()) {
            new Label(page, SWT.NONE).setText(channelLabel(channel));
            Combo combo = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
            combo.add(Messages.AppearanceDialog_typeStyle);
            offered.forEach(source -> combo.add(source.label()));
            NodeAppearance current = current(kind, channel);
            int index = current == null ? -1 : indexOf(sources, current.getSource());
            if (current != null && index < 0 && current.getSource() != null) {
                // Stored by another installation: shown and kept, not silently dropped.
                sources.add(new AppearanceSource(current.getSource(), current.getSource(), false, (e, d) -> null));
                index = sources.size() - 1;
                combo.add(NLS.bind(Messages.AppearanceDialog_unavailable, current.getSource()));
            }
            combo.select(index < 0 ? TYPE_STYLE : index + 1);
            combo.setVisibleItemCount(Math.min(20, combo.getItemCount()));
            combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            combos.put(channel, combo);
            if (channel == AppearanceChannel.SIZE) {
                new Label(page, SWT.NONE);
                Composite range = new Composite(page, SWT.NONE);
                GridLayout rangeLayout = new GridLayout(5, false);
                rangeLayout.marginWidth = 0;
                rangeLayout.marginHeight = 0;
                range.setLayout(rangeLayout);
                NodeAppearance sizes = current != null ? current : AppearanceCommands.appearance(kind.get(0).getId(), channel, null);
                new Label(range, SWT.NONE).setText(Messages.AppearanceDialog_from);
                smallest = percent(range, sizes.getSmallest());
                new Label(range, SWT.NONE).setText(Messages.AppearanceDialog_to);
                largest = percent(range, sizes.getLargest());
                new Label(range, SWT.NONE).setText(Messages.AppearanceDialog_percent);
            }
        }
        controls.add(new MappingControls(kind, sources, combos, smallest, largest));
        return page;
    }

    /** A spinner of per cent (20 to 500) in the size's range row. */
    private static Spinner percent(Composite range, double factor) {
        Spinner spinner = new Spinner(range, SWT.BORDER);
        spinner.setValues((int) Math.round(factor * 100), 20, 500, 0, 10, 50);
        spinner.setToolTipText(Messages.AppearanceDialog_percentTooltip);
        return spinner;
    }

    private static String channelLabel(AppearanceChannel channel) {
        return switch (channel) {
            case FILL -> Messages.AppearanceDialog_fill;
            case SIZE -> Messages.AppearanceDialog_size;
            case BORDER -> Messages.AppearanceDialog_border;
            case LABEL -> Messages.AppearanceDialog_label;
        };
    }

    /** The appearance the kind of node has now for the channel (the last one, as the drawing takes it). */
    private NodeAppearance current(List<NodeMapping> kind, AppearanceChannel channel) {
        List<String> ids = kind.stream().map(NodeMapping::getId).toList();
        return diagram.getAppearances().stream()
                .filter(a -> ids.contains(a.getMapping()) && a.getChannel() == channel).reduce((a, b) -> b).orElse(null);
    }

    private static int indexOf(List<AppearanceSource> sources, String key) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    protected void okPressed() {
        List<NodeAppearance> chosen = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (MappingControls kind : controls) {
            kind.mappings().forEach(mapping -> shown.add(mapping.getId()));
            for (Map.Entry<AppearanceChannel, Combo> entry : kind.combos().entrySet()) {
                int index = entry.getValue().getSelectionIndex();
                if (index <= TYPE_STYLE) {
                    continue;
                }
                for (NodeMapping mapping : kind.mappings()) {
                    NodeAppearance appearance = AppearanceCommands.appearance(mapping.getId(), entry.getKey(),
                            kind.sources().get(index - 1).key());
                    if (entry.getKey() == AppearanceChannel.SIZE) {
                        appearance.setSmallest(kind.smallest().getSelection() / 100.0);
                        appearance.setLargest(kind.largest().getSelection() / 100.0);
                    }
                    chosen.add(appearance);
                }
            }
        }
        // Appearances of mappings this dialog does not show (another version's) are kept as they are.
        List<NodeAppearance> kept = new ArrayList<>();
        diagram.getAppearances().stream().filter(a -> !shown.contains(a.getMapping())).forEach(a -> kept.add(EcoreUtil.copy(a)));
        kept.addAll(chosen);
        result = kept;
        super.okPressed();
    }

    /** The appearances chosen (after OK). */
    public List<NodeAppearance> appearances() {
        return result;
    }
}
