package org.samling.file.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.samling.file.entity.FileChanges;
import org.samling.platform.error.SamlingException;
import org.samling.platform.i18n.Sizes;

/**
 * Unpacks an uploaded zip into staged files, keeping its folders as directory labels.
 * Refused before anything is written: too many entries, a declared total over the limit, an
 * entry that would grow more than the allowed ratio. While inflating, the real sizes are
 * counted too, since a zip can lie about them. Entry names never become paths on disk
 * (staging names are random), and "../" in them is dropped, so an entry cannot escape.
 */
public final class ZipUnpacker {

    /** Entries smaller than this are not held to the ratio (tiny files compress oddly). */
    static final long RATIO_FLOOR = 1024 * 1024;

    public record Limits(int maxEntries, long maxTotalBytes, int maxRatio) {
    }

    private ZipUnpacker() {
    }

    public static boolean isZip(String contentType) {
        return "application/zip".equals(contentType) || "application/x-zip-compressed".equals(contentType);
    }

    /**
     * The zip's files, staged, each described like {@code details} plus its folder. On any
     * refusal nothing staged is left behind.
     */
    public static List<NewFile> unpack(StagedFile zip, FileStore store, Limits limits, FileChanges details)
            throws IOException {
        List<NewFile> unpacked = new ArrayList<>();
        boolean complete = false;
        try (ZipFile file = new ZipFile(zip.path().toFile())) {
            List<ZipEntry> entries = entries(file, limits);
            long allowedTotal = limits.maxTotalBytes();
            for (ZipEntry entry : entries) {
                long allowed = Math.min(allowedTotal, entry.getSize() >= 0 ? entry.getSize() : allowedTotal);
                StagedFile staged;
                try (InputStream in = file.getInputStream(entry)) {
                    staged = store.stage(in, allowed);
                } catch (SamlingException e) {
                    throw SamlingException.badRequest("error.zipLies", entry.getName());
                }
                allowedTotal -= staged.size();
                String path = entry.getName();
                int slash = path.lastIndexOf('/');
                String folder = slash < 0 ? "" : FileNames.directory(path.substring(0, slash));
                FileChanges placed = new FileChanges(null, folder, details.description(), details.category(),
                        details.language(), details.access(), details.embargoUntil(), null, details.termsOfAccess());
                unpacked.add(new NewFile(staged, new FileDescription(path, placed)));
            }
            complete = true;
            return unpacked;
        } catch (ZipException e) {
            throw SamlingException.badRequest("error.badZip", e.getMessage());
        } finally {
            if (!complete) {
                unpacked.forEach(f -> f.staged().discard());
            }
        }
    }

    private static List<ZipEntry> entries(ZipFile file, Limits limits) {
        List<ZipEntry> files = new ArrayList<>();
        long declaredTotal = 0;
        Enumeration<? extends ZipEntry> all = file.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (entry.isDirectory() || ignored(entry.getName())) {
                continue;
            }
            if (files.size() >= limits.maxEntries()) {
                throw SamlingException.badRequest("error.zipTooManyEntries", limits.maxEntries());
            }
            long size = entry.getSize();
            long compressed = Math.max(1, entry.getCompressedSize());
            if (size > RATIO_FLOOR && size / compressed > limits.maxRatio()) {
                throw SamlingException.badRequest("error.zipBomb", entry.getName(), limits.maxRatio());
            }
            declaredTotal += Math.max(0, size);
            if (declaredTotal > limits.maxTotalBytes()) {
                throw SamlingException.badRequest("error.zipTooLarge", Sizes.human(limits.maxTotalBytes()));
            }
            files.add(entry);
        }
        return files;
    }

    private static boolean ignored(String name) {
        return name.startsWith("__MACOSX/") || name.endsWith("/.DS_Store") || name.equals(".DS_Store");
    }
}
