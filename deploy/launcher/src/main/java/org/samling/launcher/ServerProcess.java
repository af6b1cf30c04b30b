package org.samling.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Payara Micro running the WAR in a child process that shares this terminal. */
final class ServerProcess {

    static final String DEFAULT_JAVA_OPTS = "-Xms256m -Xmx768m -XX:+UseG1GC -XX:MaxMetaspaceSize=384m";

    private final Process process;

    private ServerProcess(Process process) {
        this.process = process;
    }

    static ServerProcess start(Path micro, Path war, int port, Path home, Map<String, String> env, String javaOpts)
            throws IOException {
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
        home.resolve("tmp").toFile().mkdirs();
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(env);
        return new ServerProcess(builder.start());
    }

    int waitFor() throws InterruptedException {
        return process.waitFor();
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
