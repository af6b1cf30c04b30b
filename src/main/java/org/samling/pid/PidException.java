package org.samling.pid;

/** A registry refused a call or could not be reached; the message is what curators see in the queue. */
public class PidException extends Exception {

    private final int status;

    public PidException(String message, int status) {
        super(message);
        this.status = status;
    }

    public PidException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    /** The HTTP status the registry answered with; 0 if it could not be reached. */
    public int status() {
        return status;
    }
}
