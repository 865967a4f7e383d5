package fr.opiconnector.reception;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * Instants in JDBC exactly as Hibernate binds and reads the entities' {@code Instant} columns, so that the rows
 * {@link EcritureOpi} writes read back the same through the entities whatever the machine's time zone: on MariaDB a
 * timestamp in UTC (a UTC calendar); on H2, which has time-zone types, an {@code OffsetDateTime} in UTC, which H2
 * stores in the session's zone.
 */
abstract sealed class Horodatages {

    static Horodatages pour(Connection connexion) throws SQLException {
        return "H2".equals(connexion.getMetaData().getDatabaseProductName()) ? new AvecDecalage() : new EnUtc();
    }

    abstract void lier(PreparedStatement requete, int index, Instant instant) throws SQLException;

    abstract Instant lire(ResultSet ligne, int index) throws SQLException;

    private static final class EnUtc extends Horodatages {

        private final Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

        @Override
        void lier(PreparedStatement requete, int index, Instant instant) throws SQLException {
            requete.setTimestamp(index, Timestamp.from(instant), utc);
        }

        @Override
        Instant lire(ResultSet ligne, int index) throws SQLException {
            return ligne.getTimestamp(index, utc).toInstant();
        }
    }

    private static final class AvecDecalage extends Horodatages {

        @Override
        void lier(PreparedStatement requete, int index, Instant instant) throws SQLException {
            requete.setObject(index, instant.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
        }

        @Override
        Instant lire(ResultSet ligne, int index) throws SQLException {
            return ligne.getObject(index, OffsetDateTime.class).toInstant();
        }
    }
}
