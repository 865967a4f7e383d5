package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.inscription.Dossier;
import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.ConnecteurDEssai.Reponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** mettreajourDonneesOpi_v10 over HTTP, real envelopes, stored in MariaDB: what is kept, changed, withdrawn. */
class OpiMetierIT extends AvecConnecteur {

    private static final String OPI = "P260000042";

    @Test
    void the_captured_apogee_client_request_is_stored_whole() {
        Reponse reponse = connecteur.poster("apogee-client-v10-full.xml");

        assertTrue(reponse.reponseVide(), reponse.corps());
        Dossier dossier = connecteur.dossier(OPI).orElseThrow();
        assertEquals("LEFÈVRE-D'ARC", dossier.individu().etatCivil().libNomPatIndOpi());
        assertEquals("Élodie", dossier.individu().etatCivil().libPr1IndOpi());
        assertEquals("1234567890A", dossier.individu().etatCivil().codNneIndOpi());
        assertEquals("14072008", dossier.individu().donneesNaissance().dateNaiIndOpi());
        assertEquals("12 RUE DE LA PAIX", dossier.individu().adresseFixe().lib1());
        assertNull(dossier.individu().adresseAnnuelle());
        assertEquals("SES", dossier.individu().bac().codSpe2BacTer());
        assertEquals("01", dossier.individu().donneesPersonnelles().codStu());
        assertTrue(dossier.anomalies().contains("INE_INVALIDE"), "the INE's key is wrong: kept and flagged");

        Map<String, Dossier.VoeuDossier> voeux = voeux(dossier);
        assertEquals(2, voeux.size());
        Dossier.VoeuDossier ouiSi = voeux.get("ECO/LEC1/2");
        assertEquals("ACTIF", ouiSi.etat());
        assertEquals("S", ouiSi.donnees().codDecVeu());
        assertEquals("2", ouiSi.donnees().codCatOuiSi());
        assertEquals("Remise à niveau méthodologie", ouiSi.donnees().mtfCat());
        assertEquals("F", voeux.get("DRO/LDR1/1").donnees().codDecVeu());

        assertEquals(List.of("INDIVIDU_CREE", "VOEU_AJOUTE", "VOEU_AJOUTE"), evenements(dossier));
        Dossier.LigneJournal appel = dossier.journal().get(0);
        assertEquals("created", appel.resultat());
        assertEquals("mettreajourDonneesOpi_v10", appel.operation());
        assertEquals("127.0.0.1", appel.adresseAppelant());
        assertTrue(appel.empreinte().matches("[0-9a-f]{64}"), appel.empreinte());
    }

    @Test
    void the_same_call_sent_twice_changes_nothing_the_second_time() {
        connecteur.poster("apogee-client-v10-full.xml");
        Reponse deuxieme = connecteur.poster("apogee-client-v10-full.xml");

        assertTrue(deuxieme.reponseVide(), deuxieme.corps());
        Dossier dossier = connecteur.dossier(OPI).orElseThrow();
        assertEquals(List.of("created", "unchanged"), dossier.journal().stream().map(Dossier.LigneJournal::resultat).toList());
        assertEquals(3, dossier.historique().size(), "no history row for the unchanged call");
        assertEquals(dossier.journal().get(0).empreinte(), dossier.journal().get(1).empreinte());
    }

    @Test
    void a_wish_missing_from_the_new_list_is_withdrawn_not_deleted_and_comes_back_when_sent_again() {
        connecteur.poster("apogee-client-v10-full.xml");
        assertTrue(connecteur.poster("v10-voeu2-retire.xml").reponseVide());

        Dossier retire = connecteur.dossier(OPI).orElseThrow();
        assertEquals("RETIRE", voeux(retire).get("ECO/LEC1/2").etat());
        assertEquals("ACTIF", voeux(retire).get("DRO/LDR1/1").etat());
        assertEquals("VOEU_RETIRE", retire.historique().get(3).evenement());
        assertEquals("ECO/LEC1/2", retire.historique().get(3).voeu());
        assertEquals("updated", retire.journal().get(1).resultat());

        connecteur.poster("apogee-client-v10-full.xml");
        Dossier repris = connecteur.dossier(OPI).orElseThrow();
        assertEquals("ACTIF", voeux(repris).get("ECO/LEC1/2").etat());
        assertEquals("VOEU_REPRIS", repris.historique().get(4).evenement());
    }

