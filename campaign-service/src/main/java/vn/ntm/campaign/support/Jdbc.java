package vn.ntm.campaign.support;

import io.quarkus.hibernate.orm.panache.Panache;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.hibernate.Session;

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

    public static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
