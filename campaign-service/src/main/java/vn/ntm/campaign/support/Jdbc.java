package vn.ntm.campaign.support;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.hibernate.Session;
import vn.ntm.common.dbfailure.CommitOutcomeUnknownException;
import vn.ntm.common.dbfailure.DatabaseFailures;

/**
 * SQL work on the connection of the current transaction. Aggregates and bulk inserts are written in SQL; running
 * them on Hibernate's own connection keeps them in the same transaction and under the same row locks.
 */
public final class Jdbc {

    /** A unit of JDBC work. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Jdbc() {
    }

    public static <T> T inTransaction(Work<T> work) {
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(work::run);
    }

    /**
     * Runs the work in a transaction of its own on a pooled connection, without a JTA transaction or a Hibernate
     * session around it: for hot paths made only of SQL (a survey form). Commits when the work returns, rolls back when
     * it throws. Not for use inside a {@code @Transactional} method (the connection would belong to that transaction).
     * SQL errors come out as {@link PersistenceException}, as Hibernate's do, so the problem mappers answer them alike.
     * A connection lost during the commit comes out as {@link CommitOutcomeUnknownException}: PostgreSQL may have
     * recorded the work or not, so the caller must never be told it was (the answer is a 503 with outcome unknown).
     */
    public static <T> T transaction(DataSource dataSource, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                commit(connection);
                return result;
            } catch (CommitOutcomeUnknownException e) {
                throw e; // the connection is gone: no rollback to try
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                restoreAutoCommit(connection);
            }
        } catch (SQLException e) {
            throw new PersistenceException(e.getMessage(), e);
        }
    }

    private static void commit(Connection connection) throws SQLException {
        try {
            connection.commit();
        } catch (SQLException e) {
            if (DatabaseFailures.isDatabaseUnavailable(e)) {
                throw new CommitOutcomeUnknownException(e);
            }
            throw e; // PostgreSQL refused the commit (e.g. a deferred constraint): it rolled back, nothing recorded
        }
    }

    private static void restoreAutoCommit(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // a dead connection: Agroal discards it when it is closed; this must not hide the original failure
        }
    }

    public static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
