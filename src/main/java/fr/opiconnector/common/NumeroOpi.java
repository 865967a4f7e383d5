package fr.opiconnector.common;

/**
 * The OPI number (codOpiIntEpo) as log lines show it. With the birth date it is what a student logs in with, so it is
 * to be kept confidential: logs show its first characters only (enough, with the time, to find the journal row, which
 * keeps it whole), never all of it.
 */
public final class NumeroOpi {

    private static final int VISIBLES = 6;
    private static final int MASQUES_MIN = 4;

    private NumeroOpi() {
    }

    /** {@code P260012345} → {@code P26001****}; a short code shows less, down to nothing. */
    public static String masque(String code) {
        if (code == null) {
            return "(no code)";
        }
        int visibles = Math.max(0, Math.min(VISIBLES, code.length() - MASQUES_MIN));
        return code.substring(0, visibles) + "*".repeat(code.length() - visibles);
    }

    /** A message with every occurrence of the code masked (a refusal's text may quote the code it refuses). */
    public static String masqueDans(String message, String code) {
        return message == null || code == null || code.isEmpty() ? message : message.replace(code, masque(code));
    }
}
