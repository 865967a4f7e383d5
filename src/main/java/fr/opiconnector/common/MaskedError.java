package fr.opiconnector.common;

import java.util.regex.Pattern;

/**
 * An exception as a log line may show it: the same classes and stack frames, its messages without the values a
 * database error quotes ({@code Duplicate entry 'P260012345' for key …}, {@code Incorrect string value: '…'}) and with
 * the OPI number masked. A database driver puts the offending value in its message; that value may be an INE or an
 * OPI number, which the logs never show.
 */
public final class MaskedError extends RuntimeException {

    private static final Pattern VALEUR_CITEE = Pattern.compile("(?i)\\b(entry|value:?|values?)\\s*'[^']*'");

    private MaskedError(String message, Throwable cause) {
        super(message, cause, false, true);
    }

    /** The copy of {@code e} (and of its causes) to log; {@code code} is the OPI number of the call, or null. */
    public static Throwable de(Throwable e, String code) {
        if (e == null) {
            return null;
        }
        String message = e.getMessage() == null ? null
                : VALEUR_CITEE.matcher(NumeroOpi.masqueDans(e.getMessage(), code)).replaceAll("$1 '***'");
        MaskedError copie = new MaskedError(e.getClass().getName() + (message == null ? "" : ": " + message),
                e.getCause() == e ? null : de(e.getCause(), code));
        copie.setStackTrace(e.getStackTrace());
        return copie;
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