    @Test
    void a_decision_going_from_F_to_D_is_updated_with_its_history() {
        connecteur.poster("apogee-client-v10-full.xml");
        assertTrue(connecteur.poster("v10-f-vers-d.xml").reponseVide());

        Dossier dossier = connecteur.dossier(OPI).orElseThrow();
        assertEquals("D", voeux(dossier).get("DRO/LDR1/1").donnees().codDecVeu());
        assertEquals("D (défavorable)", voeux(dossier).get("DRO/LDR1/1").decision());
        Dossier.LigneHistorique changement = dossier.historique().get(3);
        assertEquals("VOEU_MODIFIE", changement.evenement());
        assertEquals("DRO/LDR1/1", changement.voeu());
        assertEquals("codDecVeu", changement.champ());
        assertEquals("F", changement.ancienneValeur());
        assertEquals("D", changement.nouvelleValeur());
        assertEquals(4, dossier.historique().size());
        assertEquals(dossier.journal().get(1).id(), changement.journal(), "the change points at the call that made it");
    }

    @Test
    void a_change_of_the_individual_is_recorded_field_by_field() {
        connecteur.poster("apogee-client-v10-full.xml");
        connecteur.poster("v10-nom-trop-long-ine-invalide.xml");

        Dossier dossier = connecteur.dossier(OPI).orElseThrow();
        Map<String, Dossier.LigneHistorique> parChamp = dossier.historique().stream()
                .filter(h -> h.champ() != null)
                .collect(Collectors.toMap(Dossier.LigneHistorique::champ, h -> h));
        assertEquals(2, parChamp.size());
        assertEquals("LEFÈVRE-D'ARC", parChamp.get("etatCivil.libNomPatIndOpi").ancienneValeur());
        assertEquals("1234567890Z", parChamp.get("etatCivil.codNneIndOpi").nouvelleValeur());
        assertEquals("INDIVIDU_MODIFIE", parChamp.get("etatCivil.codNneIndOpi").evenement());
    }

    @Test
    void a_name_longer_than_apogee_allows_and_a_wrong_ine_are_kept_whole_and_flagged() {
        assertTrue(connecteur.poster("v10-nom-trop-long-ine-invalide.xml").reponseVide());

        Dossier dossier = connecteur.dossier(OPI).orElseThrow();
        assertEquals("LEFÈVRE-D'ARC DE LA TOUR D'AUVERGNE", dossier.individu().etatCivil().libNomPatIndOpi());
        assertEquals("1234567890Z", dossier.individu().etatCivil().codNneIndOpi());
        assertTrue(dossier.anomalies().contains("INE_INVALIDE"), dossier.anomalies().toString());
        assertTrue(dossier.anomalies().contains("TROP_LONG_POUR_APOGEE libNomPatIndOpi (35 > 30)"),
                dossier.anomalies().toString());
    }

    @Test
    void a_single_empty_wish_item_withdraws_every_wish() {
        connecteur.poster("apogee-client-v10-full.xml");
        assertTrue(connecteur.poster("v10-voeux-item-vide.xml").reponseVide());

        Dossier dossier = connecteur.dossier(OPI).orElseThrow();
        assertEquals(2, dossier.voeux().size());
        assertTrue(dossier.voeux().stream().allMatch(v -> v.etat().equals("RETIRE")));
    }

    @Test
    void element_order_does_not_matter() {
        assertTrue(connecteur.poster("v10-ordre-melange.xml").reponseVide());
        Reponse memeContenu = connecteur.poster("apogee-client-v10-full.xml");

        assertTrue(memeContenu.reponseVide());
        Dossier dossier = connecteur.dossier(OPI).orElseThrow();
        assertEquals("unchanged", dossier.journal().get(1).resultat(), "same content, other order: unchanged");
        assertEquals("LEFÈVRE-D'ARC", dossier.individu().etatCivil().libNomPatIndOpi());
        assertEquals(2, dossier.voeux().size());
    }

    @Test
    void unknown_elements_at_every_level_are_ignored() {
        assertTrue(connecteur.poster("v10-elements-inconnus.xml").reponseVide());

        Dossier dossier = connecteur.dossier(OPI).orElseThrow();
        assertEquals("LEFÈVRE-D'ARC", dossier.individu().etatCivil().libNomPatIndOpi());
        assertEquals(2, dossier.voeux().size());
    }

    @Test
    void a_minimal_request_with_only_the_mandatory_fields_is_stored() {
        assertTrue(connecteur.poster("v10-minimal.xml").reponseVide());

        Dossier dossier = connecteur.dossier("P260000100").orElseThrow();
        assertEquals("MARTIN", dossier.individu().etatCivil().libNomPatIndOpi());
        assertEquals("29022008", dossier.individu().donneesNaissance().dateNaiIndOpi());
        assertNull(dossier.individu().adresseFixe());
        assertNull(dossier.individu().bac());
        assertEquals(1, dossier.voeux().size());
        assertTrue(dossier.anomalies().isEmpty());
    }

