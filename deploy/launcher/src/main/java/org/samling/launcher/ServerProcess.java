package org.samling.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro running the WAR in a child process whose output is passed on to this one.
 * Payara Micro keeps running when the application fails to deploy; the launcher watches the
 * output for that and stops, so the run script ends with an error instead of serving nothing.
 */
final class ServerProcess {

    /**
     * Heap, class metadata, compiled code, direct buffers and thread stacks bounded so that the
     * whole process stays under 1 GB resident under load (see docs/benchmarks.md).
     */
    static final String DEFAULT_JAVA_OPTS = "-Xms256m -Xmx512m -XX:+UseParallelGC -XX:MaxMetaspaceSize=256m"
            + " -XX:ReservedCodeCacheSize=96m -XX:MaxDirectMemorySize=128m -Djdk.nio.maxCachedBufferSize=65536 -Xss512k";
    /** glibc gives each thread an arena of its own by default; two keep the native heap small. */
    static final Map<String, String> DEFAULT_ENV = Map.of("MALLOC_ARENA_MAX", "2");
    static final String DEPLOYMENT_FAILED = "Exception while loading the app";
    /** Payara Micro lists what it deployed when ready; an empty list after ours failed. */
    static final String DEPLOYED_LIST = "\"Deployed\": [";

    private final Process process;
    private volatile boolean deploymentFailed;

    private ServerProcess(Process process) {
        this.process = process;
        Thread pump = new Thread(this::passOutputOn, "samling-server-output");
        pump.setDaemon(true);
        pump.start();
    }

    private void passOutputOn() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            String previous = "";
            while ((line = lines.readLine()) != null) {
                System.out.println(line);
                boolean nothingDeployed = previous.trim().equals(DEPLOYED_LIST) && line.trim().equals("]");
                previous = line;
                if ((line.contains(DEPLOYMENT_FAILED) || nothingDeployed) && !deploymentFailed) {
                    deploymentFailed = true;
                    System.out.println("Samling: the application failed to deploy (see above); stopping.");
                    process.destroy();
                }
            }
        } catch (IOException e) {
            if (process.isAlive()) {
                System.err.println("Samling: lost the server's output: " + e.getMessage());
            }
        }
    }

    /** @param preboot Payara Micro commands to apply before it boots (no product name in headers), or null */
    static ServerProcess start(Path micro, Path war, Path preboot, int port, Path home, Map<String, String> env,
                               String javaOpts) throws IOException {
        Launcher.check(micro.toFile().isFile(), "Payara Micro not found at " + micro + " (run mvn package)");
        Launcher.check(war.toFile().isFile(), "WAR not found at " + war + " (run mvn package)");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.stream(javaOpts.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList());
        command.add("-Djava.io.tmpdir=" + home.resolve("tmp"));
        command.addAll(List.of("-jar", micro.toAbsolutePath().toString(),
                "--deploy", war.toAbsolutePath().toString(),
                "--contextroot", "/",
                "--port", String.valueOf(port),
                "--nohazelcast"));
        if (preboot != null) {
            Launcher.check(preboot.toFile().isFile(), "Payara Micro settings not found at " + preboot);
            command.addAll(List.of("--prebootcommandfile", preboot.toAbsolutePath().toString()));
        }
        home.resolve("tmp").toFile().mkdirs();
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.INHERIT)
                .redirectErrorStream(true);
        DEFAULT_ENV.forEach((name, value) -> builder.environment().putIfAbsent(name, value));
        builder.environment().putAll(env);
        return new ServerProcess(builder.start());
    }

    int waitFor() throws InterruptedException {
        int exit = process.waitFor();
        return deploymentFailed ? 1 : exit;
    }

    void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
