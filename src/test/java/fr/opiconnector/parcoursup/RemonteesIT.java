package fr.opiconnector.parcoursup;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import fr.opiconnector.remontee.Handshake;
import fr.opiconnector.remontee.RemonteesService;
import fr.opiconnector.soap.generated.dossieropi.DossierOpiServiceInterface;
import fr.opiconnector.soap.generated.dossieropi.DossierOpiServiceInterfaceService;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.MariaDbDEssai;
import fr.opiconnector.support.ProxyTcp;
import jakarta.xml.ws.BindingProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import fr.opiconnector.support.Commande;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/** The handshake and the remontées, WireMock standing in for Parcoursup, on MariaDB. */
class RemonteesIT {

    private static final String MAJ = "/ApiRest/majInscriptionAdministrative";
    private static final String MOT_DE_PASSE = "s3cret-Psup!";
    private static final String PAYE_LE = "15072026";
    private static final AtomicReference<ProxyTcp> A_COUPER_A_LA_REPONSE = new AtomicReference<>();

    private static WireMockServer parcoursup;
    private static MariaDbDEssai base;
    private static ConnecteurDEssai connecteur;
    private static DossierOpiServiceInterface dossierOpi;
    private static ListAppender<ILoggingEvent> journaux;

    @BeforeAll
    static void demarrer() {
        parcoursup = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")
                .extensions(new CoupureApresEnvoi()));
        parcoursup.start();
        journaux = new ListAppender<>();
        journaux.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(journaux);
        base = MariaDbDEssai.nouvelleBase();
        connecteur = ConnecteurDEssai.demarrer(base.url(), variables());
        dossierOpi = new DossierOpiServiceInterfaceService().getDossierOpi();
        ((BindingProvider) dossierOpi).getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY,
                connecteur.adresseDossierOpi());
    }

    @AfterAll
    static void arreter() {
        connecteur.close();
        base.close();
        parcoursup.stop();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(journaux);
    }

    @BeforeEach
    void repartirDeZero() {
        base.vider();
        parcoursup.resetAll();
    }

    private static Map<String, String> variables() {
        Map<String, String> variables = new HashMap<>();
        variables.put("OPI_PARCOURSUP_URL", "http://127.0.0.1:" + parcoursup.port());
        variables.put("OPI_PARCOURSUP_LOGIN", "0350936C-remontees");
        variables.put("OPI_PARCOURSUP_PASSWORD", MOT_DE_PASSE);
        variables.put("OPI_PARCOURSUP_UAI", "0350936C");
        variables.put("OPI_PARCOURSUP_READ_TIMEOUT_SECONDS", "1");
        variables.put("OPI_REMONTEES_DELAI_INITIAL_MILLIS", "20");
        variables.put("OPI_REMONTEES_DELAI_MAX_MILLIS", "100");
        variables.put("OPI_REMONTEES_TENTATIVES", "3");
        return variables;
    }

    // --- Tester connecteur ----------------------------------------------------------------------------------------

    @Test
    void the_handshake_sends_parcoursups_fixed_test_request_and_stores_ok() {
        parcoursup.stubFor(post(MAJ).willReturn(okJson("{\"retour\":\"OK\",\"message\":\"Requête test reçue\"}")));

        Handshake resultat = handshake().tester("test");

        assertEquals(Handshake.Resultat.OK, resultat.resultat());
        assertEquals("Requête test reçue", resultat.message());
        assertEquals(200, resultat.httpStatus());
        parcoursup.verify(1, postRequestedFor(urlEqualTo(MAJ)).withRequestBody(equalToJson("""
                {"identifiant": {"login": "0350936C-remontees", "pwd": "s3cret-Psup!"},
                 "codeCandidat": 1, "ine": "0123456789AB", "nom": "Bernard", "prenom": "Minet",
                 "dateNaissance": "14/07/1789", "codeFormationPsup": 42, "codeFormation1": "42", "codeSISE": "1",
                 "etatInscription": 1, "codeEtablissementAffectation": "0350936C"}""")));
        assertEquals(1, base.compter("SELECT COUNT(*) FROM handshake WHERE resultat = 'OK'"));
    }

    @Test
    void a_nok_or_a_401_handshake_is_stored_and_keeps_remontees_blocked() {
        parcoursup.stubFor(post(MAJ).willReturn(okJson("{\"retour\":\"NOK\",\"message\":\"Identifiant inconnu\"}")));
        Handshake nok = handshake().tester("test");
        parcoursup.resetAll();
        parcoursup.stubFor(post(MAJ).willReturn(aResponse().withStatus(401)));
        Handshake refuse = handshake().tester("test");

        assertEquals(Handshake.Resultat.NOK, nok.resultat());
        assertEquals("Identifiant inconnu", nok.message());
        assertEquals(Handshake.Resultat.NOK, refuse.resultat());
        assertEquals(401, refuse.httpStatus());
        assertFalse(handshake().valide());
    }

    // --- Remontées -------------------------------------------------------------------------------------------------

    @Test
    void remontees_wait_in_the_outbox_until_a_handshake_succeeds() {
        recevoirEtInscrire("P260000042");

        RemonteesService.Bilan bloque = remontees().envoyer("test");
        handshakeOk();
        RemonteesService.Bilan envoye = remontees().envoyer("test");

        assertNotNull(bloque.arret());
        assertEquals(1, bloque.enAttente());
        assertEquals(1, envoye.envoyees());
        assertEquals(0, envoye.enAttente());
        assertEquals(2, parcoursup.countRequestsMatching(postRequestedFor(urlEqualTo(MAJ)).build()).getCount(),
                "the handshake, then the remontée: nothing before the handshake");
    }

    @Test
    void a_principal_ia_and_its_cancellation_go_with_the_exact_json_in_order() throws Exception {
        recevoirEtInscrire("P260000042");
        dossierOpi.annulerInscription("P260000042", "LDR1", 1, "Désistement");
        handshakeOk();
        parcoursup.resetRequests();

        RemonteesService.Bilan bilan = remontees().envoyer("test");

        assertEquals(2, bilan.envoyees());
        List<LoggedRequest> requetes = parcoursup.findAll(postRequestedFor(urlEqualTo(MAJ)));
        assertEquals(2, requetes.size());
        String attendu = """
                {"identifiant": {"login": "0350936C-remontees", "pwd": "s3cret-Psup!"},
                 "codeCandidat": 42, "ine": "1234567890A", "nom": "LEFÈVRE-D'ARC", "prenom": "Élodie",
                 "dateNaissance": "14/07/2008", "codeFormationPsup": 4242, "codeFormation1": "4242",
                 "codeSISE": "2500123", "etatInscription": %d, "codeEtablissementAffectation": "0350936C"}""";
        assertTrue(equalToJson(attendu.formatted(1)).match(corps(requetes.get(0))).isExactMatch(), corps(requetes.get(0)));
        assertTrue(equalToJson(attendu.formatted(3)).match(corps(requetes.get(1))).isExactMatch(), corps(requetes.get(1)));
        assertEquals(2, base.compter("SELECT COUNT(*) FROM remontee WHERE statut = 'ENVOYEE' AND envoye_le IS NOT NULL"));
    }

    @Test
    void a_500_then_a_200_is_one_success_after_a_retry() {
        recevoirEtInscrire("P260000042");
        handshakeOk();
        parcoursup.stubFor(post(MAJ).inScenario("panne").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("reparé"));
        parcoursup.stubFor(post(MAJ).inScenario("panne").whenScenarioStateIs("reparé")
                .willReturn(okJson("{\"retour\":\"OK\"}")));

        String avant = connecteur.metriques().corps();

        RemonteesService.Bilan bilan = remontees().envoyer("test");

        assertEquals(1, bilan.envoyees());
        assertEquals(1, bilan.reessais());
        assertEquals(1, base.compter("SELECT COUNT(*) FROM remontee WHERE statut = 'ENVOYEE' AND tentatives = 2"));
        String apres = connecteur.metriques().corps();
        for (String issue : new String[] {"sent", "retried"}) {
            String serie = "opi_remontees_total{outcome=\"" + issue + "\"}";
            assertEquals(1, ConnecteurDEssai.serie(apres, serie) - ConnecteurDEssai.serie(avant, serie), issue + ": " + apres);
        }
        assertEquals(0, ConnecteurDEssai.serie(apres, "opi_remontees_backlog"), apres);
    }

    @Test
    void a_reset_connection_and_an_answer_later_than_the_read_timeout_are_retried() {
        recevoirEtInscrire("P260000042");
        handshakeOk();
        parcoursup.stubFor(post(MAJ).inScenario("réseau").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("lent"));
        parcoursup.stubFor(post(MAJ).inScenario("réseau").whenScenarioStateIs("lent")
                .willReturn(okJson("{\"retour\":\"OK\"}").withFixedDelay(2500)).willSetStateTo("rétabli"));
        parcoursup.stubFor(post(MAJ).inScenario("réseau").whenScenarioStateIs("rétabli")
                .willReturn(okJson("{\"retour\":\"OK\"}")));

        RemonteesService.Bilan bilan = remontees().envoyer("test");

        assertEquals(1, bilan.envoyees());
        assertEquals(2, bilan.reessais());
    }

    @Test
    void a_nok_is_set_aside_with_its_message_the_next_rows_still_go_and_an_operator_can_replay_it() {
        recevoirEtInscrire("P260000042");
        recevoirEtInscrire("P260000043");
        handshakeOk();
        parcoursup.stubFor(post(MAJ).withRequestBody(matchingJsonPath("$.codeCandidat", equalTo("42")))
                .willReturn(okJson("{\"retour\":\"NOK\",\"message\":\"Candidat inconnu pour cette formation\"}")));
        parcoursup.stubFor(post(MAJ).withRequestBody(matchingJsonPath("$.codeCandidat", equalTo("43")))
                .willReturn(okJson("{\"retour\":\"OK\"}")));

        RemonteesService.Bilan bilan = remontees().envoyer("test");
        Optional<String> rejouee = remontees().rejouer(Long.parseLong(base.lignes(
                "SELECT id FROM remontee WHERE statut = 'ECHEC'").get(0)));

        assertEquals(1, bilan.envoyees());
        assertEquals(1, bilan.echecs());
        assertEquals(List.of("NOK : Candidat inconnu pour cette formation"),
                base.lignes("SELECT dernier_message FROM remontee WHERE cod_opi_int_epo = 'P260000042'"));
        assertEquals(Optional.of("ECHEC"), rejouee);
        assertEquals(1, base.compter("SELECT COUNT(*) FROM remontee WHERE statut = 'EN_ATTENTE'"));
    }

    @Test
    void rows_held_behind_a_failed_row_of_the_same_candidate_are_counted_with_the_row_to_replay(@TempDir Path dossier)
            throws Exception {
        recevoirEtInscrire("P260000042");
        dossierOpi.annulerInscription("P260000042", "LDR1", 1, "Désistement");
        handshakeOk();
        parcoursup.stubFor(post(MAJ).withRequestBody(matchingJsonPath("$.etatInscription", equalTo("1")))
                .willReturn(okJson("{\"retour\":\"NOK\",\"message\":\"Candidat inconnu pour cette formation\"}")));
        String echec = base.lignes("SELECT MIN(id) FROM remontee").get(0);
        Path configuration = base.configuration(dossier.resolve("opi.properties"),
                "opi.parcoursup.url=http://127.0.0.1:" + parcoursup.port(), "opi.parcoursup.login=0350936C-remontees",
                "opi.parcoursup.password=" + MOT_DE_PASSE, "opi.parcoursup.uai=0350936C");

        RemonteesService.Bilan bilan = remontees().envoyer("test");
        ConnecteurDEssai.Reponse sante = connecteur.sante();
        Commande.Sortie statut = Commande.executer(configuration, "statut");
        Commande.Sortie envoi = Commande.executer(configuration, "remontees", "envoyer");

        assertEquals(1, bilan.echecs());
        assertEquals(1, bilan.enAttente());
        assertEquals(1, bilan.retenues().nombre());
        assertEquals(List.of(Long.parseLong(echec)), bilan.retenues().echecsARejouer());
        assertTrue(sante.corps().contains("\"retenuesDerriereUnEchec\":1,\"echecsARejouer\":[" + echec + "]"),
                sante.corps());
        assertTrue(statut.out().contains("1 pending held behind a failed remontée of the same candidate (a candidate's "
                + "remontées go in order): fix and replay #" + echec + " with remontees rejouer <id>"), statut.out());
        assertEquals("0 sent, 0 set aside as failed, 0 retried, 1 still pending\n  1 pending held behind a failed "
                + "remontée of the same candidate (a candidate's remontées go in order): fix and replay #" + echec
                + " with remontees rejouer <id>", envoi.out().strip());
    }

    @Test
    void after_the_last_attempt_a_row_is_set_aside_with_its_last_error() {
        recevoirEtInscrire("P260000042");
        handshakeOk();
        parcoursup.stubFor(post(MAJ).willReturn(aResponse().withStatus(503)));

        RemonteesService.Bilan bilan = remontees().envoyer("test");

        assertEquals(1, bilan.echecs());
        assertEquals(2, bilan.reessais());
        assertEquals(List.of("ECHEC:3:503"), base.lignes(
                "SELECT CONCAT(statut, ':', tentatives, ':', http_status) FROM remontee"));
    }

    @Test
    void a_401_stops_the_run_and_asks_for_a_new_handshake() {
        recevoirEtInscrire("P260000042");
        handshakeOk();
        parcoursup.stubFor(post(MAJ).willReturn(aResponse().withStatus(401)));

        RemonteesService.Bilan bilan = remontees().envoyer("test");

        assertNotNull(bilan.arret());
        assertEquals(1, bilan.enAttente(), "the row is kept for after the new test");
        assertEquals(Handshake.Resultat.A_REFAIRE, handshake().dernier().orElseThrow().resultat());
        assertNotNull(remontees().envoyer("test").arret(), "blocked until a new test passes");
    }

    @Test
    void two_senders_at_once_send_every_row_exactly_once() throws Exception {
        List<String> codes = List.of("P260000042", "P260000043", "P260000044", "P260000045", "P260000046",
                "P260000047", "P260000048", "P260000049");
        codes.forEach(RemonteesIT::recevoirEtInscrire);
        dossierOpi.annulerInscription("P260000042", "LDR1", 1, "Désistement");
        handshakeOk();
        parcoursup.resetRequests();
        parcoursup.stubFor(post(MAJ).willReturn(okJson("{\"retour\":\"OK\"}").withFixedDelay(40)));

        try (ConnecteurDEssai second = ConnecteurDEssai.demarrer(base.url(), variables())) {
            ExecutorService deux = Executors.newFixedThreadPool(2);
            try {
                Future<RemonteesService.Bilan> a = deux.submit(() -> remontees().envoyer("replica-a"));
                Future<RemonteesService.Bilan> b = deux.submit(() -> second.application().remontees().envoyer("replica-b"));
                assertEquals(codes.size() + 1, a.get().envoyees() + b.get().envoyees());
            } finally {
                deux.shutdownNow();
            }
        }

        Map<String, Long> parCandidat = parcoursup.findAll(postRequestedFor(urlEqualTo(MAJ))).stream()
                .collect(Collectors.groupingBy(r -> corps(r).replaceAll(".*\"codeCandidat\":(\\d+).*", "$1")
                        + ":" + corps(r).replaceAll(".*\"etatInscription\":(\\d+).*", "$1"), Collectors.counting()));
        assertEquals(codes.size() + 1, parCandidat.size(), parCandidat.toString());
        assertTrue(parCandidat.values().stream().allMatch(n -> n == 1), parCandidat.toString());
        List<String> ordre42 = parcoursup.findAll(postRequestedFor(urlEqualTo(MAJ))).stream().map(RemonteesIT::corps)
                .filter(c -> c.contains("\"codeCandidat\":42,")).map(c -> c.replaceAll(".*\"etatInscription\":(\\d+).*", "$1"))
                .toList();
        assertEquals(List.of("1", "3"), ordre42, "a candidate's rows go in the order they were written");
    }

    @Test
    void a_crash_between_the_send_and_the_mark_leads_to_one_resend() throws Exception {
        recevoirEtInscrire("P260000042");
        handshakeOk();
        parcoursup.resetRequests();
        parcoursup.stubFor(post(MAJ).willReturn(okJson("{\"retour\":\"OK\"}")));

        try (ProxyTcp proxy = new ProxyTcp(base.hoteEtPort());
                ConnecteurDEssai condamne = ConnecteurDEssai.demarrer(base.urlVia(proxy.hoteEtPort()), variables())) {
            A_COUPER_A_LA_REPONSE.set(proxy);
            assertThrows(RuntimeException.class, () -> condamne.application().remontees().envoyer("condamné"),
                    "the database is gone before the row is marked as sent");
        } finally {
            A_COUPER_A_LA_REPONSE.set(null);
        }
        RemonteesService.Bilan reprise = remontees().envoyer("reprise");

        assertEquals(1, reprise.envoyees());
        assertEquals(2, parcoursup.countRequestsMatching(postRequestedFor(urlEqualTo(MAJ)).build()).getCount(),
                "sent once before the crash, once again after: at least once, never lost");
        assertEquals(1, base.compter("SELECT COUNT(*) FROM remontee WHERE statut = 'ENVOYEE'"));
    }

    @Test
    void health_shows_the_last_handshake_and_the_backlog() {
        recevoirEtInscrire("P260000042");
        ConnecteurDEssai.Reponse avant = connecteur.sante();
        handshakeOk();
        ConnecteurDEssai.Reponse apres = connecteur.sante();

        assertEquals(200, avant.statut());
        assertTrue(avant.corps().contains("\"testerConnecteur\":null"), avant.corps());
        assertTrue(avant.corps().contains("\"enAttente\":1"), avant.corps());
        assertTrue(avant.corps().contains("aucun « Tester connecteur » réussi"), avant.corps());
        assertTrue(apres.corps().contains("\"resultat\":\"OK\""), apres.corps());
        assertTrue(apres.corps().contains("\"bloquees\":null"), apres.corps());
        String metriques = connecteur.metriques().corps();
        assertEquals(1, ConnecteurDEssai.serie(metriques, "opi_remontees_backlog"), metriques);
        assertEquals(0, ConnecteurDEssai.serie(metriques, "opi_remontees_failed"), metriques);
        assertTrue(metriques.contains("opi_remontees_backlog_age_seconds "), metriques);
    }

    @Test
    void the_password_never_reaches_the_logs_or_the_stored_messages() {
        recevoirEtInscrire("P260000042");
        parcoursup.stubFor(post(MAJ).willReturn(aResponse().withStatus(500).withBody("erreur " + MOT_DE_PASSE)));
        handshake().tester("test");
        parcoursup.resetAll();
        parcoursup.stubFor(post(MAJ).willReturn(okJson("{\"retour\":\"OK\"}")));
        handshakeOk();
        parcoursup.resetAll();
        parcoursup.stubFor(post(MAJ).willReturn(aResponse().withStatus(401)));
        remontees().envoyer("test");

        for (ILoggingEvent e : List.copyOf(journaux.list)) {
            assertFalse(e.getFormattedMessage().contains(MOT_DE_PASSE), e.getFormattedMessage());
            assertTrue(e.getThrowableProxy() == null
                    || !ThrowableProxyUtil.asString(e.getThrowableProxy()).contains(MOT_DE_PASSE));
        }
        assertEquals(0, base.compter("SELECT COUNT(*) FROM handshake WHERE message LIKE '%s3cret%'")
                + base.compter("SELECT COUNT(*) FROM remontee WHERE dernier_message LIKE '%s3cret%'"));
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static void recevoirEtInscrire(String code) {
        byte[] opi = new String(ConnecteurDEssai.requete("apogee-client-v10-full.xml"), StandardCharsets.UTF_8)
                .replace("P260000042", code).getBytes(StandardCharsets.UTF_8);
        assertTrue(connecteur.posterOctets(opi).reponseVide());
        try {
            dossierOpi.enregistrerInscription(code, "LDR1", 1, 1, PAYE_LE, null, null);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A passed handshake, and Parcoursup answering OK to anything no test-specific stub answers. */
    private static void handshakeOk() {
        parcoursup.stubFor(post(MAJ).atPriority(10).willReturn(okJson("{\"retour\":\"OK\"}")));
        assertEquals(Handshake.Resultat.OK, handshake().tester("test").resultat());
    }

    private static RemonteesService remontees() {
        return connecteur.application().remontees();
    }

    private static fr.opiconnector.remontee.HandshakeService handshake() {
        return connecteur.application().handshake();
    }

    private static String corps(LoggedRequest requete) {
        return requete.getBodyAsString();
    }

    /** Cuts the database of the condemned sender the moment Parcoursup has its request: a crash after the send. */
    static final class CoupureApresEnvoi implements ServeEventListener {

        @Override
        public void beforeResponseSent(ServeEvent evenement, Parameters parametres) {
            ProxyTcp proxy = A_COUPER_A_LA_REPONSE.get();
            if (proxy != null) {
                try {
                    proxy.couper();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public String getName() {
            return "coupure-apres-envoi";
        }
    }
}
