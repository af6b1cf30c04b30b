package org.samling.file.boundary;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.samling.file.control.FileDownloads;
import org.samling.file.control.FileRow;

/**
 * Writes a zip of files straight into the response, one file at a time (no temporary copy),
 * with a manifest of names, sizes and checksums. Text is compressed; recordings and PDFs,
 * which do not shrink, are stored.
 */
final class ZipDownload implements StreamingOutput {

    static final String MANIFEST = "MANIFEST.TXT";

    private final List<FileRow> files;
    private final List<String> leftOut;
    private final FileDownloads downloads;
    private final String title;

    ZipDownload(String title, List<FileRow> files, List<String> leftOut, FileDownloads downloads) {
        this.title = title;
        this.files = files;
        this.leftOut = leftOut;
        this.downloads = downloads;
    }

    @Override
    public void write(OutputStream response) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(response, StandardCharsets.UTF_8);
        StringBuilder manifest = new StringBuilder(title).append("\n\n")
                .append("path\tbytes\tsha256\tmd5\n");
        Set<String> used = new HashSet<>();
        byte[] buffer = new byte[256 * 1024];
        for (FileRow file : files) {
            String path = unique(file.path(), used);
            zip.setLevel(compresses(file.contentType()) ? Deflater.BEST_SPEED : Deflater.NO_COMPRESSION);
            zip.putNextEntry(new ZipEntry(path));
            try (InputStream in = downloads.open(file, 0)) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    zip.write(buffer, 0, read);
                }
            }
            zip.closeEntry();
            manifest.append(path).append('\t').append(file.size()).append('\t').append(file.sha256()).append('\t')
                    .append(file.md5()).append('\n');
        }
        if (!leftOut.isEmpty()) {
            manifest.append("\nNot included (you may not open them):\n");
            leftOut.forEach(name -> manifest.append(name).append('\n'));
        }
        zip.setLevel(Deflater.BEST_SPEED);
        zip.putNextEntry(new ZipEntry(unique(MANIFEST, used)));
        zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
    }

    static boolean compresses(String contentType) {
        return contentType.startsWith("text/") || contentType.contains("xml") || contentType.contains("json")
                || contentType.equals("application/rtf") || contentType.equals("application/x-subrip");
    }

    private static String unique(String path, Set<String> used) {
        String candidate = path;
        for (int n = 1; !used.add(candidate); n++) {
            candidate = org.samling.file.control.FileNames.numbered(path, n);
        }
        return candidate;
    }
}
