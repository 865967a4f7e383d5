package fr.opiconnector.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.securite.Profil;
import fr.opiconnector.securite.Totp;
import fr.opiconnector.securite.ComptesService;
import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.ComptesDEssai;
import fr.opiconnector.support.Commande;
import fr.opiconnector.support.ConnecteurDEssai;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin pages over HTTP: no data without a session, login with password and TOTP code, the dashboard, CSRF on
 * every form, 403 outside one's profile, logout.
 */
class AdminIT extends AvecConnecteur {

    private static final String MOT_DE_PASSE = "une-longue-phrase-secrète";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @Test
    void without_a_session_admin_pages_redirect_to_the_login_and_show_nothing() throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        for (String page : new String[] {"/admin", "/admin/inconnue", "/admin/tester-connecteur"}) {
            HttpResponse<String> reponse = navigateur().send(HttpRequest.newBuilder(url(page)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(303, reponse.statusCode(), page);
            assertEquals("/admin/connexion", URI.create(reponse.headers().firstValue("Location").orElseThrow()).getPath());
            assertFalse(reponse.body().contains("P260000042"), page + ": " + reponse.body());
        }
    }

    @Test
    void a_technicien_logs_in_with_password_and_code_sees_the_dashboard_runs_the_test_and_logs_out() throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        base.executerDansLaBase("INSERT INTO journal (recu_le, operation, resultat, cle_faute, duree_ms, adresse_appelant, "
                + "nombre) VALUES (NOW(6), 'OpiMetier (accès)', 'refused', 'technical.security.invaliduser.user', 0, "
                + "'192.0.2.7', 150)");
        ComptesDEssai.CompteActif compte = ComptesDEssai.actif(connecteur.application().database().emf(), Clock.systemUTC(), "tech1",
                EnumSet.of(Profil.GESTIONNAIRE, Profil.TECHNIQUE));
        HttpClient navigateur = navigateur();

        HttpResponse<String> mauvaisCode = connexion(navigateur, "tech1", MOT_DE_PASSE, "000000");
        HttpResponse<String> connecte = connexion(navigateur, "tech1", MOT_DE_PASSE,
                Totp.code(compte.secretTotp(), Instant.now()));
        String cookie = connecte.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("opi_session="))
                .findFirst().orElseThrow();
        HttpResponse<String> tableau = get(navigateur, "/admin");
        String jeton = champ(tableau.body());
        HttpResponse<String> sansJeton = post(navigateur, "/admin/tester-connecteur", Map.of());
        HttpResponse<String> test = post(navigateur, "/admin/tester-connecteur", Map.of("csrf", jeton));
        HttpResponse<String> deconnexion = post(navigateur, "/admin/deconnexion", Map.of("csrf", jeton));
        HttpResponse<String> apres = get(navigateur, "/admin");

