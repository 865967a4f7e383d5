package fr.opiconnector.securite;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The growing wait between login attempts from one source address: the first {@link #LIBRES} are free, then each
 * attempt must wait 1 s, 2 s, 4 s … up to {@link #ATTENTE_MAX} after the previous one. An attempt is counted when it
 * is let through, before its verdict, so that parallel attempts get no more; a successful login clears its address,
 * and an address quiet for {@link #OUBLI} starts again. In memory, per process: each replica counts its own.
 */
public final class AttemptsPerAddress {

    public static final int LIBRES = 3;
    public static final Duration ATTENTE_MAX = Duration.ofMinutes(10);
    public static final Duration OUBLI = Duration.ofHours(1);
    static final int ADRESSES_MAX = 50_000;
    private static final Logger LOG = LoggerFactory.getLogger(AttemptsPerAddress.class);

    private record Etat(int tentatives, Instant derniere, Instant prochaine) {
    }

    private final Map<String, Etat> parAdresse = new ConcurrentHashMap<>();

    /**
     * Lets an attempt from that address through (and counts it): {@link Duration#ZERO}; or the wait before the next one
     * may be made, and this one is refused without being counted.
     */
    public Duration admettre(String adresse, Instant maintenant) {
        if (parAdresse.size() >= ADRESSES_MAX && !parAdresse.containsKey(adresse)) {
            oublierLesAnciennes(maintenant);
        }
        Duration[] attente = {Duration.ZERO};
        parAdresse.compute(adresse, (cle, etat) -> {
            if (etat != null && maintenant.isBefore(etat.prochaine())) {
                attente[0] = Duration.between(maintenant, etat.prochaine());
                return etat;
            }
            int tentatives = etat == null ? 1 : enSuite(etat.tentatives(), etat.derniere(), maintenant);
            return new Etat(tentatives, maintenant, maintenant.plus(attenteApres(tentatives)));
        });
        return attente[0];
    }

    /** A successful login from that address: its count starts again. */
    public void reussite(String adresse) {
        parAdresse.remove(adresse);
    }

    /** The attempts in a row once this one is counted: one more, or 1 again after {@link #OUBLI} of quiet. */
    static int enSuite(int precedentes, Instant derniere, Instant maintenant) {
        return derniere == null || !maintenant.isBefore(derniere.plus(OUBLI)) ? 1 : precedentes + 1;
    }

    /** The wait imposed after that many attempts in a row. */
    static Duration attenteApres(int tentatives) {
        if (tentatives <= LIBRES) {
            return Duration.ZERO;
        }
        int doublements = Math.min(tentatives - LIBRES - 1, 30);
        Duration attente = Duration.ofSeconds(1L << doublements);
        return attente.compareTo(ATTENTE_MAX) > 0 ? ATTENTE_MAX : attente;
    }

    private void oublierLesAnciennes(Instant maintenant) {
        parAdresse.values().removeIf(etat -> !maintenant.isBefore(etat.derniere().plus(OUBLI)));
        if (parAdresse.size() >= ADRESSES_MAX) {
            // Memory stays bounded; the accounts' own locks still hold while the counts start again.
            LOG.warn("Login attempts from more than {} addresses within an hour: the per-address waits start again",
                    ADRESSES_MAX);
            parAdresse.clear();
        }
    }
}
