package org.samling.file.boundary;

import java.util.Optional;

/**
 * One byte range of an HTTP Range header ({@code bytes=0-99}, {@code bytes=100-},
 * {@code bytes=-500}), resolved against the file's size. Several ranges in one header are
 * answered with the whole file, as RFC 9110 allows.
 */
record ByteRange(long start, long end) {

    long length() {
        return end - start + 1;
    }

    /**
     * Empty when there is no usable range (serve the whole file); {@link Unsatisfiable} when
     * the range lies beyond the end.
     */
    static Optional<ByteRange> parse(String header, long size) {
        if (header == null || !header.startsWith("bytes=") || header.contains(",")) {
            return Optional.empty();
        }
        String spec = header.substring("bytes=".length()).trim();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        try {
            String first = spec.substring(0, dash).trim();
            String last = spec.substring(dash + 1).trim();
            long start;
            long end;
            if (first.isEmpty()) {
                long suffix = Long.parseLong(last);
                if (suffix <= 0) {
                    throw new Unsatisfiable(size);
                }
                start = Math.max(0, size - suffix);
                end = size - 1;
            } else {
                start = Long.parseLong(first);
                end = last.isEmpty() ? size - 1 : Math.min(Long.parseLong(last), size - 1);
            }
            if (start >= size || start > end) {
                throw new Unsatisfiable(size);
            }
            return Optional.of(new ByteRange(start, end));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The range asked for starts after the last byte. */
    static final class Unsatisfiable extends RuntimeException {
        final long size;

        Unsatisfiable(long size) {
            super("range not satisfiable", null, false, false);
            this.size = size;
        }
    }
}
