package fr.opiconnector.database;

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
 * Instants in JDBC exactly as Hibernate binds and reads the entities' {@code Instant} columns, so that the rows the
 * write path of a call writes in JDBC read back the same through the entities whatever the machine's time zone: on
 * MariaDB a timestamp in UTC (a UTC calendar); on H2, which has time-zone types, an {@code OffsetDateTime} in UTC,
 * which H2 stores in the session's zone. One instance per connection and thread (it holds a calendar).
 */
public abstract sealed class Horodatages {

    public static Horodatages pour(Connection connexion) throws SQLException {
        return "H2".equals(connexion.getMetaData().getDatabaseProductName()) ? new AvecDecalage() : new EnUtc();
    }

    public abstract void lier(PreparedStatement requete, int index, Instant instant) throws SQLException;

    public abstract Instant lire(ResultSet ligne, int index) throws SQLException;

    private static final class EnUtc extends Horodatages {

        private final Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

        @Override
        public void lier(PreparedStatement requete, int index, Instant instant) throws SQLException {
            requete.setTimestamp(index, Timestamp.from(instant), utc);
        }

        @Override
        public Instant lire(ResultSet ligne, int index) throws SQLException {
            return ligne.getTimestamp(index, utc).toInstant();
        }
    }

    private static final class AvecDecalage extends Horodatages {

        @Override
        public void lier(PreparedStatement requete, int index, Instant instant) throws SQLException {
            requete.setObject(index, instant.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
        }

        @Override
        public Instant lire(ResultSet ligne, int index) throws SQLException {
            return ligne.getObject(index, OffsetDateTime.class).toInstant();
        }
    }
}