    @Test
    void nil_everywhere_is_accepted_as_no_value() {
        assertTrue(connecteur.poster("v10-nil-partout.xml").reponseVide());

        Dossier dossier = connecteur.dossier("P260000200").orElseThrow();
        assertEquals("O", dossier.individu().donneesNaissance().temDateNaiRelOpi());
        assertNull(dossier.individu().donneesPersonnelles());
        assertNull(dossier.individu().etatCivil().codNneIndOpi());
        assertNull(dossier.voeux().get(0).donnees().codVrsVdi());
        assertNull(dossier.voeux().get(0).donnees().convocation());
    }

    @Test
    void the_sample_shipped_in_config_is_accepted() throws Exception {
        Reponse reponse = connecteur.posterOctets(Files.readAllBytes(Path.of("config/samples/mettreajourDonneesOpi_v10.xml")));

        assertTrue(reponse.reponseVide(), reponse.corps());
        Dossier dossier = connecteur.dossier("P260012345").orElseThrow();
        assertEquals("DURAND-MOREL", dossier.individu().etatCivil().libNomPatIndOpi());
        assertEquals("RESIDENCE UNIVERSITAIRE BERTHELOT", dossier.individu().adresseAnnuelle().lib1());
        assertEquals("02092026", voeux(dossier).get("SCI/LMA1/4").donnees().convocation().datCvc());
        assertTrue(dossier.anomalies().isEmpty(), "the sample's INE is valid: " + dossier.anomalies());
    }

    @Test
    void the_wsdl_is_served_with_its_schemas_and_the_real_address() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String wsdl = http.send(HttpRequest.newBuilder(URI.create(connecteur.adresse() + "?wsdl")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String xsd = http.send(HttpRequest.newBuilder(URI.create(connecteur.adresse() + "?xsd=xsd/OpiMetier.xsd")).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        assertTrue(wsdl.contains("name=\"mettreajourDonneesOpi_v10\""), wsdl);
        assertTrue(wsdl.contains("location=\"" + connecteur.adresse() + "\""), wsdl);
        assertTrue(xsd.contains("name=\"DonneesOpiDTO10\""), xsd);
        assertTrue(xsd.contains("elementFormDefault=\"unqualified\""), xsd);
    }

    @Test
    void behind_a_reverse_proxy_the_wsdl_gives_the_public_address() throws Exception {
        try (ConnecteurDEssai publie = ConnecteurDEssai.demarrer(base.url(),
                Map.of("OPI_PUBLIC_URL", "https://opi.univ.example/connecteur/"))) {
            String wsdl = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(publie.adresse() + "?wsdl")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();

            assertTrue(wsdl.contains("location=\"https://opi.univ.example/connecteur/services/OpiMetier\""), wsdl);
        }
    }

    @Test
    void behind_a_trusted_proxy_the_wsdl_gives_the_forwarded_address_and_from_anyone_else_the_listened_one()
            throws Exception {
        try (ConnecteurDEssai derriereProxy = ConnecteurDEssai.demarrer(base.url(),
                Map.of("OPI_HTTP_TRUSTED_PROXIES", "127.0.0.1/32"))) {
            String public443 = wsdlVia(derriereProxy.adresse(), "https", "opi.univ.example", null);
            String port8443 = wsdlVia(derriereProxy.adresse(), "https", "opi.univ.example, interne.local", "8443");
            String illisible = wsdlVia(derriereProxy.adresse(), "gopher", "opi univ", "99999");

            assertTrue(public443.contains("location=\"https://opi.univ.example/services/OpiMetier\""), public443);
            assertTrue(port8443.contains("location=\"https://opi.univ.example:8443/services/OpiMetier\""), port8443);
            assertTrue(illisible.contains("location=\"" + derriereProxy.adresse() + "\""), "bad headers ignored: " + illisible);
        }
        String nonFiable = wsdlVia(connecteur.adresse(), "https", "attaquant.example", null);
        assertTrue(nonFiable.contains("location=\"" + connecteur.adresse() + "\""),
                "from a caller that is not a trusted proxy the headers are ignored: " + nonFiable);
    }

    private static String wsdlVia(String adresse, String protocole, String hote, String port) throws Exception {
        HttpRequest.Builder requete = HttpRequest.newBuilder(URI.create(adresse + "?wsdl"))
                .header("X-Forwarded-Proto", protocole).header("X-Forwarded-Host", hote);
        if (port != null) {
            requete.header("X-Forwarded-Port", port);
        }
        return HttpClient.newHttpClient().send(requete.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static Map<String, Dossier.VoeuDossier> voeux(Dossier dossier) {
        return dossier.voeux().stream().collect(Collectors.toMap(v -> v.donnees().cle().toString(), v -> v));
    }

    private static List<String> evenements(Dossier dossier) {
        return dossier.historique().stream().map(Dossier.LigneHistorique::evenement).toList();
    }
}
