package org.samling.file.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.regex.Pattern;
import org.samling.platform.config.SamlingConfig;

/** The default store: files under {@code $SAMLING_HOME/files}, staged in its {@code tmp} folder. */
@ApplicationScoped
public class LocalFileStore implements FileStore {

    private static final Pattern KEY = Pattern.compile("[a-z0-9\\-]{8,64}");

    @Inject
    SamlingConfig config;

    /** Where MD5 is computed beside the copy (see {@link ChecksummingCopy}). */
    @Resource(lookup = DIGEST_EXECUTOR)
    ManagedExecutorService digests;

    public static final String DIGEST_EXECUTOR = "java:app/concurrent/Digest";

    private Path root;
    private Path staging;

    @PostConstruct
    void createFolders() {
        root = config.home().resolve("files").resolve("store");
        staging = config.home().resolve("files").resolve("tmp");
        try {
            Files.createDirectories(root);
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the file store under " + root.getParent(), e);
        }
    }

    @Override
    public StagedFile stage(InputStream in, long maxBytes) throws IOException {
        Path target = staging.resolve(UUID.randomUUID().toString());
        boolean complete = false;
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(channel)) {
            ChecksummingCopy.Result result = ChecksummingCopy.copy(in, out, maxBytes, digests);
            channel.force(true);
            complete = true;
            return new StagedFile(target, result.size(), result.sha256(), result.md5());
        } finally {
            if (!complete) {
                Files.deleteIfExists(target);
            }
        }
    }

    @Override
    public void commit(StagedFile staged, String key) throws IOException {
        Path target = pathOf(key);
        Files.createDirectories(target.getParent());
        Files.move(staged.path(), target, StandardCopyOption.ATOMIC_MOVE);
        forceDirectory(target.getParent());
    }

    /**
     * Makes a rename in the folder survive a crash: the staged bytes were flushed before the
     * move, and the folder's entry is flushed before the file's row may commit.
     */
    static void forceDirectory(Path directory) throws IOException {
        try (FileChannel folder = FileChannel.open(directory, StandardOpenOption.READ)) {
            folder.force(true);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(pathOf(key));
    }

    @Override
    public InputStream open(String key, long offset) throws IOException {
        FileChannel channel = FileChannel.open(pathOf(key), StandardOpenOption.READ);
        channel.position(offset);
        return Channels.newInputStream(channel);
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(pathOf(key));
    }

    @Override
    public boolean exists(String key) {
        return Files.exists(pathOf(key));
    }

    @Override
    public Stream<Stored> list() throws IOException {
        return Files.walk(root, 2)
                .filter(Files::isRegularFile)
                .filter(path -> KEY.matcher(path.getFileName().toString()).matches())
                .map(path -> new Stored(path.getFileName().toString(), modified(path)));
    }

    @Override
    public int sweepStaging(Instant cutoff) throws IOException {
        int removed = 0;
        try (Stream<Path> staged = Files.list(staging)) {
            for (Path path : staged.toList()) {
                if (Files.isRegularFile(path) && modified(path).isBefore(cutoff) && Files.deleteIfExists(path)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    private static Instant modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toInstant();
        } catch (IOException e) {
            return Instant.now();
        }
    }

    private Path pathOf(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return root.resolve(key.substring(key.length() - 2)).resolve(key);
    }
}
