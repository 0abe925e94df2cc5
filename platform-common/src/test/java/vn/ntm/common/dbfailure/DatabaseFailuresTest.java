package vn.ntm.common.dbfailure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.io.EOFException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import vn.ntm.common.dbfailure.DatabaseFailures.Outcome;

class DatabaseFailuresTest {

    @Test
    void connectionRefusedIsNotRecorded() {
        SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001", new ConnectException("Connection refused"));
        assertThat(DatabaseFailures.classify(new IllegalStateException("Could not read the idempotency keys", refused)))
                .contains(Outcome.NOT_RECORDED);
        assertThat(DatabaseFailures.classify(new ConnectException("Connection refused"))).contains(Outcome.NOT_RECORDED);
    }

    @Test
    void connectionLostMidTransactionIsNotRecorded() {
        SQLException lost = new SQLException("An I/O error occurred while sending to the backend.", "08006", new EOFException());
        assertThat(DatabaseFailures.classify(new PersistenceException("could not execute statement", lost))).contains(Outcome.NOT_RECORDED);
    }

    @Test
    void shutdownCrashAndStartingServerAreOutages() {
        for (String state : new String[] {"57P01", "57P02", "57P03", "53300", "08003", "08004"}) {
            assertThat(DatabaseFailures.classify(new PersistenceException(new SQLException("x", state)))).as(state).contains(Outcome.NOT_RECORDED);
        }
    }

    @Test
    void poolExhaustedIsAnOutage() {
        // Agroal's words when no connection came within the acquisition timeout
        SQLException timeout = new SQLException("Acquisition timeout while waiting for new connection", null, new TimeoutException());
        assertThat(DatabaseFailures.classify(new PersistenceException(timeout))).contains(Outcome.NOT_RECORDED);
        assertThat(DatabaseFailures.classify(new SQLTransientConnectionException("pool"))).contains(Outcome.NOT_RECORDED);
    }

    @Test
    void failedCommitIsOutcomeUnknown() {
        SQLException lost = new SQLException("An I/O error occurred", "08006");
        assertThat(DatabaseFailures.classify(new CommitOutcomeUnknownException(lost))).contains(Outcome.UNKNOWN);
        // a JTA commit whose connection failed under the transaction manager
        jakarta.transaction.RollbackException rollback = new jakarta.transaction.RollbackException("commit failed");
        rollback.initCause(lost);
        assertThat(DatabaseFailures.classify(new RuntimeException(rollback))).contains(Outcome.UNKNOWN);
    }

    @Test
    void ordinarySqlErrorsAreNotOutages() {
        assertThat(DatabaseFailures.classify(new PersistenceException(new SQLException("duplicate key", "23505")))).isEqualTo(Optional.empty());
        assertThat(DatabaseFailures.classify(new PersistenceException(new SQLException("invalid byte sequence", "22021")))).isEmpty();
        assertThat(DatabaseFailures.classify(new PersistenceException(new SQLException("deadlock", "40P01")))).isEmpty();
        assertThat(DatabaseFailures.classify(new IllegalArgumentException("bad"))).isEmpty();
        assertThat(DatabaseFailures.classify(new jakarta.transaction.RollbackException("marked rollback only"))).isEmpty();
    }
}
