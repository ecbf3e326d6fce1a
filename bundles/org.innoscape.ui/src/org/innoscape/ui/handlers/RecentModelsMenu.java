package org.innoscape.ui.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.innoscape.ui.internal.Messages;
import org.innoscape.ui.model.ModelOpener;
import org.innoscape.ui.model.RecentModels;

/** File > Open Recent: the models opened last, numbered for the keyboard, with their folder. */
public class RecentModelsMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        List<Path> recent = RecentModels.list();
        List<IContributionItem> items = new ArrayList<>();
        for (int i = 0; i < recent.size(); i++) {
            Path file = recent.get(i);
            String mnemonic = i < 9 ? "&" + (i + 1) + " " : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Action open = new Action(mnemonic + file.getFileName().toString().replace("&", "&&") + "  [" + file.getParent() + "]") { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                @Override
                public void run() {
                    IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
                    if (window != null) {
                        ModelOpener.open(window.getActivePage(), file);
                    }
                }
            };
            open.setToolTipText(file.toString());
            items.add(new ActionContributionItem(open));
        }
        if (items.isEmpty()) {
            Action none = new Action(Messages.RecentModelsMenu_none) {
            };
            none.setEnabled(false);
            items.add(new ActionContributionItem(none));
        }
        return items.toArray(IContributionItem[]::new);
    }
}
