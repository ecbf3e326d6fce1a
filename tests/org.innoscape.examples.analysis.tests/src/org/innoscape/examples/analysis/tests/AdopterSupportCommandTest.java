package org.innoscape.examples.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.innoscape.cli.Console;
import org.innoscape.cli.ExitCode;
import org.innoscape.cli.internal.Commands;
import org.innoscape.cli.internal.InnoscapeCli;
import org.innoscape.examples.analysis.AdopterSupportCommand;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.Tristate;
import org.innoscape.model.build.InnovationSystemBuilder;
import org.innoscape.model.persistence.ModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example plug-in's command: contributed through the extension point, and it works on a model. */
class AdopterSupportCommandTest {

    @TempDir
    Path folder;

    @Test
    void contributedThroughTheExtensionPoint() {
        var contributed = Arrays.stream(RegistryFactory.getRegistry().getConfigurationElementsFor("org.innoscape.cli.commands"))
                .filter(e -> "adopter-support".equals(e.getAttribute("name"))).toList();
        assertEquals(1, contributed.size());
        assertEquals("org.innoscape.examples.analysis", contributed.get(0).getContributor().getName());
    }

    @Test
    void listsAdopterFundingWithoutSupportAndExitsOne() throws Exception {
        InnovationSystemBuilder b = new InnovationSystemBuilder("example-command", "Test");
        PolicyInitiative bare = b.initiative("bare", "Programme bare");
        bare.setOffersFunding(Tristate.YES);
        bare.setFundingRecipients(FundingRecipients.ADOPTERS);
        Path model = folder.resolve("model.innoscape");
        new ModelStore().save(b.system(), model);

        InnoscapeCli cli = new InnoscapeCli("test", Commands.all("test"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(ExitCode.FINDINGS, cli.run(List.of("adopter-support", model.toString()), console), err.toString(StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("Programme bare funds adopters") && printed.contains("1 initiative(s) found"), printed);

        // The same model from standard input.
        ByteArrayOutputStream piped = new ByteArrayOutputStream();
        Console stdin = new Console(new java.io.ByteArrayInputStream(java.nio.file.Files.readAllBytes(model)),
                new PrintStream(piped, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(ExitCode.FINDINGS, cli.run(List.of("adopter-support", "-"), stdin));
        assertTrue(piped.toString(StandardCharsets.UTF_8).contains("1 initiative(s) found"));

        err.reset();
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, cli.run(List.of("adopter-support"), console));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("innoscape adopter-support: missing required parameter: 'MODEL'"),
                err.toString(StandardCharsets.UTF_8));

        out.reset();
        assertEquals(ExitCode.OK, cli.run(List.of("adopter-support", "--help"), console));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("--require-evaluation") && help.contains("Exit codes:") && help.contains("some found"), help);
    }
}
