package fr.opiconnector.journal;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.StaleStateException;

/** Sorts database failures: unreachable database, conflicts worth retrying, everything else. */
public final class DatabaseErrors {

    private static final int MARIADB_DEADLOCK = 1213;
    private static final int MARIADB_LOCK_WAIT_TIMEOUT = 1205;

    private DatabaseErrors() {
    }

    /** The database cannot be reached (no connection within the timeout, connection lost). */
    public static boolean injoignable(Throwable erreur) {
        for (Throwable e = erreur; e != null; e = e.getCause()) {
            if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (e instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Another call on the same OPI got there first: a deadlock, a lock wait timeout, a stale version, or the
     * unique OPI code taken by a concurrent first call. Sent again, the call will see the other one's result.
     */
    public static boolean conflit(Throwable erreur) {
        for (Throwable e = erreur; e != null; e = e.getCause()) {
            if (e instanceof OptimisticLockException || e instanceof PessimisticLockException
                    || e instanceof LockTimeoutException || e instanceof StaleStateException
                    || e instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (e instanceof SQLException sql) {
                String etat = sql.getSQLState() == null ? "" : sql.getSQLState();
                if (etat.startsWith("40") || etat.startsWith("23") || "HYT00".equals(etat)
                        || sql.getErrorCode() == MARIADB_DEADLOCK || sql.getErrorCode() == MARIADB_LOCK_WAIT_TIMEOUT) {
                    return true;
                }
            }
        }
        return false;
    }
}
