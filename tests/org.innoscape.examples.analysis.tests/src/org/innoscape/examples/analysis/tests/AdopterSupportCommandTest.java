package org.innoscape.examples.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.innoscape.cli.UsageException;
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

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(ExitCode.FINDINGS, new AdopterSupportCommand().run(List.of(model.toString()), console));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("Programme bare funds adopters") && printed.contains("1 initiative(s) found"), printed);

        assertThrows(UsageException.class, () -> new AdopterSupportCommand().run(List.of(), console));
    }
}
