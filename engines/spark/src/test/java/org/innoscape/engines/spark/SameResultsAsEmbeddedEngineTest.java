package org.innoscape.engines.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.innoscape.analysis.duplication.DuplicateDetector;
import org.innoscape.analysis.duplication.SimilarPair;
import org.innoscape.analysis.duplication.core.DetectionSettings;
import org.innoscape.analysis.duplication.core.PairScore;
import org.innoscape.model.InnovationSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine (local[2], the work split into slices and ranges other than the embedded engine's)
 * reports the same pairs, classes and scores as the embedded engine on one register.
 */
class SameResultsAsEmbeddedEngineTest {
    private static SparkSession spark;
    private static JavaSparkContext context;

    @TempDir
    static Path folder;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("test").config("spark.ui.enabled", "false").getOrCreate();
        context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** 5,000 initiatives: above exhaustive-limit, so candidates come from blocking keys and the nearest in meaning. */
    @Test
    void fiveThousandInitiativesWithTokenVectors() throws Exception {
        compare(5000, DetectionSettings.of(Map.of("text", "token-vectors")), 7);
    }

    @Test
    void wordsOnlyGiveTheSamePairsToo() throws Exception {
        compare(5000, DetectionSettings.of(Map.of("text", "lexical")), 13);
    }

    /** The sentence model on the executors: slices that are whole batches give the vectors of the embedded engine. */
    @Test
    void theSentenceModelOnTheExecutorsGivesTheSameVectors() throws Exception {
        compare(240, DetectionSettings.of(Map.of("text", "semantic")), 5);
    }

    private static void compare(int rows, DetectionSettings settings, int slices) throws Exception {
        Path register = TestRegister.write(folder.resolve("register-" + rows + "-" + settings.meaning() + ".csv"), rows, rows);
        List<SimilarPair> embedded = detect(register, settings, null);
        List<SimilarPair> distributed = detect(register, settings, new SparkWork(context, slices, quiet()));
        assertTrue(embedded.size() > rows / 20, embedded.size() + " pairs: the register must give the engines something to agree on");
        assertEquals(describe(embedded), describe(distributed), "same pairs, classes and scores");
        if (rows >= 5000) { // the parts that depend on other pairs or on a stated area are compared too
            assertTrue(embedded.stream().anyMatch(p -> p.score().part("closest") == 0), "a pair that is not between closest look-alikes");
            assertTrue(embedded.stream().anyMatch(p -> p.score().part("technology") == 0), "a pair of other technology areas");
        }
        for (int i = 0; i < embedded.size(); i++) {
            PairScore a = embedded.get(i).score();
            PairScore b = distributed.get(i).score();
            assertEquals(a.total(), b.total(), 1e-9);
            assertEquals(a.parts().size(), b.parts().size());
            for (int k = 0; k < a.parts().size(); k++) {
                assertEquals(a.parts().get(k).value(), b.parts().get(k).value(), 1e-9, a.parts().get(k).field());
            }
            assertEquals(a.sharedTerms(), b.sharedTerms());
        }
    }

    private static List<SimilarPair> detect(Path register, DetectionSettings settings, SparkWork work) throws Exception {
        InnovationSystem model = RegisterModel.load(List.of(register), folder.resolve(work == null ? "embedded" : "spark"), quiet());
        DuplicateDetector detector = work == null ? new DuplicateDetector(settings) : new DuplicateDetector(settings, work);
        DuplicateDetector.Detection detection = detector.detectCounting(model.getInitiatives(), null, new NullProgressMonitor());
        assertEquals(null, detection.meaningNote(), "meaning compared as asked");
        return detection.pairs();
    }

    private static List<String> describe(List<SimilarPair> pairs) {
        List<String> lines = new ArrayList<>();
        for (SimilarPair pair : pairs) {
            lines.add(pair.first().getExternalId() + " " + pair.second().getExternalId() + " " + pair.overlapClass() + " "
                    + pair.score().total());
        }
        return lines;
    }

    static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    static String text(ByteArrayOutputStream bytes) throws IOException {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
