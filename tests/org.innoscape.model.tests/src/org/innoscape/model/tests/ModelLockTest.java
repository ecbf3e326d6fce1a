package org.innoscape.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.innoscape.model.persistence.ModelLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLockTest {
    @TempDir
    Path folder;

    /** A link planted where the lock file goes (in a shared folder) must not have the lock truncate what it points to. */
    @Test
    void aLockFileThatIsALinkIsRefusedAndItsTargetLeftAlone() throws Exception {
        Path model = folder.resolve("m.innoscape");
        Path victim = folder.resolve("victim.txt");
        Files.writeString(victim, "someone's notes");
        Files.createSymbolicLink(ModelLock.lockFileOf(model), victim);

        IOException refused = assertThrows(IOException.class, () -> ModelLock.acquire(model, Duration.ZERO).close());
        assertTrue(refused.getMessage().contains("symbolic link"), refused.getMessage());
        assertEquals("someone's notes", Files.readString(victim));

        Files.delete(ModelLock.lockFileOf(model));
        ModelLock.acquire(model, Duration.ZERO).close(); // a plain lock file is taken as before
    }
}
