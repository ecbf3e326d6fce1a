package org.innoscape.diagram.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.Dialog;
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
 * node, and for each of fill, size, border and label the attribute, reference or metric it follows,
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

    /** The widgets of one kind of node. */
    private record MappingControls(NodeMapping mapping, List<AppearanceSource> sources, Map<AppearanceChannel, Combo> combos,
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
        for (NodeMapping mapping : drawableMappings(description)) {
            TabItem tab = new TabItem(tabs, SWT.NONE);
            tab.setText(mapping.getLabel() != null ? mapping.getLabel() : mapping.getId());
            tab.setControl(mappingPage(tabs, mapping));
        }
        return area;
    }

    /** Kinds of node an appearance can follow: those showing elements of a class (not the model's own lane). */
    static List<NodeMapping> drawableMappings(DiagramDescription description) {
        return description.allNodeMappings().stream().filter(m -> m.getDomainClass() != null
                && m.getDomainClass() != InnoscapePackage.Literals.INNOVATION_SYSTEM).toList();
    }

    private Composite mappingPage(Composite parent, NodeMapping mapping) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        List<AppearanceSource> sources = AppearanceSources.of(mapping.getDomainClass(), metrics);
        Map<AppearanceChannel, Combo> combos = new EnumMap<>(AppearanceChannel.class);
        Spinner smallest = null;
        Spinner largest = null;
        for (AppearanceChannel channel : AppearanceChannel.values()) {
            new Label(page, SWT.NONE).setText(channelLabel(channel));
            Combo combo = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
            combo.add(Messages.AppearanceDialog_typeStyle);
            sources.forEach(source -> combo.add(source.label()));
            NodeAppearance current = current(mapping, channel);
            int index = current == null ? -1 : indexOf(sources, current.getSource());
            combo.select(index < 0 ? TYPE_STYLE : index + 1);
            combo.setVisibleItemCount(Math.min(20, sources.size() + 1));
            combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            combos.put(channel, combo);
            if (channel == AppearanceChannel.SIZE) {
                new Label(page, SWT.NONE);
                Composite range = new Composite(page, SWT.NONE);
                GridLayout rangeLayout = new GridLayout(4, false);
                rangeLayout.marginWidth = 0;
                rangeLayout.marginHeight = 0;
                range.setLayout(rangeLayout);
                smallest = percent(range, Messages.AppearanceDialog_from, current == null ? 0.7 : current.getSmallest());
                largest = percent(range, Messages.AppearanceDialog_to, current == null ? 1.8 : current.getLargest());
            }
        }
        controls.add(new MappingControls(mapping, sources, combos, smallest, largest));
        return page;
    }

    /** A label and a spinner of per cent (20 to 500) in the size's range row. */
    private static Spinner percent(Composite range, String label, double factor) {
        new Label(range, SWT.NONE).setText(label);
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

    private NodeAppearance current(NodeMapping mapping, AppearanceChannel channel) {
        return diagram.getAppearances().stream()
                .filter(a -> mapping.getId().equals(a.getMapping()) && a.getChannel() == channel).reduce((a, b) -> b).orElse(null);
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
        for (MappingControls mapping : controls) {
            for (Map.Entry<AppearanceChannel, Combo> entry : mapping.combos().entrySet()) {
                int index = entry.getValue().getSelectionIndex();
                if (index <= TYPE_STYLE) {
                    continue;
                }
                NodeAppearance appearance = AppearanceCommands.appearance(mapping.mapping().getId(), entry.getKey(),
                        mapping.sources().get(index - 1).key());
                if (entry.getKey() == AppearanceChannel.SIZE) {
                    appearance.setSmallest(mapping.smallest().getSelection() / 100.0);
                    appearance.setLargest(mapping.largest().getSelection() / 100.0);
                }
                chosen.add(appearance);
            }
        }
        // Appearances of mappings this dialog does not show (another version's) are kept as they are.
        List<String> shown = controls.stream().map(c -> c.mapping().getId()).toList();
        List<NodeAppearance> kept = new ArrayList<>();
        diagram.getAppearances().stream().filter(a -> !shown.contains(a.getMapping()))
                .forEach(a -> kept.add(EcoreUtil.copy(a)));
        kept.addAll(chosen);
        result = kept;
        super.okPressed();
    }

    /** The appearances chosen (after OK). */
    public List<NodeAppearance> appearances() {
        return result;
    }
}
