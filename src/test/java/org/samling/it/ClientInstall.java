package org.samling.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Installs npm packages at pinned versions into {@code target/node-clients} once per build, with
 * npm from the machine, so a test can run a real JavaScript client under Node.
 */
final class ClientInstall {

    private ClientInstall() {
    }

    /** @return the node_modules folder holding the packages */
    static synchronized Path ensure(String... packages) throws IOException, InterruptedException {
        Path folder = Path.of(System.getProperty("it.home", "target/it-home")).getParent().resolve("node-clients");
        Path marker = folder.resolve("installed-" + Integer.toHexString(String.join(" ", packages).hashCode()));
        if (Files.exists(marker)) {
            return folder.resolve("node_modules");
        }
        Files.createDirectories(folder);
        List<String> command = new ArrayList<>(List.of("npm", "install", "--no-audit", "--no-fund", "--no-save",
                "--prefix", folder.toString()));
        command.addAll(List.of(packages));
        Process npm = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("npm-install.log").toFile()).start();
        if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0) {
            throw new IllegalStateException("npm install " + String.join(" ", packages) + " failed: "
                    + Files.readString(folder.resolve("npm-install.log")));
        }
        Files.writeString(marker, String.join("\n", packages));
        return folder.resolve("node_modules");
    }
}
