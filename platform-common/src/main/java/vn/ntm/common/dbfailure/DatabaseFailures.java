package vn.ntm.common.dbfailure;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a failure to reach PostgreSQL from any other failure, by walking the cause chain. A lost database is the
 * caller's "try again later" (503), never our bug (500); a constraint violation or a bad value is neither and stays
 * what it is. Recognised by SQLState (class 08 connection exceptions, 57P01/57P02/57P03 shutdown and "cannot connect
 * now", 53300 too many connections), by the JDBC connection exception types, by socket exceptions, and by the class
 * names of Agroal's acquisition timeout and Hibernate's {@code JDBCConnectionException}: platform-common does not
 * depend on Agroal or Hibernate, so those are matched by name.
 */
public final class DatabaseFailures {

    /** What the caller may assume about its write. */
    public enum Outcome {
        /** The database was not reached, or the transaction died before its commit: PostgreSQL rolled it back. */
        NOT_RECORDED("not-recorded"),
        /** The connection failed during the commit: the write may or may not be recorded. Never acknowledge it. */
        UNKNOWN("unknown");

        private final String wire;

        Outcome(String wire) {
            this.wire = wire;
        }

        /** The value of {@code context.outcome} in the problem body. */
        public String wire() {
            return wire;
        }
    }

    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");
    private static final Set<String> CONNECTION_TYPES = Set.of(
            "org.hibernate.exception.JDBCConnectionException",
            "io.agroal.pool.ConnectionPool$AcquisitionTimeoutException");
    // A commit handed to the transaction manager: if the connection failed under it, nobody knows what was recorded.
    private static final Set<String> COMMIT_TYPES = Set.of(
            "jakarta.transaction.RollbackException",
            "jakarta.transaction.HeuristicMixedException",
            "jakarta.transaction.HeuristicRollbackException",
            "javax.transaction.xa.XAException");

    private DatabaseFailures() {
    }

    /** The outcome for the caller when {@code failure} is a lost database; empty for every other failure. */
    public static Optional<Outcome> classify(Throwable failure) {
        boolean connection = false;
        boolean commit = false;
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof CommitOutcomeUnknownException) {
                return Optional.of(Outcome.UNKNOWN);
            }
            connection |= isConnectionFailure(t);
            commit |= COMMIT_TYPES.contains(t.getClass().getName())
                    || t.getClass().getName().startsWith("jakarta.transaction.Heuristic");
            if (t.getCause() == t) {
                break;
            }
        }
        if (!connection) {
            return Optional.empty();
        }
        return Optional.of(commit ? Outcome.UNKNOWN : Outcome.NOT_RECORDED);
    }

    /** Whether this one exception (not its causes) says the database could not be reached or was lost. */
    public static boolean isConnectionFailure(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || STATES.contains(state))) {
                return true;
            }
            // Agroal: "Acquisition timeout while waiting for new connection" (pool exhausted, or the server is gone)
            String message = sql.getMessage();
            if (message != null && message.startsWith("Acquisition timeout")) {
                return true;
            }
            SQLException next = sql.getNextException();
            if (next != null && next != sql && isConnectionFailure(next)) {
                return true;
            }
        }
        // ConnectException and NoRouteToHostException are SocketExceptions
        if (t instanceof SocketException || t instanceof SocketTimeoutException) {
            return true;
        }
        return CONNECTION_TYPES.contains(t.getClass().getName());
    }

    /** Whether the failure is a lost database, whatever the outcome. */
    public static boolean isDatabaseUnavailable(Throwable failure) {
        return classify(failure).isPresent();
    }
}
