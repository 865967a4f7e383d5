package fr.opiconnector.web.admin;

import fr.opiconnector.securite.Profil;
import fr.opiconnector.securite.SessionOuverte;
import fr.opiconnector.securite.SessionRepository;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * The admin sessions, in the database, so that every replica serves every request and a restart logs nobody out: a
 * random id (the cookie) → who, with which profiles, the generation of the account when it logged in (checked
 * against the database on every request, see AdminHandler), the session's CSRF token, and its end (30 minutes after
 * the last request). The database keeps the SHA-256 of the id, never the id itself.
 */
public final class AdminSessions {

    static final Duration INACTIVITE = Duration.ofMinutes(30);
    private static final SecureRandom HASARD = new SecureRandom();

    private final EntityManagerFactory emf;
    private final Clock horloge;

    public AdminSessions(EntityManagerFactory emf, Clock horloge) {
        this.emf = emf;
        this.horloge = horloge;
    }

    /** One logged-in person. */
    public record SessionAdmin(String id, String login, Set<Profil> profils, int generation, String jetonCsrf,
            Instant finLe) {
    }

    SessionAdmin ouvrir(String login, Set<Profil> profils, int generation) {
        Instant maintenant = horloge.instant();
        SessionAdmin session = new SessionAdmin(aleatoire(), login, Set.copyOf(profils), generation, aleatoire(),
                maintenant.plus(INACTIVITE));
        emf.runInTransaction(em -> {
            SessionRepository sessions = new SessionRepository(em);
            sessions.purgerExpirees(maintenant);
            sessions.ajouter(new SessionOuverte(cle(session.id()), login, session.profils(), generation,
                    session.jetonCsrf(), session.finLe()));
        });
        return session;
    }

    /** The live session of that id, its end pushed back; empty when unknown or expired (then forgotten). */
    Optional<SessionAdmin> trouver(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant maintenant = horloge.instant();
        String cle = cle(id);
        return emf.callInTransaction(em -> {
            SessionRepository sessions = new SessionRepository(em);
            Optional<SessionOuverte> trouvee = sessions.trouver(cle);
            if (trouvee.isEmpty()) {
                return Optional.empty();
            }
            SessionOuverte s = trouvee.get();
            if (!s.finLe().isAfter(maintenant)) {
                sessions.supprimer(cle);
                return Optional.empty();
            }
            s.prolonger(maintenant.plus(INACTIVITE));
            return Optional.of(new SessionAdmin(id, s.login(), s.profils(), s.generation(), s.jetonCsrf(), s.finLe()));
        });
    }

    void fermer(String id) {
        emf.runInTransaction(em -> new SessionRepository(em).supprimer(cle(id)));
    }

    private static String cle(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String aleatoire() {
        byte[] octets = new byte[32];
        HASARD.nextBytes(octets);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
    }
}
