package fr.opiconnector.web.admin;

import fr.opiconnector.securite.Profil;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The admin sessions, in memory: a random id (the cookie) → who, with which profiles, the generation of the account
 * when it logged in (checked against the database on every request, see AdminHandler), the session's CSRF token, and
 * its end (30 minutes after the last request). A restart logs everyone out; with several replicas, route a browser
 * to the same one (sticky sessions).
 */
public final class AdminSessions {

    static final Duration INACTIVITE = Duration.ofMinutes(30);
    private static final SecureRandom HASARD = new SecureRandom();

    private final Map<String, SessionAdmin> sessions = new ConcurrentHashMap<>();
    private final Clock horloge;

    public AdminSessions(Clock horloge) {
        this.horloge = horloge;
    }

    /** One logged-in person. */
    public record SessionAdmin(String id, String login, Set<Profil> profils, int generation, String jetonCsrf,
            Instant finLe) {
    }

    SessionAdmin ouvrir(String login, Set<Profil> profils, int generation) {
        SessionAdmin session = new SessionAdmin(aleatoire(), login, Set.copyOf(profils), generation, aleatoire(),
                horloge.instant().plus(INACTIVITE));
        sessions.put(session.id(), session);
        return session;
    }

    /** The live session of that id, its end pushed back; empty when unknown or expired (then forgotten). */
    Optional<SessionAdmin> trouver(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant maintenant = horloge.instant();
        SessionAdmin session = sessions.computeIfPresent(id, (cle, s) -> s.finLe().isAfter(maintenant)
                ? new SessionAdmin(s.id(), s.login(), s.profils(), s.generation(), s.jetonCsrf(),
                        maintenant.plus(INACTIVITE)) : null);
        return Optional.ofNullable(session);
    }

    void fermer(String id) {
        sessions.remove(id);
    }

    private static String aleatoire() {
        byte[] octets = new byte[32];
        HASARD.nextBytes(octets);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
    }
}
