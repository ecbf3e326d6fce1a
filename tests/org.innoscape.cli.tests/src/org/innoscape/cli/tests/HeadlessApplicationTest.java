package org.innoscape.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.equinox.app.IApplicationContext;
import org.innoscape.cli.internal.HeadlessApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** Runs the Equinox application entry point inside OSGi, as the launcher does. */
class HeadlessApplicationTest {
    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void captureStreams() {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStreams() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void helpExitsZeroAndPrintsUsage() throws Exception {
        Object code = new HeadlessApplication().start(contextWith("--help"));
        assertEquals(0, code);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Usage:"));
    }

    @Test
    void versionComesFromTheBundle() throws Exception {
        Object code = new HeadlessApplication().start(contextWith("--version"));
        assertEquals(0, code);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Innoscape 0.1.0"), out.toString());
    }

    @Test
    void badCommandExitsTwoWithAMessage() throws Exception {
        Object code = new HeadlessApplication().start(contextWith("nonsense"));
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command 'nonsense'"));
    }

    private static IApplicationContext contextWith(String... arguments) {
        return new IApplicationContext() {
            @Override
            public Map<String, Object> getArguments() {
                return Map.of(IApplicationContext.APPLICATION_ARGS, arguments);
            }

            @Override
            public void applicationRunning() {
            }

            @Override
            public String getBrandingApplication() {
                return null;
            }

            @Override
            public String getBrandingName() {
                return null;
            }

            @Override
            public String getBrandingDescription() {
                return null;
            }

            @Override
            public String getBrandingId() {
                return null;
            }

            @Override
            public String getBrandingProperty(String key) {
                return null;
            }

            @Override
            public Bundle getBrandingBundle() {
                return null;
            }

            @Override
            public void setResult(Object result, org.eclipse.equinox.app.IApplication application) {
            }
        };
    }
}
