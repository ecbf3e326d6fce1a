package org.innoscape.engines.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on this machine: a master and workers, each its own JVM started from the
 * Spark jars the build copied to target/spark-lib, laid out as a minimal Spark installation (jars/, a
 * RELEASE file, and bin/spark-submit) so that workers can start executors and spark-submit works.
 */
final class LocalCluster implements AutoCloseable {
    final Path home;
    final String masterUrl;
    private final int webUiPort;
    private final Process master;
    final List<Process> workers = new ArrayList<>();
    private final Path logs;

    LocalCluster(Path folder, int workerCount) throws IOException, InterruptedException {
        home = folder.resolve("spark-home");
        logs = Files.createDirectories(folder.resolve("logs"));
        Path jars = Files.createDirectories(home.resolve("jars"));
        // Relative to engines/spark, where Maven runs the tests; the benchmark run from elsewhere says where.
        Path runtime = Path.of(System.getProperty("innoscape.spark.jars", "../spark-runtime/target/jars"));
        try (Stream<Path> libraries = Files.list(runtime)) {
            for (Path jar : libraries.toList()) {
                Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar.toAbsolutePath());
            }
        }
        Files.writeString(home.resolve("RELEASE"), "Spark 4.2.0 (jars of the Innoscape build, for tests)\n");
        Path submit = Files.createDirectories(home.resolve("bin")).resolve("spark-submit");
        Files.writeString(submit, "#!/usr/bin/env bash\nhome=\"$(cd \"$(dirname \"$0\")/..\" && pwd)\"\nexec \"" + java() + "\" -Xmx1g "
                + String.join(" ", jvmOptions()) + " -cp \"$home/jars/*\" org.apache.spark.deploy.SparkSubmit \"$@\"\n");
        Files.setPosixFilePermissions(submit, PosixFilePermissions.fromString("rwxr-xr-x"));
        int port = freePort();
        webUiPort = freePort();
        masterUrl = "spark://127.0.0.1:" + port;
        master = start("master", List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", String.valueOf(port),
                "--webui-port", String.valueOf(webUiPort)));
        for (int w = 0; w < workerCount; w++) {
            Path work = Files.createDirectories(folder.resolve("worker-" + w));
            workers.add(start("worker-" + w, List.of("org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "1",
                    "--memory", memory(), "--work-dir", work.toString(), "--webui-port", String.valueOf(freePort()), masterUrl)));
        }
        awaitWorkers(workerCount);
    }

    /** Kills a worker and everything it started (its executor), as a machine that is lost. */
    void kill(int worker) {
        Process process = workers.get(worker);
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** What the cluster's JVMs wrote, for a failing test's message. */
    String logs() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : files.sorted().toList()) {
                List<String> lines = Files.readAllLines(log);
                all.append("== ").append(log.getFileName()).append('\n')
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()))).append('\n');
            }
        }
        return all.toString();
    }

    /** Each worker's memory for executors (the benchmark gives more than the tests). */
    static String memory() {
        return System.getProperty("innoscape.worker.memory", "1536m");
    }

    static List<String> jvmOptions() {
        return List.of(System.getProperty("spark.jvm.options", "").trim().split("\\s+"));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private Process start(String name, List<String> mainAndArguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m"));
        command.addAll(jvmOptions());
        command.addAll(List.of("-cp", home.resolve("jars") + "/*"));
        command.addAll(mainAndArguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logs.resolve(name + ".log").toFile());
        Map<String, String> environment = builder.environment();
        environment.put("SPARK_HOME", home.toString());
        environment.put("SPARK_SCALA_VERSION", "2.13");
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        return builder.start();
    }

    private void awaitWorkers(int count) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> state = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webUiPort + "/json/")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (state.body().contains("\"aliveworkers\" : " + count) || state.body().contains("\"aliveworkers\":" + count)) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IOException("the cluster did not come up with " + count + " workers in 90 s:\n" + logs());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        for (Process worker : workers) {
            worker.descendants().forEach(ProcessHandle::destroy);
            worker.destroy();
        }
        master.destroy();
        for (Process p : Stream.concat(workers.stream(), Stream.of(master)).toList()) {
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