        assertEquals(401, mauvaisCode.statusCode());
        assertTrue(mauvaisCode.body().contains("Identifiant, mot de passe ou code invalide."), mauvaisCode.body());
        assertEquals(303, connecte.statusCode(), connecte.body());
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        assertEquals(200, tableau.statusCode());
        assertTrue(tableau.body().contains("<h1>Tableau de bord</h1>"), tableau.body());
        assertTrue(tableau.body().contains("<svg id=\"decisions\""), "the chart of wishes by decision");
        assertTrue(tableau.body().contains("<td>P260000042</td>"), "the journal shows OPI codes");
        assertTrue(tableau.body().contains("<th scope=\"col\">Nombre</th>") && tableau.body().contains("<td>150</td>"),
                "a row of refusals before authentication shows its count");
        assertFalse(tableau.body().contains("LEFÈVRE") || tableau.body().contains("1234567890A"), "but no personal data");
        assertEquals(403, sansJeton.statusCode(), "a form without the session's CSRF token is refused");
        assertEquals(303, test.statusCode());
        assertEquals(1, base.compter("SELECT COUNT(*) FROM handshake WHERE origine = 'admin:tech1'"));
        assertEquals(303, deconnexion.statusCode());
        assertEquals(303, apres.statusCode(), "logged out");
        // The failed attempt is audited with the others of its address and 5-minute period, once that period is over.
        assertEquals(java.util.List.of("DECONNEXION", "CONNEXION", "COMPTE_ACTIVE", "COMPTE_CREE"),
                base.lignes("SELECT evenement FROM audit WHERE login = 'tech1' ORDER BY id DESC"));
    }

    @Test
    void each_profile_lands_on_its_own_home_page_and_the_administrator_never_meets_a_refusal() throws Exception {
        ComptesDEssai.CompteActif compte = ComptesDEssai.actif(connecteur.application().database().emf(), Clock.systemUTC(), "admin1",
                EnumSet.of(Profil.ADMINISTRATEUR));
        HttpClient navigateur = navigateur();

        HttpResponse<String> apresConnexion = connexion(navigateur, "admin1", MOT_DE_PASSE,
                Totp.code(compte.secretTotp(), Instant.now()));
        HttpResponse<String> accueil = get(navigateur, "/admin");
        HttpResponse<String> comptes = get(navigateur, "/admin/comptes");

        assertEquals(303, apresConnexion.statusCode());
        assertEquals("/admin/comptes", apresConnexion.headers().firstValue("Location").orElse(""));
        assertEquals(303, accueil.statusCode(), "the dashboard is not theirs: /admin takes them home");
        assertEquals("/admin/comptes", accueil.headers().firstValue("Location").orElse(""));
        assertEquals(200, comptes.statusCode());
        assertFalse(comptes.body().contains("Journal récent"));
    }

    @Test
    void an_ended_session_takes_the_browser_to_the_login_page_with_a_french_message() throws Exception {
        HttpClient gestionnaire = connecte("gest9", EnumSet.of(Profil.GESTIONNAIRE));
        base.executerDansLaBase("DELETE FROM session_admin");

        HttpResponse<String> page = get(gestionnaire, "/admin/ias-a-annuler");
        HttpResponse<String> connexion = get(gestionnaire, page.headers().firstValue("Location").orElse(""));
        HttpResponse<String> sansSession = get(navigateur(), "/admin");

        assertEquals(303, page.statusCode());
        assertEquals("/admin/connexion?fin=1", page.headers().firstValue("Location").orElse(""));
        assertTrue(connexion.body().contains("Votre session a pris fin"), connexion.body());
        assertEquals("/admin/connexion", sansSession.headers().firstValue("Location").orElse(""),
                "a browser that had no session is not told one ended");
    }

    @Test
    void dates_times_outcomes_events_and_decisions_read_in_french_with_their_codes_as_tooltips() throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        HttpClient gestionnaire = connecte("gest8", EnumSet.of(Profil.GESTIONNAIRE));

        String dossier = get(gestionnaire, "/admin/dossier?code=P260000042").body();
        String tableau = get(gestionnaire, "/admin").body();

        assertTrue(dossier.contains("<th scope=\"row\">Né(e) le</th><td>14/07/2008</td>"), dossier);
        assertTrue(dossier.contains("<span title=\"F\">Oui</span>"), dossier);
        assertTrue(dossier.contains("<span title=\"VOEU_AJOUTE\">vœu ajouté</span>"), dossier);
        assertTrue(dossier.matches("(?s).*<time datetime=\"[0-9T:.Z-]+\">[0-9]{2}/[0-9]{2}/[0-9]{4} [0-9]{2}:[0-9]{2}</time>.*"),
                dossier);
        assertTrue(tableau.contains("<span title=\"created\">créée</span>"), tableau);
    }

    @Test
    void the_search_box_on_every_page_finds_a_student_by_name_and_says_when_nothing_matches() throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        HttpClient gestionnaire = connecte("gest7", EnumSet.of(Profil.GESTIONNAIRE));
        HttpClient technicien = connecte("tech7", EnumSet.of(Profil.TECHNIQUE));

        String parNom = get(gestionnaire, "/admin/recherche?q=lefevre").body();
        String vide = get(gestionnaire, "/admin/recherche?q=").body();
        String rien = get(gestionnaire, "/admin/recherche?q=zzzz").body();
        String pageDuTechnicien = get(technicien, "/admin").body();

        assertTrue(parNom.contains("<a href=\"/admin/dossier?code=P260000042\">P260000042</a>"), parNom);
        assertTrue(parNom.contains("<td>14/07/2008</td>"), parNom);
        assertTrue(vide.contains("Saisissez un code OPI, un INE, un numéro d'étudiant"), vide);
        assertTrue(rien.contains("Aucun dossier ne correspond à « zzzz »."), rien);
        assertTrue(get(gestionnaire, "/admin/ias-a-annuler").body().contains("action=\"/admin/recherche\""),
                "the search box is on every page of a registrar");
        assertFalse(pageDuTechnicien.contains("action=\"/admin/recherche\""), "not for a profile without dossiers");
    }

    @Test
    void a_registrar_cancels_an_ia_from_the_list_of_those_to_cancel_with_a_motif() throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        HttpClient gestionnaire = connecte("gest6", EnumSet.of(Profil.GESTIONNAIRE));
        String jeton = champ(get(gestionnaire, "/admin/dossier?code=P260000042").body());
        post(gestionnaire, "/admin/inscription", Map.of("csrf", jeton, "code", "P260000042", "codEtp", "LDR1",
                "codVrsVet", "1", "etat", "1", "datePaiement", "15072026", "confirme", "1"));
        assertTrue(connecteur.poster("v10-f-vers-d.xml").reponseVide());

        String liste = get(gestionnaire, "/admin/ias-a-annuler").body();
        HttpResponse<String> annulee = post(gestionnaire, "/admin/ias-a-annuler", Map.of("csrf", champ(liste),
                "code", "P260000042", "codEtp", "LDR1", "codVrsVet", "1", "motif", "Désistement confirmé", "confirme", "1"));

        assertTrue(liste.contains("1 IA à annuler.") && liste.contains(">Annuler l'IA</button>"), liste);
        assertEquals(200, annulee.statusCode());
        assertTrue(annulee.body().contains("IA de P260000042 sur LDR1/1 annulée."), annulee.body());
        assertTrue(annulee.body().contains("0 IA à annuler."), annulee.body());
        assertEquals(List.of("3 gest6 : Désistement confirmé"),
                base.lignes("SELECT CONCAT(etat_inscription, ' ', motif_annulation) FROM inscription"));
    }

    @Test
    void each_dossier_action_asks_for_a_confirmation_first_and_an_ia_is_cancelled_from_the_dossier() throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        HttpClient gestionnaire = connecte("gest7", EnumSet.of(Profil.GESTIONNAIRE));
        String jeton = champ(get(gestionnaire, "/admin/dossier?code=P260000042").body());
        Map<String, String> ia = Map.of("csrf", jeton, "code", "P260000042", "codEtp", "LDR1", "codVrsVet", "1",
                "etat", "1", "datePaiement", "15072026");

        String question = post(gestionnaire, "/admin/inscription", ia).body();
        long avant = base.compter("SELECT COUNT(*) FROM inscription");
        Map<String, String> confirmee = new java.util.HashMap<>(ia);
        confirmee.put("confirme", "1");
        String enregistree = post(gestionnaire, "/admin/inscription", confirmee).body();
        String annulation = post(gestionnaire, "/admin/inscription/annuler", Map.of("csrf", jeton, "code", "P260000042",
                "codEtp", "LDR1", "codVrsVet", "1", "motif", "Erreur de saisie")).body();
        String annulee = post(gestionnaire, "/admin/inscription/annuler", Map.of("csrf", jeton, "code", "P260000042",
                "codEtp", "LDR1", "codVrsVet", "1", "motif", "Erreur de saisie", "confirme", "1")).body();

        assertTrue(question.contains("<p id=\"question\">Enregistrer une IA (état 1) payée le 15/07/2026 sur LDR1/1 pour le "
                + "dossier P260000042 ?</p>") && question.contains("name=\"confirme\" value=\"1\""), question);
        assertEquals(0, avant, "nothing recorded before the confirmation");
        assertTrue(enregistree.contains("IA enregistrée sur LDR1/1.") && enregistree.contains(">Annuler l'IA</button>"),
                enregistree);
        assertTrue(annulation.contains("Annuler l'IA du dossier P260000042 sur LDR1/1 (motif : Erreur de saisie) ?"),
                annulation);
        assertTrue(annulee.contains("IA de P260000042 sur LDR1/1 annulée."), annulee);
        assertEquals(List.of("3 gest7 : Erreur de saisie"),
                base.lignes("SELECT CONCAT(etat_inscription, ' ', motif_annulation) FROM inscription"));
    }

    @Test
    void the_ias_to_cancel_are_filtered_by_reason_and_exported_as_csv() throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        HttpClient gestionnaire = connecte("gest8", EnumSet.of(Profil.GESTIONNAIRE));
        String jeton = champ(get(gestionnaire, "/admin/dossier?code=P260000042").body());
        post(gestionnaire, "/admin/inscription", Map.of("csrf", jeton, "code", "P260000042", "codEtp", "LDR1",
                "codVrsVet", "1", "etat", "1", "datePaiement", "15072026", "confirme", "1"));
        assertTrue(connecteur.poster("v10-f-vers-d.xml").reponseVide());

        String defavorables = get(gestionnaire, "/admin/ias-a-annuler?raison=DEFAVORABLE").body();
        String retires = get(gestionnaire, "/admin/ias-a-annuler?raison=RETIRE").body();
        HttpResponse<String> csv = get(gestionnaire, "/admin/ias-a-annuler.csv?raison=DEFAVORABLE");

        assertTrue(defavorables.contains("1 IA à annuler.") && defavorables.contains("P260000042"), defavorables);
        assertTrue(retires.contains("0 IA à annuler."), retires);
        assertEquals("text/csv; charset=utf-8", csv.headers().firstValue("Content-Type").orElse(""));
        List<String> lignes = csv.body().lines().toList();
        assertEquals(2, lignes.size(), csv.body());
        assertTrue(lignes.get(1).startsWith("P260000042;LDR1/1;LDR1/1;1;2026-07-15;DEFAVORABLE;"), lignes.get(1));
    }

    @Test
    void the_dashboard_shows_the_decisions_taken_day_by_day() throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        assertTrue(connecteur.poster("v10-f-vers-d.xml").reponseVide());
        HttpClient technicien = connecte("tech9", EnumSet.of(Profil.TECHNIQUE));
        List<String> decisions = base.lignes("SELECT cod_dec_veu FROM voeu ORDER BY id");
        long oui = decisions.stream().filter("F"::equals).count() + 1;
        long ouiSi = decisions.stream().filter("S"::equals).count();

        String tableau = get(technicien, "/admin").body();

        String jour = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertTrue(tableau.contains("<tr><td>" + jour + "</td><td>" + oui + "</td><td>" + ouiSi + "</td><td>1</td><td>0</td></tr>"),
                "each wish counted with the decision it came with, the change to D once: " + decisions + "\n" + tableau);
        assertTrue(tableau.contains("<svg id=\"decisions-par-jour\" role=\"img\""), tableau);
        assertTrue(tableau.contains("<p id=\"ias-a-annuler\">0 IA à annuler à la main"), tableau);
    }

    @Test
    void a_stale_form_an_unreadable_address_and_an_unknown_page_are_answered_in_french_on_a_page() throws Exception {
        HttpClient gestionnaire = connecte("gest10", EnumSet.of(Profil.GESTIONNAIRE));

        HttpResponse<String> perime = post(gestionnaire, "/admin/laissez-passer", Map.of("csrf", "jeton-d-une-autre-session",
                "code", "P260000042"));
        HttpResponse<String> illisible = gestionnaire.send(HttpRequest.newBuilder(url("/admin/laissez-passer"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=x&code=%zz")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> inconnue = get(gestionnaire, "/admin/nulle-part");
        HttpResponse<String> methode = get(gestionnaire, "/admin/inscription");

        assertEquals(403, perime.statusCode());
        assertTrue(perime.body().contains("Ce formulaire a expiré") && perime.body().contains("rechargez la page"),
                perime.body());
        assertEquals(400, illisible.statusCode());
        assertTrue(illisible.body().contains("<h1>Requête illisible</h1>"), illisible.body());
        assertEquals(404, inconnue.statusCode());
        assertTrue(inconnue.body().contains("Cette page n'existe pas"), inconnue.body());
        assertEquals(405, methode.statusCode());
        assertTrue(methode.body().contains("Cette adresse reçoit un formulaire"), methode.body());
        URI adresse = url("/");
        String malFormee;
        try (java.net.Socket socket = new java.net.Socket(adresse.getHost(), adresse.getPort())) {
            socket.getOutputStream().write(("GET /admin/%zz HTTP/1.1\r\nHost: " + adresse.getHost() + "\r\nConnection: close"
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            malFormee = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        HttpResponse<String> horsConsole = get(gestionnaire, "/nulle-part");
        assertTrue(malFormee.startsWith("HTTP/1.1 400") && malFormee.contains("<h1>Requête illisible</h1>")
                && !malFormee.contains("Jetty"), "the server's own refusal, in French, without its name: " + malFormee);
        assertEquals(404, horsConsole.statusCode());
        assertTrue(horsConsole.body().contains("<h1>Page inconnue</h1>") && !horsConsole.body().contains("Jetty"),
                horsConsole.body());
        for (HttpResponse<String> page : List.of(perime, illisible, inconnue, methode)) {
            assertTrue(page.body().startsWith("<!DOCTYPE html>") && page.body().contains("lang=\"fr\""), page.body());
            assertFalse(page.body().contains("Exception") || page.body().contains("Jetty"), page.body());
        }
    }

    @Test
    void a_technicien_replays_one_failed_remontee_and_leaves_the_others() throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        base.executerDansLaBase("INSERT INTO inscription (individu_id, voeu_id, cod_etp, cod_vrs_vet, etat_inscription, "
                + "date_paiement, cree_le, modifie_le, version) SELECT v.individu_id, v.id, v.cod_etp, v.cod_vrs_vet, 1, "
                + "'2026-07-10', NOW(6), NOW(6), 0 FROM voeu v WHERE v.cod_etp = 'LDR1'");
        for (int i = 0; i < 2; i++) {
            base.executerDansLaBase("INSERT INTO remontee (inscription_id, individu_id, cod_opi_int_epo, evenement, "
                    + "etat_inscription, cree_le, statut, tentatives, dernier_message) SELECT i.id, i.individu_id, "
                    + "'P260000042', 'INSCRIPTION', 1, NOW(6), 'ECHEC', 6, 'NOK : refusée' FROM inscription i");
        }
        String premiere = base.lignes("SELECT MIN(id) FROM remontee").get(0);
        HttpClient technicien = connecte("tech6", EnumSet.of(Profil.TECHNIQUE));
        String tableau = get(technicien, "/admin").body();

        HttpResponse<String> rejeu = post(technicien, "/admin/remontees/rejouer", Map.of("csrf", champ(tableau),
                "id", premiere));

        assertTrue(tableau.contains(">Rejouer la n° " + premiere + "</button>"), tableau);
        assertEquals(303, rejeu.statusCode());
        assertEquals(List.of(premiere + " EN_ATTENTE"), base.lignes(
                "SELECT CONCAT(id, ' ', statut) FROM remontee WHERE statut = 'EN_ATTENTE'"));
        assertEquals(1, base.compter("SELECT COUNT(*) FROM remontee WHERE statut = 'ECHEC'"));
    }

    @Test
    void a_technicien_downloads_the_pegase_export_as_a_zip_and_the_download_is_audited() throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        HttpClient technicien = connecte("tech5", EnumSet.of(Profil.TECHNIQUE));
        HttpClient gestionnaire = connecte("gest5", EnumSet.of(Profil.GESTIONNAIRE));
        String tableau = get(technicien, "/admin").body();

        HttpResponse<byte[]> zip = technicien.send(HttpRequest.newBuilder(url("/admin/exports/pegase"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + URLEncoder.encode(champ(tableau), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<String> refuse = post(gestionnaire, "/admin/exports/pegase",
                Map.of("csrf", champ(get(gestionnaire, "/admin").body())));

        assertEquals(200, zip.statusCode());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
        List<String> fichiers = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream entrees = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(zip.body()))) {
            for (java.util.zip.ZipEntry entree = entrees.getNextEntry(); entree != null; entree = entrees.getNextEntry()) {
                fichiers.add(entree.getName());
            }
        }
        assertTrue(fichiers.containsAll(List.of("candidat.csv", "candidature.csv", "inscription.csv")), fichiers.toString());
        assertEquals(403, refuse.statusCode());
        assertEquals(1, base.compter("SELECT COUNT(*) FROM audit WHERE login = 'tech5' AND evenement = 'EXPORT'"));
    }

    @Test
    void the_journal_list_filters_pages_exports_csv_and_says_when_a_date_cannot_be_read() throws Exception {
        for (int i = 0; i < 54; i++) {
            assertTrue(connecteur.poster("v10-minimal.xml").reponseVide());
        }
        connecteur.poster("v10-decision-X.xml");
        HttpClient technicien = connecte("tech4", EnumSet.of(Profil.TECHNIQUE));

        String refusees = get(technicien, "/admin/journal?resultat=refused&operation=mettreajourDonneesOpi_v10").body();
        String page1 = get(technicien, "/admin/journal?operation=mettreajourDonneesOpi_v10").body();
        String page2 = get(technicien, "/admin/journal?operation=mettreajourDonneesOpi_v10&page=2").body();
        String dateIllisible = get(technicien, "/admin/journal?du=31-12-2026").body();
        HttpResponse<String> csv = get(technicien, "/admin/journal.csv?resultat=unchanged");

        assertTrue(refusees.contains("<p id=\"total\">1 ligne"), refusees);
        assertTrue(refusees.contains("refusée : donnée invalide (codDecVeu)"), refusees);
        assertTrue(page1.contains("<p id=\"total\">55 lignes") && page1.contains("Page suivante"), page1);
        assertEquals(50, page1.split("<tr><td>", -1).length - 1);
        assertEquals(5, page2.split("<tr><td>", -1).length - 1);
        assertTrue(page2.contains("Page précédente") && !page2.contains("Page suivante"), page2);
        assertTrue(dateIllisible.contains("Date invalide « 31-12-2026 » : saisissez JJ/MM/AAAA."), dateIllisible);
        assertEquals("text/csv; charset=utf-8", csv.headers().firstValue("Content-Type").orElse(""));
        List<String> lignes = csv.body().lines().toList();
        assertEquals("recu_le;operation;cod_opi_int_epo;resultat;cle_faute;adresse_appelant;duree_ms;nombre", lignes.get(0));
        assertEquals(54, lignes.size(), "53 unchanged calls after the first, and the header");
    }

    @Test
    void the_dashboard_shows_the_campaign_day_by_day_as_charts_with_their_figures() throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        assertTrue(connecteur.poster("v10-minimal.xml").reponseVide());
        HttpClient gestionnaire = connecte("gest4", EnumSet.of(Profil.GESTIONNAIRE));
        java.time.LocalDate aujourdhui = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        String jeton = champ(get(gestionnaire, "/admin/dossier?code=P260000042").body());
        post(gestionnaire, "/admin/inscription", Map.of("csrf", jeton, "code", "P260000042", "codEtp", "LDR1",
                "codVrsVet", "1", "etat", "1", "datePaiement",
                aujourdhui.format(java.time.format.DateTimeFormatter.ofPattern("ddMMyyyy")), "confirme", "1"));

        String tableau = get(gestionnaire, "/admin").body();

        String jour = aujourdhui.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertTrue(tableau.contains("<svg id=\"opi-par-jour\" role=\"img\" aria-label=\"OPI reçues : 2 en 30 jours, au plus 2 le "
                + jour + "\""), tableau);
        assertTrue(tableau.contains("IA payées : 1 en 30 jours"), tableau);
        assertTrue(tableau.contains("<tr><td>" + jour + "</td><td>2</td><td>1</td><td>0</td><td>0</td></tr>"), tableau);
    }

    @Test
    void the_remontees_list_filters_by_state_replays_a_row_and_exports_csv() throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        base.executerDansLaBase("INSERT INTO inscription (individu_id, voeu_id, cod_etp, cod_vrs_vet, etat_inscription, "
                + "date_paiement, cree_le, modifie_le, version) SELECT v.individu_id, v.id, v.cod_etp, v.cod_vrs_vet, 1, "
                + "'2026-07-10', NOW(6), NOW(6), 0 FROM voeu v WHERE v.cod_etp = 'LDR1'");
        for (String statut : List.of("ECHEC", "ECHEC", "ENVOYEE")) {
            base.executerDansLaBase("INSERT INTO remontee (inscription_id, individu_id, cod_opi_int_epo, evenement, "
                    + "etat_inscription, cree_le, statut, tentatives, dernier_message) SELECT i.id, i.individu_id, "
                    + "'P260000042', 'INSCRIPTION', 1, NOW(6), '" + statut + "', 1, 'NOK ; refusée' FROM inscription i");
        }
        HttpClient technicien = connecte("tech3", EnumSet.of(Profil.TECHNIQUE));

        String echecs = get(technicien, "/admin/remontees?statut=ECHEC").body();
        String inconnu = get(technicien, "/admin/remontees?statut=FOO").body();
        HttpResponse<String> csv = get(technicien, "/admin/remontees.csv?statut=ECHEC");
        String premiere = base.lignes("SELECT MIN(id) FROM remontee").get(0);
        HttpResponse<String> rejeu = post(technicien, "/admin/remontees/rejouer", Map.of("csrf", champ(echecs),
                "id", premiere, "retour", "/admin/remontees"));

        assertTrue(echecs.contains("<p id=\"total\">2 lignes") && echecs.contains(">en échec</span>"), echecs);
        assertTrue(echecs.contains(">Rejouer la n° " + premiere + "</button>"), echecs);
        assertTrue(inconnu.contains("État inconnu « FOO » : en attente, envoyée ou en échec."), inconnu);
        assertEquals(3, csv.body().lines().count(), csv.body());
        assertTrue(csv.body().lines().skip(1).allMatch(l -> l.endsWith(";NOK   refusée")), csv.body());
        assertEquals("/admin/remontees", rejeu.headers().firstValue("Location").orElse(""));
        assertEquals(1, base.compter("SELECT COUNT(*) FROM remontee WHERE statut = 'EN_ATTENTE'"));
    }

    @Test
    void a_gestionnaire_finds_a_dossier_grants_a_laissez_passer_and_lists_the_ias_to_cancel() throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        HttpClient gestionnaire = connecte("gest1", EnumSet.of(Profil.GESTIONNAIRE));
        HttpClient technicien = connecte("tech2", EnumSet.of(Profil.TECHNIQUE));

        HttpResponse<String> dossier = get(gestionnaire, "/admin/dossier?code=P260000042");
        HttpResponse<String> accorde = post(gestionnaire, "/admin/laissez-passer", Map.of("csrf", champ(dossier.body()),
                "code", "P260000042", "codEtp", "LDR1", "codVrsVet", "1", "action", "accorder", "motif", "Commission", "confirme", "1"));
        HttpResponse<String> aAnnuler = get(gestionnaire, "/admin/ias-a-annuler");
        HttpResponse<String> refuse = get(technicien, "/admin/dossier?code=P260000042");

        assertEquals(200, dossier.statusCode());
        assertTrue(dossier.body().contains("<table id=\"voeux\">") && dossier.body().contains("LDR1/1"), dossier.body());
        assertTrue(dossier.body().contains("LEFÈVRE-D'ARC"), "the registrar sees the identity");
        assertEquals(200, accorde.statusCode());
        assertTrue(accorde.body().contains("Laissez-passer accordé sur LDR1/1."), accorde.body());
        assertEquals(1, base.compter("SELECT COUNT(*) FROM laissez_passer WHERE auteur = 'gest1' AND motif = 'Commission'"));
        assertEquals(200, aAnnuler.statusCode());
        assertTrue(aAnnuler.body().contains("0 IA à annuler."), aAnnuler.body());
        assertEquals(403, refuse.statusCode(), "technique sees no dossier");
        assertFalse(refuse.body().contains("LEFÈVRE"));
    }

    @Test
    void an_administrator_creates_an_account_and_gets_its_activation_link_but_no_secret_and_changes_rights_and_nobody_else_may()
            throws Exception {
        HttpClient administrateur = connecte("admin2", EnumSet.of(Profil.ADMINISTRATEUR));
        HttpClient gestionnaire = connecte("gest2", EnumSet.of(Profil.GESTIONNAIRE));

        HttpResponse<String> page = get(administrateur, "/admin/comptes");
        String jeton = champ(page.body());
        HttpResponse<String> cree = post(administrateur, "/admin/comptes", Map.of("csrf", jeton, "login", "nouveau",
                "nom", "Nina Nouveau", "email", "nouveau@univ.example", "profil-technique", "on"));
        HttpResponse<String> droits = post(administrateur, "/admin/comptes/profils", Map.of("csrf", jeton,
                "login", "nouveau", "profil-technique", "on", "profil-gestionnaire", "on"));
        HttpResponse<String> cumul = post(administrateur, "/admin/comptes/profils", Map.of("csrf", jeton,
                "login", "nouveau", "profil-technique", "on", "profil-administrateur", "on"));
        HttpResponse<String> refuse = get(gestionnaire, "/admin/comptes");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<th scope=\"row\">gest2</th>"), page.body());
        assertTrue(cree.body().contains("Compte nouveau créé."), cree.body());
        assertTrue(cree.body().contains("<code id=\"lien\">http://127.0.0.1:"), "no SMTP server here: the link to "
                + "hand over: " + cree.body());
        assertFalse(cree.body().contains("qr-totp") || cree.body().contains("otpauth"), "nobody but the owner sees a "
                + "second factor");
        assertTrue(cree.body().contains("en attente d&#39;activation") || cree.body().contains("en attente d'activation"),
                cree.body());
        assertTrue(droits.body().contains("Profils de nouveau modifiés ; ses sessions ont pris fin."), droits.body());
        assertTrue(cumul.body().contains("ne se cumule avec aucun autre"), cumul.body());
        assertEquals(java.util.List.of("DROITS_MODIFIES", "COMPTE_CREE"),
                base.lignes("SELECT evenement FROM audit WHERE login = 'nouveau' ORDER BY id DESC"));
        assertEquals("gestionnaire,technique", base.lignes("SELECT profils FROM compte WHERE login = 'nouveau'").get(0));
        assertEquals(403, refuse.statusCode());
    }

    @Test
    void a_deactivation_by_the_command_line_ends_the_open_session_at_once(@TempDir Path repertoire) throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        HttpClient gestionnaire = connecte("gest3", EnumSet.of(Profil.GESTIONNAIRE));
        String jeton = champ(get(gestionnaire, "/admin/dossier?code=P260000042").body());

        Commande.Sortie desactive = Commande.executer(configurationCli(repertoire), "comptes", "desactiver", "gest3");
        HttpResponse<String> dossier = get(gestionnaire, "/admin/dossier?code=P260000042");
        HttpResponse<String> accorde = post(gestionnaire, "/admin/laissez-passer", Map.of("csrf", jeton,
                "code", "P260000042", "codEtp", "LDR1", "codVrsVet", "1", "action", "accorder", "motif", "Commission", "confirme", "1"));

        assertEquals(0, desactive.statut(), desactive.err());
        assertEquals(303, dossier.statusCode(), "the old cookie opens no dossier: " + dossier.body());
        assertFalse(dossier.body().contains("LEFÈVRE"), dossier.body());
        assertEquals(303, accorde.statusCode(), accorde.body());
        assertEquals(0, base.compter("SELECT COUNT(*) FROM laissez_passer WHERE auteur = 'gest3'"),
                "no laissez-passer granted with the old cookie");
    }

    @Test
    void a_profile_change_ends_the_open_session_and_the_old_cookie_reads_no_dossier() throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        HttpClient gestionnaire = connecte("gest5", EnumSet.of(Profil.GESTIONNAIRE));
        HttpResponse<String> avant = get(gestionnaire, "/admin/dossier?code=P260000042");

        comptes().changerProfils("gest5", EnumSet.of(Profil.TECHNIQUE), "test");
        HttpResponse<String> apres = get(gestionnaire, "/admin/dossier?code=P260000042");

        assertEquals(200, avant.statusCode());
        assertEquals(303, apres.statusCode(), "moved to technique, the old cookie reads no dossier: " + apres.body());
        assertFalse(apres.body().contains("LEFÈVRE"), apres.body());
    }

    @Test
    void a_reset_by_the_command_line_ends_the_open_session(@TempDir Path repertoire) throws Exception {
        HttpClient technicien = connecte("tech6", EnumSet.of(Profil.TECHNIQUE));

        Commande.Sortie reinitialise = Commande.executer(configurationCli(repertoire), "comptes", "reinitialiser", "tech6");
        HttpResponse<String> tableau = get(technicien, "/admin");

        assertEquals(0, reinitialise.statut(), reinitialise.err());
        assertTrue(reinitialise.out().contains("/admin/activation?jeton="), reinitialise.out());
        assertEquals(303, tableau.statusCode(), tableau.body());
        assertEquals(List.of("COMPTE_REINITIALISE"), base.lignes(
                "SELECT evenement FROM audit WHERE login = 'tech6' AND evenement = 'COMPTE_REINITIALISE'"));
    }

    @Test
    void the_session_cookie_lives_as_long_as_the_session_on_the_server() throws Exception {
        HttpClient technicien = connecte("tech7", EnumSet.of(Profil.TECHNIQUE));

        HttpResponse<String> tableau = get(technicien, "/admin");

        String cookie = tableau.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("opi_session="))
                .findFirst().orElse("");
        Matcher age = Pattern.compile("Max-Age=([0-9]+)").matcher(cookie);
        assertTrue(age.find(), "each request renews the cookie with the session: " + tableau.headers().map());
        long secondes = Long.parseLong(age.group(1));
        assertTrue(secondes > 1790 && secondes <= 1800, "30 minutes from this request: " + cookie);
    }

    @Test
    void the_dossier_page_shows_the_anomaly_of_a_wish_whose_vet_does_not_fit_its_decision() throws Exception {
        // The Oui-Si wish arrives on LEC1/3, the formation's 4-year VET, while its category 2 is a 3-year course.
        String requete = new String(ConnecteurDEssai.requete("apogee-client-v10-full.xml"),
                StandardCharsets.UTF_8).replace("<codVrsVet>2</codVrsVet>", "<codVrsVet>3</codVrsVet>");
        assertTrue(connecteur.posterOctets(requete.getBytes(StandardCharsets.UTF_8)).reponseVide());
        HttpClient gestionnaire = connecte("gest9", EnumSet.of(Profil.GESTIONNAIRE));

        String page = get(gestionnaire, "/admin/dossier?code=P260000042").body();

        Matcher ligne = Pattern.compile("<tr><td>LEC1/3</td>.*?</tr>", Pattern.DOTALL).matcher(page);
        assertTrue(ligne.find(), page);
        assertTrue(ligne.group().contains("VET_NE_CORRESPOND_PAS_A_LA_DECISION"), ligne.group());
        Matcher autre = Pattern.compile("<tr><td>LDR1/1</td>.*?</tr>", Pattern.DOTALL).matcher(page);
        assertTrue(autre.find(), page);
        assertFalse(autre.group().contains("VET_NE_CORRESPOND_PAS"), autre.group());
    }

    @Test
    void a_registrar_records_an_ia_on_a_D_wish_from_the_dossier_page_in_their_name_and_it_is_flagged() throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        assertTrue(connecteur.poster("v10-f-vers-d.xml").reponseVide());
        HttpClient gestionnaire = connecte("gest10", EnumSet.of(Profil.GESTIONNAIRE));

        HttpResponse<String> dossier = get(gestionnaire, "/admin/dossier?code=P260000042");
        HttpResponse<String> ia = post(gestionnaire, "/admin/inscription", Map.of("csrf", champ(dossier.body()),
                "code", "P260000042", "codEtp", "LDR1", "codVrsVet", "1", "etat", "1", "datePaiement", "15072026", "confirme", "1"));

        assertTrue(dossier.body().contains("Enregistrer l&#39;IA") || dossier.body().contains("Enregistrer l'IA"),
                dossier.body());
        assertEquals(200, ia.statusCode());
        assertTrue(ia.body().contains("IA enregistrée sur LDR1/1 (IA gestionnaire sur un vœu fermé"), ia.body());
        assertTrue(ia.body().contains("IA gestionnaire (gest10) sur un vœu fermé"), ia.body());
        assertEquals(List.of("gestionnaire:gest10"), base.lignes("SELECT CONCAT(canal, ':', auteur) FROM inscription"));
        assertEquals(1, base.compter("SELECT COUNT(*) FROM remontee"));
    }

    @Test
    void the_registrar_finds_a_dossier_by_ine_and_is_told_when_none_matches() throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        HttpClient gestionnaire = connecte("gest11", EnumSet.of(Profil.GESTIONNAIRE));

        HttpResponse<String> parIne = get(gestionnaire, "/admin/dossier?ine=1234567890A");
        HttpResponse<String> inconnu = get(gestionnaire, "/admin/dossier?etu=424242");

        assertEquals(200, parIne.statusCode());
        assertTrue(parIne.body().contains("<table id=\"identite\">") && parIne.body().contains("P260000042"), parIne.body());
        assertEquals(200, inconnu.statusCode());
        assertTrue(inconnu.body().contains("Aucun individu enregistré n&#39;a le numéro d&#39;étudiant 424242.")
                || inconnu.body().contains("Aucun individu enregistré n'a le numéro d'étudiant 424242."), inconnu.body());
    }

    @Test
    void the_dossier_page_of_a_code_whose_calls_were_all_refused_shows_those_calls() throws Exception {
        assertEquals(500, connecteur.poster("v10-decision-X.xml").statut());
        HttpClient gestionnaire = connecte("gest8", EnumSet.of(Profil.GESTIONNAIRE));

        HttpResponse<String> dossier = get(gestionnaire, "/admin/dossier?code=P260000042");

        assertEquals(200, dossier.statusCode(), dossier.body());
        assertTrue(dossier.body().contains("Aucune OPI enregistrée pour le code P260000042"), dossier.body());
        assertTrue(dossier.body().contains("technical.parameter.noncoherentinput.codDecVeu"), dossier.body());
    }

    /** A browser logged in with a new account of those profiles. */
    private static HttpClient connecte(String login, EnumSet<Profil> profils) throws Exception {
        ComptesDEssai.CompteActif compte = ComptesDEssai.actif(connecteur.application().database().emf(), Clock.systemUTC(), login,
                profils);
        HttpClient navigateur = navigateur();
        assertEquals(303, connexion(navigateur, login, MOT_DE_PASSE, Totp.code(compte.secretTotp(), Instant.now()))
                .statusCode());
        return navigateur;
    }

    private static ComptesService comptes() {
        return new ComptesService(connecteur.application().database().emf(), Clock.systemUTC());
    }

    private static HttpClient navigateur() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static HttpResponse<String> connexion(HttpClient navigateur, String login, String motDePasse, String code)
            throws Exception {
        String jeton = champ(get(navigateur, "/admin/connexion").body());
        Map<String, String> champs = new LinkedHashMap<>();
        champs.put("csrf", jeton);
        champs.put("login", login);
        champs.put("motDePasse", motDePasse);
        champs.put("code", code);
        return post(navigateur, "/admin/connexion", champs);
    }

    private static HttpResponse<String> get(HttpClient navigateur, String chemin) throws Exception {
        return navigateur.send(HttpRequest.newBuilder(url(chemin)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient navigateur, String chemin, Map<String, String> champs)
            throws Exception {
        String corps = champs.entrySet().stream().map(c -> URLEncoder.encode(c.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(c.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return navigateur.send(HttpRequest.newBuilder(url(chemin)).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(corps)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String champ(String html) {
        Matcher csrf = CSRF.matcher(html);
        assertTrue(csrf.find(), html);
        return csrf.group(1);
    }

    private static URI url(String chemin) {
        return URI.create(connecteur.adresse().replace("/services/OpiMetier", chemin));
    }
}
