package fr.opiconnector.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.securite.AttemptsPerAddress;
import fr.opiconnector.securite.Profil;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.MariaDbDEssai;
import fr.opiconnector.support.SessionAdminDEssai;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two replicas on one MariaDB behind a load balancer that alternates: the admin session opened on one serves the
 * requests sent to the other — a search, an action with the session's CSRF token, the logout.
 */
class SessionsPartageesIT {

    @Test
    void a_session_opened_on_one_replica_serves_a_search_an_action_and_the_logout_on_the_other() throws Exception {
        try (MariaDbDEssai base = MariaDbDEssai.nouvelleBase();
                ConnecteurDEssai a = ConnecteurDEssai.demarrer(base.url());
                ConnecteurDEssai b = ConnecteurDEssai.demarrer(base.url())) {
            assertTrue(a.poster("apogee-client-v10-full.xml").reponseVide());
            SessionAdminDEssai gestionnaire = SessionAdminDEssai.connecter(a, "gest1", EnumSet.of(Profil.GESTIONNAIRE));

            HttpResponse<String> recherche = gestionnaire.get(b, "/admin/dossier?code=P260000042");
            HttpResponse<String> action = gestionnaire.post(a, "/admin/laissez-passer", Map.of(
                    "csrf", SessionAdminDEssai.jeton(recherche.body()), "code", "P260000042", "codEtp", "LDR1",
                    "codVrsVet", "1", "action", "accorder", "motif", "Commission", "confirme", "1"));
            HttpResponse<String> tableau = gestionnaire.get(b, "/admin");
            HttpResponse<String> deconnexion = gestionnaire.post(b, "/admin/deconnexion",
                    Map.of("csrf", SessionAdminDEssai.jeton(tableau.body())));
            HttpResponse<String> apres = gestionnaire.get(a, "/admin");

            assertEquals(200, recherche.statusCode(), "the replica that did not open the session knows it");
            assertTrue(recherche.body().contains("LDR1/1"), recherche.body());
            assertEquals(200, action.statusCode(), action.body());
            assertTrue(action.body().contains("Laissez-passer accordé sur LDR1/1."), action.body());
            assertEquals(1, base.compter("SELECT COUNT(*) FROM laissez_passer WHERE auteur = 'gest1'"));
            assertEquals(200, tableau.statusCode());
            assertEquals(303, deconnexion.statusCode());
            assertEquals(303, apres.statusCode(), "logged out on every replica");
            assertEquals("/admin/connexion", apres.headers().firstValue("Location").orElse(""));
        }
    }

    @Test
    void failed_login_attempts_from_one_address_count_on_every_replica() throws Exception {
        try (MariaDbDEssai base = MariaDbDEssai.nouvelleBase();
                ConnecteurDEssai a = ConnecteurDEssai.demarrer(base.url());
                ConnecteurDEssai b = ConnecteurDEssai.demarrer(base.url())) {
            for (int i = 0; i < AttemptsPerAddress.LIBRES + 1; i++) {
                assertEquals(401, SessionAdminDEssai.essayerDeSeConnecter(a, "inconnu", "mauvais-mot-de-passe").statusCode());
            }

            HttpResponse<String> surLAutre = SessionAdminDEssai.essayerDeSeConnecter(b, "inconnu", "mauvais-mot-de-passe");

            assertEquals(429, surLAutre.statusCode(), "the other replica knows the address already tried "
                    + (AttemptsPerAddress.LIBRES + 1) + " times: " + surLAutre.body());
            assertTrue(surLAutre.headers().firstValue("Retry-After").isPresent());
        }
    }
}
