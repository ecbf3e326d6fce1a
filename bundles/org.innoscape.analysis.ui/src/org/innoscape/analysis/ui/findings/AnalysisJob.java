package org.innoscape.analysis.ui.findings;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisResult;
import org.innoscape.analysis.AnalysisRun;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.analysis.ui.internal.Messages;
import org.innoscape.model.InnovationSystem;
import org.innoscape.ui.InnoscapeUi;
import org.innoscape.ui.model.ModelDocument;

/**
 * Runs analyses in the background on a copy of the model (taken on the UI thread), so the user can
 * keep editing; the findings are then mapped back to the elements of the open model.
 */
public final class AnalysisJob extends Job {
    private final InnovationSystem copy;
    private final EcoreUtil.Copier copier;
    private final List<Analysis> analyses;
    private final Map<String, Map<String, String>> parameters;
    private final Consumer<AnalysisResult> onDone;

    /** Must be created on the UI thread (it copies the model). */
    public AnalysisJob(ModelDocument document, List<Analysis> analyses, Consumer<AnalysisResult> onDone) {
        this(document, analyses, Map.of(), onDone);
    }

    /** @param parameters values as text by analysis id and parameter key (from the preferences) */
    public AnalysisJob(ModelDocument document, List<Analysis> analyses, Map<String, Map<String, String>> parameters,
            Consumer<AnalysisResult> onDone) {
        super(NLS.bind(Messages.AnalysisJob_name, document.name()));
        this.copier = new EcoreUtil.Copier();
        this.copy = document.backgroundCopy(copier);
        this.analyses = List.copyOf(analyses);
        this.parameters = Map.copyOf(parameters);
        this.onDone = onDone;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            AnalysisResult result = AnalysisRunner.run(copy, analyses, parameters, monitor);
            onDone.accept(mapBack(result));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (RuntimeException e) {
            return Status.error(NLS.bind(Messages.AnalysisJob_failed, e.getMessage()), e);
        }
    }

    private AnalysisResult mapBack(AnalysisResult result) {
        Map<EObject, EObject> originals = new java.util.IdentityHashMap<>();
        copier.forEach((original, copied) -> originals.put(copied, original));
        List<AnalysisRun> runs = result.runs().stream().map(run -> new AnalysisRun(run.descriptor(), run.parameters(),
                run.findings().stream().map(f -> f.withElements(f.subjects().stream().map(e -> originals.getOrDefault(e, e)).toList(),
                        f.related().stream().map(e -> originals.getOrDefault(e, e)).toList()))
                        .toList(), run.millis(), run.failure())).toList();
        return new AnalysisResult(runs);
    }

    @Override
    public boolean belongsTo(Object family) {
        return InnoscapeUi.PLUGIN_ID.equals(family);
    }
}
