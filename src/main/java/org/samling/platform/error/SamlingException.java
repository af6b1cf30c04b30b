package org.samling.platform.error;

import java.util.Arrays;

/**
 * A failure a user can act on: it carries the HTTP status it maps to and a message key
 * (with arguments) resolved in the user's language by the REST and Faces layers.
 */
public class SamlingException extends RuntimeException {

    private final int status;
    private final String messageKey;
    private final transient Object[] arguments;

    public SamlingException(int status, String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public static SamlingException badRequest(String key, Object... args) {
        return new SamlingException(400, key, args);
    }

    public static SamlingException unauthorized(String key, Object... args) {
        return new SamlingException(401, key, args);
    }

    public static SamlingException forbidden(String key, Object... args) {
        return new SamlingException(403, key, args);
    }

    public static SamlingException notFound(String key, Object... args) {
        return new SamlingException(404, key, args);
    }

    public static SamlingException conflict(String key, Object... args) {
        return new SamlingException(409, key, args);
    }

    public static SamlingException tooLarge(String key, Object... args) {
        return new SamlingException(413, key, args);
    }

    public static SamlingException unavailable(String key, Object... args) {
        return new SamlingException(503, key, args);
    }
}
