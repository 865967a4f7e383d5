package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.securite.MotDePasse;
import fr.opiconnector.soap.generated.opimetier.OpiMetierServiceInterface;
import fr.opiconnector.soap.generated.opimetier.OpiMetierServiceInterfaceService;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.HorlogeReglable;
import fr.opiconnector.support.MariaDbDEssai;
import fr.opiconnector.support.OpisGenerees;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.junit.jupiter.api.Test;

/** OPI_WS_AUTH=wss: a WS-Security UsernameToken (nonce, creation time) and a Timestamp instead of HTTP Basic. */
class WsSecurityIT {

    private static final String MOT_DE_PASSE = "Parcoursup-2027!";

    @Test
    void a_usernametoken_with_the_right_password_goes_through_and_others_get_the_ws_security_fault() {
        // The connector's clock stands still, so that both refusals fall within one period.
        try (MariaDbDEssai base = MariaDbDEssai.nouvelleBase();
                ConnecteurDEssai connecteur = ConnecteurDEssai.demarrer(base.url(), Map.of("OPI_WS_AUTH", "wss",
                        "OPI_WS_USER", "parcoursup", "OPI_WS_PASSWORD", MotDePasse.hacher(MOT_DE_PASSE)),
                        new HorlogeReglable(Instant.now()))) {
            assertDoesNotThrow(() -> client(connecteur, MOT_DE_PASSE, "PasswordText")
                    .mettreajourDonneesOpiV10(OpisGenerees.opi("P260000401")));
            assertDoesNotThrow(() -> client(connecteur, MOT_DE_PASSE, "PasswordText")
                    .mettreajourDonneesOpiV10(OpisGenerees.opi("P260000401")));
            String metriques = connecteur.metriques().corps();
            assertEquals(1, ConnecteurDEssai.serie(metriques, "opi_ws_password_checks_total{outcome=\"derived\"}"));
            assertEquals(1, ConnecteurDEssai.serie(metriques, "opi_ws_password_checks_total{outcome=\"cached\"}"),
                    "the second token (its own nonce) is accepted without a derivation");
            SOAPFaultException mauvais = assertThrows(SOAPFaultException.class,
                    () -> client(connecteur, "mauvais", "PasswordText").mettreajourDonneesOpiV10(OpisGenerees.opi("P260000402")));
            SOAPFaultException sans = assertThrows(SOAPFaultException.class,
                    () -> client(connecteur, null, null).mettreajourDonneesOpiV10(OpisGenerees.opi("P260000403")));

            assertTrue(mauvais.getFault().getFaultCodeAsQName().getNamespaceURI().contains("wss"), mauvais.getMessage());
            assertTrue(sans.getFault().getFaultCodeAsQName().getNamespaceURI().contains("wss"), sans.getMessage());
            assertEquals(1, base.compter("SELECT COUNT(*) FROM individu"));
            // Both refusals share the row of their period, address and key; the metric counts each.
            assertEquals(1, base.compter("SELECT COUNT(*) FROM journal WHERE resultat = 'refused' "
                    + "AND cle_faute = 'technical.security.invaliduser.user' AND operation = 'OpiMetier (accès)'"));
            assertEquals(2, ConnecteurDEssai.serie(connecteur.metriques().corps(), "opi_calls_seconds_count{fault="
                    + "\"technical.security.invaliduser.user\",operation=\"OpiMetier (accès)\",outcome=\"refused\"}"));
        }
    }

    @Test
    void a_password_digest_works_when_the_password_is_configured_in_clear() {
        try (MariaDbDEssai base = MariaDbDEssai.nouvelleBase();
                ConnecteurDEssai connecteur = ConnecteurDEssai.demarrer(base.url(), Map.of("OPI_WS_AUTH", "wss",
                        "OPI_WS_USER", "parcoursup", "OPI_WS_PASSWORD", MOT_DE_PASSE))) {
            assertDoesNotThrow(() -> client(connecteur, MOT_DE_PASSE, "PasswordDigest")
                    .mettreajourDonneesOpiV10(OpisGenerees.opi("P260000404")));
            assertEquals(1, base.compter("SELECT COUNT(*) FROM individu"));
        }
    }

    @Test
    void a_call_in_a_dated_namespace_goes_through_ws_security_too() throws Exception {
        try (MariaDbDEssai base = MariaDbDEssai.nouvelleBase();
                ConnecteurDEssai connecteur = ConnecteurDEssai.demarrer(base.url(), Map.of("OPI_WS_AUTH", "wss",
                        "OPI_WS_USER", "parcoursup", "OPI_WS_PASSWORD", MotDePasse.hacher(MOT_DE_PASSE)))) {
            String requete = Files.readString(Path.of("config/samples/mettreajourDonneesOpi_v8.xml"))
                    .replace("<soapenv:Header/>", enteteWsSecurite("parcoursup", MOT_DE_PASSE));

            ConnecteurDEssai.Reponse reponse = connecteur.posterOctets(requete.getBytes(StandardCharsets.UTF_8));

            assertEquals(200, reponse.statut(), reponse.corps());
            assertTrue(reponse.corps().contains("xmlns:ns2=\"gouv.education.apogee.commun.servicesmetiers.OpiMetier_30042019\""),
                    reponse.corps());
            assertEquals(1, base.compter("SELECT COUNT(*) FROM journal WHERE resultat = 'created' "
                    + "AND operation = 'mettreajourDonneesOpi_v8'"));
        }
    }

