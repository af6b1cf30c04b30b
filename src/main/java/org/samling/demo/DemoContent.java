package org.samling.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.samling.platform.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.samling.account.control.AdminBootstrap;
import org.samling.collection.control.Collections;
import org.samling.collection.entity.Collection;
import org.samling.dataset.control.CreateDatasetCommand;
import org.samling.dataset.control.CreatedDataset;
import org.samling.dataset.control.PublishDatasetCommand;
import org.samling.file.control.AddFilesCommand;
import org.samling.file.control.FileDescription;
import org.samling.file.control.FileStore;
import org.samling.file.control.StagedFile;
import org.samling.file.control.UpdateFilesCommand;
import org.samling.file.entity.FileChanges;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.context.RequestContext;
import org.samling.platform.persistence.Settings;

/**
 * Loads the demo studies (each folder of {@code SAMLING_DEMO_DIR} with a {@code study.json})
 * as published datasets in the root collection, once per database, through the same
 * commands a depositor's uploads go through.
 */
@Singleton
@Startup
@DependsOn({"AdminBootstrap", "MetadataBlockLoader"})
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
    private static final Pattern RECORDING = Pattern.compile("(.+)-recording\\.\\w+");
    private static final Pattern TRANSCRIPT = Pattern.compile("(.+)-transcript\\.\\w+");

    @Inject
    org.samling.metadata.control.MetadataBlocks metadataBlocks;

    @Inject
    SamlingConfig config;

    @Inject
    Settings settings;

    @Inject
    AdminBootstrap admin;

    @Inject
    Collections collections;

    @Inject
    CommandEngine engine;

    @Inject
    FileStore store;

    @Inject
    org.samling.account.control.Accounts accounts;

    @PostConstruct
    void loadOnFirstStart() {
        Path dir = config.demoDir().orElse(null);
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        RequestContext context = admin.administratorContext().orElse(null);
        if (context == null) {
            LOG.warning("No administrator account; demo content not loaded");
            return;
        }
        for (Path study : studies(dir)) {
            String marker = "demo.loaded." + study.getFileName();
            if (settings.get(marker).isEmpty()) {
                load(context, study);
                settings.put(marker, "true");
            }
        }
    }

    /** For a study that names no contact: the administrator who loads the demo, for the archive. */
    private org.samling.dataset.entity.CitationMetadata.Contact archiveContact(RequestContext context) {
        var administrator = accounts.find(context.userId()).orElseThrow();
        return new org.samling.dataset.entity.CitationMetadata.Contact(config.publisher(), administrator.getEmail());
    }

    private void load(RequestContext context, Path folder) {
        JsonObject study = read(folder.resolve("study.json"));
        Collection root = collections.require(Collection.ROOT);
        CreatedDataset created = engine.submit(new CreateDatasetCommand(context, root, StudyFolder.metadata(study, metadataBlocks, archiveContact(context))));
        Map<String, Long> added = new HashMap<>();
        for (Path file : files(folder)) {
            StudyFolder.FileRule rule = StudyFolder.ruleFor(study, file.getFileName().toString())
                    .orElse(new StudyFolder.FileRule(null, false, null));
            added.put(file.getFileName().toString(), addFile(context, created, file, rule));
        }
        linkTranscriptsToRecordings(context, created, added);
        engine.submit(new PublishDatasetCommand(context, created.dataset(), true));
        LOG.info(() -> "Demo study loaded: " + created.dataset().getGlobalId() + " from " + folder.getFileName());
    }

    /** "interview-ip03-transcript.vtt" belongs to "interview-ip03-recording.mp3". */
    private void linkTranscriptsToRecordings(RequestContext context, CreatedDataset created, Map<String, Long> files) {
        Map<String, Long> recordings = new HashMap<>();
        files.forEach((name, id) -> {
            Matcher recording = RECORDING.matcher(name);
            if (recording.matches()) {
                recordings.put(recording.group(1), id);
            }
        });
        Map<Long, List<Long>> transcriptsByRecording = new HashMap<>();
        files.forEach((name, id) -> {
            Matcher transcript = TRANSCRIPT.matcher(name);
            if (transcript.matches() && recordings.containsKey(transcript.group(1))) {
                transcriptsByRecording.computeIfAbsent(recordings.get(transcript.group(1)), r -> new ArrayList<>()).add(id);
            }
        });
        transcriptsByRecording.forEach((recording, transcripts) -> engine.submit(new UpdateFilesCommand(context,
                created.dataset(), transcripts, FileChanges.none().withRecording(recording))));
    }

    private long addFile(RequestContext context, CreatedDataset created, Path file, StudyFolder.FileRule rule) {
        StagedFile staged = null;
        try (InputStream in = Files.newInputStream(file)) {
            staged = store.stage(in, Long.MAX_VALUE);
            return engine.submit(AddFilesCommand.one(context, created.dataset(), staged, FileDescription.of(
                    file.getFileName().toString(), rule.description(), rule.category(), rule.restricted())))
                    .get(0).dataFile().getId();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load demo file " + file, e);
        } finally {
            if (staged != null) {
                staged.discard();
            }
        }
    }

    private static List<Path> studies(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> Files.isRegularFile(p.resolve("study.json"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("study.json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject read(Path studyJson) {
        try (InputStream in = Files.newInputStream(studyJson); JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
