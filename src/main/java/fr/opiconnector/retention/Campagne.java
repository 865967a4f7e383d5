package fr.opiconnector.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Parcoursup campaign, by its year: the one the OPI code carries (P + the year's last two digits + the candidate's
 * seven digits), or, for a code of another form, the year the OPI was first received (Paris time). Campaign YYYY is
 * closed from 1 January YYYY+1: only then may its personal data be purged.
 */
public final class Campagne {

    private static final Pattern CODE_PARCOURSUP = Pattern.compile("P([0-9]{2})[0-9]{7}");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private Campagne() {
    }

    public static int de(String codOpiIntEpo, Instant recuLe) {
        Matcher code = CODE_PARCOURSUP.matcher(codOpiIntEpo);
        return code.matches() ? 2000 + Integer.parseInt(code.group(1)) : recuLe.atZone(PARIS).getYear();
    }

    public static boolean close(int campagne, LocalDate aujourdhui) {
        return aujourdhui.getYear() > campagne;
    }

    /** Midnight, Paris time, at the start of the day: what "before DATE" means. */
    public static Instant debutDuJour(LocalDate jour) {
        return jour.atStartOfDay(PARIS).toInstant();
    }

    public static LocalDate aujourdhui(java.time.Clock horloge) {
        return LocalDate.ofInstant(horloge.instant(), PARIS);
    }
}