    @Test
    void a_timestamp_valid_for_longer_than_the_cap_is_refused_and_nothing_is_stored() throws Exception {
        try (MariaDbDEssai base = MariaDbDEssai.nouvelleBase();
                ConnecteurDEssai connecteur = ConnecteurDEssai.demarrer(base.url(), Map.of("OPI_WS_AUTH", "wss",
                        "OPI_WS_USER", "parcoursup", "OPI_WS_PASSWORD", MOT_DE_PASSE))) {
            String enveloppe = Files.readString(Path.of("config/samples/mettreajourDonneesOpi_v10.xml"));
            long dixAns = Duration.ofDays(3653).toSeconds();

            ConnecteurDEssai.Reponse longue = connecteur.posterOctets(enveloppe.replace("<soapenv:Header/>",
                    enteteWsSecurite("parcoursup", MOT_DE_PASSE, dixAns)).getBytes(StandardCharsets.UTF_8));
            ConnecteurDEssai.Reponse bornee = connecteur.posterOctets(enveloppe.replace("<soapenv:Header/>",
                    enteteWsSecurite("parcoursup", MOT_DE_PASSE, 300)).getBytes(StandardCharsets.UTF_8));

            assertEquals(500, longue.statut(), longue.corps());
            assertTrue(longue.corps().contains("SecurityError"), longue.corps());
            assertEquals(1, base.compter("SELECT COUNT(*) FROM journal WHERE resultat = 'refused'"));
            assertEquals(200, bornee.statut(), bornee.corps());
            assertEquals(1, base.compter("SELECT COUNT(*) FROM individu"));
        }
    }

    private static String enteteWsSecurite(String utilisateur, String motDePasse) {
        return enteteWsSecurite(utilisateur, motDePasse, 300);
    }

    /** A Timestamp and a UsernameToken (PasswordText, nonce, creation time), as a WS-Security client writes them. */
    private static String enteteWsSecurite(String utilisateur, String motDePasse, long validiteSecondes) {
        Instant maintenant = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        byte[] nonce = new byte[16];
        new SecureRandom().nextBytes(nonce);
        String wsse = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
        String wsu = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
        String profil = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0";
        return "<soapenv:Header><wsse:Security xmlns:wsse=\"" + wsse + "\" xmlns:wsu=\"" + wsu + "\" "
                + "soapenv:mustUnderstand=\"1\"><wsu:Timestamp><wsu:Created>" + maintenant + "</wsu:Created>"
                + "<wsu:Expires>" + maintenant.plusSeconds(validiteSecondes) + "</wsu:Expires></wsu:Timestamp>"
                + "<wsse:UsernameToken><wsse:Username>" + utilisateur + "</wsse:Username>"
                + "<wsse:Password Type=\"" + profil + "#PasswordText\">" + motDePasse + "</wsse:Password>"
                + "<wsse:Nonce EncodingType=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary\">"
                + Base64.getEncoder().encodeToString(nonce) + "</wsse:Nonce><wsu:Created>" + maintenant
                + "</wsu:Created></wsse:UsernameToken></wsse:Security></soapenv:Header>";
    }

    private static OpiMetierServiceInterface client(ConnecteurDEssai connecteur, String motDePasse, String type) {
        OpiMetierServiceInterface client = new OpiMetierServiceInterfaceService().getOpiMetier();
        ((BindingProvider) client).getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, connecteur.adresse());
        if (motDePasse != null) {
            Map<String, Object> proprietes = new HashMap<>();
            proprietes.put(ConfigurationConstants.ACTION, "UsernameToken Timestamp");
            proprietes.put(ConfigurationConstants.USER, "parcoursup");
            proprietes.put(ConfigurationConstants.PASSWORD_TYPE, type);
            proprietes.put(ConfigurationConstants.ADD_USERNAMETOKEN_NONCE, "true");
            proprietes.put(ConfigurationConstants.ADD_USERNAMETOKEN_CREATED, "true");
            proprietes.put(ConfigurationConstants.PW_CALLBACK_REF, (CallbackHandler) rappels -> {
                for (Callback rappel : rappels) {
                    ((WSPasswordCallback) rappel).setPassword(motDePasse);
                }
            });
            ClientProxy.getClient(client).getOutInterceptors().add(new WSS4JOutInterceptor(proprietes));
        }
        return client;
    }
}
