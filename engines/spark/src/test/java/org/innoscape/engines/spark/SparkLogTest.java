package org.innoscape.engines.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.util.Properties;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.logging.log4j.message.SimpleMessage;
import org.junit.jupiter.api.Test;

/** Spark's log, as the engine configures it, says an exception in its message's words, never with its stack trace. */
class SparkLogTest {

    @Test
    void anErrorWithAnExceptionIsOneLineWithTheExceptionsMessage() throws Exception {
        Properties configuration = new Properties();
        try (InputStream in = SparkLogTest.class.getResourceAsStream("/log4j2.properties")) {
            configuration.load(in);
        }
        PatternLayout layout = PatternLayout.newBuilder().withPattern(configuration.getProperty("appender.console.layout.pattern")).build();
        Exception failure = new IllegalArgumentException("Failed to parse byte string: -5g", new IllegalStateException("deeper"));
        String line = layout.toSerializable(Log4jLogEvent.newBuilder().setLoggerName("org.apache.spark.SparkContext").setLevel(Level.ERROR)
                .setMessage(new SimpleMessage("Error initializing SparkContext.")).setThrown(failure).build());
        assertEquals("ERROR SparkContext: Error initializing SparkContext. (Failed to parse byte string: -5g)\n", line.substring(9));
        assertFalse(line.contains("\tat "), line);
        String plain = layout.toSerializable(Log4jLogEvent.newBuilder().setLoggerName("org.apache.spark.SparkContext").setLevel(Level.WARN)
                .setMessage(new SimpleMessage("no exception")).build());
        assertEquals("WARN SparkContext: no exception\n", plain.substring(9));
    }
}
