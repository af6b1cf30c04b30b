package org.samling.file.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Makes names and folders given by uploaders safe to show and to store in the database. */
public final class FileNames {

    static final int MAX_NAME = 255;

    private FileNames() {
    }

    /** The last path segment of whatever the client sent, without control characters: "../../x" reads "x". */
    public static String label(String given) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = stripControl(name).trim();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "unnamed";
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }

    /** A relative folder such as "interviews/2020"; dot segments and empty segments are dropped. */
    public static String directory(String given) {
        if (given == null) {
            return "";
        }
        return Arrays.stream(given.replace('\\', '/').split("/"))
                .map(FileNames::stripControl)
                .map(String::trim)
                .filter(Predicate.not(String::isEmpty))
                .filter(s -> !s.equals(".") && !s.equals(".."))
                .collect(Collectors.joining("/"));
    }

    /** "report.pdf" taken: "report-1.pdf", then "report-2.pdf". */
    public static String numbered(String label, int n) {
        int dot = label.lastIndexOf('.');
        return dot > 0 ? label.substring(0, dot) + "-" + n + label.substring(dot) : label + "-" + n;
    }

    public static String extension(String label) {
        int dot = label.lastIndexOf('.');
        return dot < 0 ? "" : label.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stripControl(String value) {
        return value.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
