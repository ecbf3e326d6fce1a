package org.innoscape.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.innoscape.cli.internal.InterruptNotice;
import org.junit.jupiter.api.Test;

/** A command ended from outside says so on its way out; one that returned says nothing more (session 29's pass: Ctrl-C was silent). */
class InterruptNoticeTest {

    @Test
    void anUnfinishedCommandSaysItWasEndedAndThatFilesAreWhole() {
        InterruptNotice notice = new InterruptNotice("import");
        String said = notice.message().orElseThrow();
        assertTrue(said.startsWith("innoscape import: ended before it finished"), said);
        assertTrue(said.contains("as it was or complete"), said);
        notice.finished();
        assertEquals(Optional.empty(), notice.message());
    }
}
