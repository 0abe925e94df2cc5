package vn.ntm.common.dbfailure;

/**
 * The connection failed while the transaction was committing: PostgreSQL may have recorded the write or not. Thrown
 * by hand-written JDBC transactions so that the answer is a 503 with outcome "unknown", never a 201.
 * Extends {@link jakarta.persistence.PersistenceException} so code that catches SQL failures as such still does.
 */
public class CommitOutcomeUnknownException extends jakarta.persistence.PersistenceException {

    public CommitOutcomeUnknownException(Throwable cause) {
        super("The connection to the database failed during the commit; the outcome is unknown", cause);
    }
}
