package fr.opiconnector.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class MaskedErrorTest {

    @Test
    void a_logged_database_error_keeps_its_classes_and_frames_but_not_the_values_it_quotes() {
        SQLIntegrityConstraintViolationException sql = new SQLIntegrityConstraintViolationException(
                "(conn=12) Duplicate entry '1234567890A' for key 'uk_individu_ine'");
        IllegalStateException e = new IllegalStateException("could not store OPI P260012345", sql);

        Throwable masquee = MaskedError.de(e, "P260012345");
        StringWriter trace = new StringWriter();
        masquee.printStackTrace(new PrintWriter(trace));

        assertFalse(trace.toString().contains("1234567890A"), trace.toString());
        assertFalse(trace.toString().contains("P260012345"), trace.toString());
        assertTrue(trace.toString().contains("java.lang.IllegalStateException: could not store OPI P26001****"));
        assertTrue(trace.toString().contains("java.sql.SQLIntegrityConstraintViolationException: (conn=12) Duplicate "
                + "entry '***' for key 'uk_individu_ine'"), trace.toString());
        assertArrayEquals(e.getStackTrace(), masquee.getStackTrace());
        assertArrayEquals(sql.getStackTrace(), masquee.getCause().getStackTrace());
    }

    @Test
    void an_incorrect_string_value_is_not_quoted() {
        Throwable masquee = MaskedError.de(new RuntimeException(
                "Incorrect string value: '\\xF0\\x9F\\x98\\x80Ma...' for column `test`.`individu`.`nom`"), null);

        assertEquals("java.lang.RuntimeException: Incorrect string value: '***' for column `test`.`individu`.`nom`",
                masquee.getMessage());
    }
}
