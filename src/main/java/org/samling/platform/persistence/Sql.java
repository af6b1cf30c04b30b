package org.samling.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Plain SQL for read queries whose permission filter and paging are best said in SQL.
 * Inside a transaction it shares the connection JPA uses, so flush before reading what
 * the same transaction wrote.
 */
@ApplicationScoped
public class Sql {

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    @Resource(lookup = Migrations.DATASOURCE)
    DataSource dataSource;

    @Inject
    QueryTimeouts timeouts;

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, params);
             ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        } catch (SQLException e) {
            throw DatabaseFailures.understood(e).map(RuntimeException.class::cast)
                    .orElseGet(() -> new IllegalStateException("Query failed: " + e.getMessage(), e));
        }
    }

    /** Reads rows for the handler as it needs them, fetchSize at a time, never all at once. */
    public void forEach(String sql, int fetchSize, RowHandler handler, Object... params) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit) {
                connection.setAutoCommit(false); // PostgreSQL fetches by batches only inside a transaction
            }
            try (PreparedStatement statement = prepare(connection, sql, params)) {
                statement.setFetchSize(fetchSize);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        handler.handle(rows);
                    }
                }
            } finally {
                if (autoCommit) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw DatabaseFailures.understood(e).map(RuntimeException.class::cast)
                    .orElseGet(() -> new IllegalStateException("Query failed: " + e.getMessage(), e));
        }
    }

    @FunctionalInterface
    public interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    public long count(String sql, Object... params) {
        return one(sql, row -> row.getLong(1), params).orElse(0L);
    }

    public int update(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw DatabaseFailures.understood(e).map(RuntimeException.class::cast)
                    .orElseGet(() -> new IllegalStateException("Update failed: " + e.getMessage(), e));
        }
    }

    /** One statement run for each row of parameters, sent to the database together. */
    public int[] batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(timeouts.currentSeconds());
            for (Object[] params : rows) {
                for (int i = 0; i < params.length; i++) {
                    statement.setObject(i + 1, toJdbc(connection, params[i]));
                }
                statement.addBatch();
            }
            return statement.executeBatch();
        } catch (SQLException e) {
            throw DatabaseFailures.understood(e).map(RuntimeException.class::cast)
                    .orElseGet(() -> new IllegalStateException("Batch failed: " + e.getMessage(), e));
        }
    }

    /**
     * Marks a statement whose best plan depends on its values, such as one over a version's files
     * (ten for most versions, 100,000 for some): the database plans it for each request's values
     * rather than once for all, which for the large version read every file to show ten.
     */
    public static String plannedForItsValues(String sql) {
        return PLANNED_FOR_ITS_VALUES + sql;
    }

    private static final String PLANNED_FOR_ITS_VALUES = "/* planned for its values */ ";

    private PreparedStatement prepare(Connection connection, String sql, Object... params)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        if (sql.startsWith(PLANNED_FOR_ITS_VALUES) && statement.isWrapperFor(org.postgresql.PGStatement.class)) {
            statement.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
        }
        statement.setQueryTimeout(timeouts.currentSeconds());
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, toJdbc(connection, params[i]));
        }
        return statement;
    }

    private static Object toJdbc(Connection connection, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        if (value instanceof LocalDate date) {
            return java.sql.Date.valueOf(date);
        }
        if (value instanceof ArrayParam array) {
            return connection.createArrayOf(array.sqlType(), array.values());
        }
        return value;
    }

    /** An SQL array parameter, for {@code = any(?)}. */
    public record ArrayParam(String sqlType, Object[] values) {
        @Override
        public String toString() {
            return sqlType + java.util.Arrays.toString(values);
        }
    }

    public static ArrayParam bigints(Collection<Long> values) {
        return new ArrayParam("bigint", values.toArray());
    }

    public static ArrayParam texts(Collection<String> values) {
        return new ArrayParam("text", values.toArray());
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    public static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
