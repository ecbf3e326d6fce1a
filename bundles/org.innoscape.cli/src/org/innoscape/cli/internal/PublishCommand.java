package org.innoscape.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.innoscape.analysis.Analysis;
import org.innoscape.analysis.AnalysisRegistry;
import org.innoscape.analysis.AnalysisResult;
import org.innoscape.analysis.AnalysisRunner;
import org.innoscape.diagram.DiagramTypes;
import org.innoscape.model.InnovationSystem;
import org.innoscape.publish.PublishedSite;
import org.innoscape.publish.SitePublisher;
import org.innoscape.publish.SiteRefusedException;
import org.innoscape.cli.Command;
import org.innoscape.cli.Console;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.ModelInput;
import org.innoscape.cli.UsageException;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code innoscape publish MODEL --output DIR}: the model as a static web site to share. */
@picocli.CommandLine.Command(name = "publish", description = {
        "publish a model as a static web site (works from disk and any web server)",
        "",
        "Writes a self-contained web site into DIR: a home page (summary, landscape charts, the findings of the default "
                + "analyses by rule), every diagram as SVG with pan, zoom, legend and a link from every shape to its "
                + "element's page, a page per element (attributes in words, relationships both ways, findings, sources) and "
                + "per kind, and a search box over names, ids and descriptions. No page requests anything from elsewhere; "
                + "open DIR/index.html from disk or copy DIR to any web server.",
        "",
        "DIR must be new, empty or an earlier publication (which is replaced); the site is written beside it first and "
                + "put in place only when complete." },
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
                "0:published",
                "1:published, but an analysis failed",
                "2:usage or input error (nothing written)",
                "3:internal error (the message names the diagnostic file)",
                "4:DIR could not be written" })
public final class PublishCommand implements Command {

    private final String version;
    private final Supplier<AnalysisRegistry> registry;

    @Parameters(paramLabel = "MODEL", description = "the model: an .innoscape file, or '-' for standard input")
    private String model;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "the folder of the site")
    private String output;

    @Option(names = "--no-findings", description = "do not run the analyses (faster on very large models)")
    private boolean noFindings;

    public PublishCommand(String version, Supplier<AnalysisRegistry> registry) {
        this.version = version;
        this.registry = registry;
    }

    @Override
    public int run(Console console) throws UsageException {
        if (OutputFile.isStdout(output)) {
            throw new UsageException("--output needs a folder: a site is many files");
        }
        Path folder = Path.of(output).toAbsolutePath().normalize();
        if (folder.getParent() == null) {
            throw new UsageException("--output " + output + " is the root of the file system; give a folder for the site");
        }
        if (!Files.isDirectory(folder.getParent())) {
            throw new UsageException("the folder " + folder.getParent() + (Files.exists(folder.getParent()) ? " is a file, not a folder"
                    : " does not exist; create it first"));
        }
        try {
            SitePublisher.checkTarget(folder); // before the analyses, which may take minutes
        } catch (SiteRefusedException e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            throw new UsageException("cannot read " + folder + ": " + e.getMessage());
        }
        boolean stdin = ModelInput.isStdin(model);
        if (!stdin && Path.of(model).toAbsolutePath().normalize().startsWith(folder)) {
            throw new UsageException("the model " + model + " is inside " + folder + ", which publishing replaces; choose another folder");
        }
        InnovationSystem system = ModelInput.load(model, console);
        boolean findings = !noFindings;
        String source = stdin ? "standard input" : String.valueOf(Path.of(model).getFileName());
        StderrProgressMonitor progress = new StderrProgressMonitor(console.err());
        AnalysisResult result = null;
        if (findings) {
            List<Analysis> analyses = registry.get().enabledByDefault().stream().map(AnalysisRegistry.Entry::analysis).toList();
            result = AnalysisRunner.run(system, analyses, Map.of(), progress);
        }
        PublishedSite site;
        try {
            site = SitePublisher.publish(system, result, DiagramTypes.installed(), folder,
                    "Published with Innoscape " + version + " from " + source + ".", progress);
        } catch (SiteRefusedException e) {
            console.err().println("innoscape publish: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR;
        } catch (IOException e) {
            console.err().println("innoscape publish: cannot write " + folder + ": " + e.getMessage());
            return ExitCode.RESOURCES;
        }
        console.out().printf("Published %d pages (%d diagrams) in %s; open %s%n", site.pages(), site.diagrams(), site.folder(), site.home());
        if (result != null && !result.failures().isEmpty()) {
            result.failures().forEach(run -> console.err().println("error: the analysis " + run.descriptor().id() + " failed: " + run.failure()));
            return ExitCode.FINDINGS;
        }
        return ExitCode.OK;
    }
}
