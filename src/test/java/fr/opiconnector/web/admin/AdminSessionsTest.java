package fr.opiconnector.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.securite.Profil;
import fr.opiconnector.support.BaseEnMemoire;
import fr.opiconnector.support.HorlogeReglable;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Admin sessions in the database: random ids and CSRF tokens, 30 minutes of inactivity, logout. */
class AdminSessionsTest {

    private final BaseEnMemoire base = new BaseEnMemoire();
    private final HorlogeReglable horloge = base.horloge();
    private final AdminSessions sessions = new AdminSessions(base.emf(), horloge);

    @AfterEach
    void fermer() {
        base.close();
    }

    @Test
    void the_database_keeps_a_hash_of_the_session_id_never_the_id() {
        AdminSessions.SessionAdmin session = sessions.ouvrir("anne", Set.of(Profil.GESTIONNAIRE), 0);

        assertEquals(1, base.compter("select count(s) from SessionOuverte s"));
        assertEquals(0, base.compter("select count(s) from SessionOuverte s where s.cle = '" + session.id() + "'"));
    }

    @Test
    void a_session_has_its_own_random_id_and_csrf_token() {
        AdminSessions.SessionAdmin une = sessions.ouvrir("anne", Set.of(Profil.GESTIONNAIRE), 0);
        AdminSessions.SessionAdmin autre = sessions.ouvrir("anne", Set.of(Profil.GESTIONNAIRE), 0);

        assertNotEquals(une.id(), autre.id());
        assertNotEquals(une.jetonCsrf(), autre.jetonCsrf());
        assertNotEquals(une.id(), une.jetonCsrf());
        assertTrue(une.id().length() >= 43, "256 random bits");
        assertEquals(Optional.empty(), sessions.trouver("inconnue"));
        assertEquals(Optional.empty(), sessions.trouver(null));
    }

    @Test
    void activity_keeps_a_session_alive_and_30_idle_minutes_end_it() {
        AdminSessions.SessionAdmin session = sessions.ouvrir("anne", Set.of(Profil.TECHNIQUE), 0);

        horloge.avancer(Duration.ofMinutes(29));
        boolean apres29 = sessions.trouver(session.id()).isPresent();
        horloge.avancer(Duration.ofMinutes(29));
        boolean encore29 = sessions.trouver(session.id()).isPresent();
        horloge.avancer(Duration.ofMinutes(30));

        assertTrue(apres29);
        assertTrue(encore29, "each request pushes the end back");
        assertEquals(Optional.empty(), sessions.trouver(session.id()), "30 idle minutes end it");
    }

    @Test
    void logout_ends_the_session_at_once() {
        AdminSessions.SessionAdmin session = sessions.ouvrir("anne", Set.of(Profil.ADMINISTRATEUR), 0);

        sessions.fermer(session.id());

        assertEquals(Optional.empty(), sessions.trouver(session.id()));
    }
}
