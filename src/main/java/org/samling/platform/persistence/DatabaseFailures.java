package org.samling.platform.persistence;

import java.sql.SQLException;
import java.util.Optional;
import org.samling.platform.error.SamlingException;

/**
 * What a failure from PostgreSQL means to the caller: a conflict with what is stored (409), a
 * statement that ran past its time (503), or a database that cannot be reached (503, try again).
 * Anything else is unforeseen.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /** The failure a user can act on, if the cause chain holds one PostgreSQL told us of. */
    public static Optional<SamlingException> understood(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SamlingException known) {
                return Optional.of(known);
            }
            if (cause instanceof SQLException sql) {
                Optional<SamlingException> meaning = meaning(sql);
                if (meaning.isPresent()) {
                    return meaning;
                }
            }
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Connection refused") || message.contains("allocating a connection")
                    || message.contains("This connection has been closed")) {
                return Optional.of(unreachable());
            }
        }
        return Optional.empty();
    }

    static Optional<SamlingException> meaning(SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        return switch (state) {
            case "23505", "23P01" -> Optional.of(SamlingException.conflict("error.conflict"));
            case "40001", "40P01" -> Optional.of(SamlingException.conflict("error.busyTryAgain"));
            case "57014" -> Optional.of(SamlingException.unavailable("error.queryTimeout"));
            case "57P01", "57P02", "57P03" -> Optional.of(unreachable());
            default -> state.startsWith("08") ? Optional.of(unreachable()) : Optional.empty();
        };
    }

    public static boolean isUnreachable(Throwable failure) {
        return understood(failure).filter(e -> e.messageKey().equals("error.databaseUnavailable")).isPresent();
    }

    private static SamlingException unreachable() {
        return SamlingException.unavailable("error.databaseUnavailable");
    }
}
