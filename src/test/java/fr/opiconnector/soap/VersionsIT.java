package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.reception.VoeuOpi;
import fr.opiconnector.inscription.Dossier;
import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.ConnecteurDEssai.Reponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * mettreajourDonneesOpi_v7 to _v10 on one dossier, and the namespaces of the Apogée versions: what an older version
 * does not carry keeps its stored value, what it carries replaces it.
 */
class VersionsIT extends AvecConnecteur {

    private static final String OPI = "P260012345";

    @Test
    void an_older_version_leaves_what_it_does_not_carry_as_stored() throws Exception {
        assertEquals(200, poster("mettreajourDonneesOpi_v10.xml").statut());

        Reponse v7 = poster("mettreajourDonneesOpi_v7.xml");

        assertEquals(200, v7.statut(), v7.corps());
        Dossier dossier = connecteur.dossier(OPI).orElseThrow();
        VoeuOpi ouiSi = voeu(dossier, "LMA1");
        assertEquals("3", ouiSi.codCatOuiSi(), "the Oui-Si category v7 cannot carry stays");
        assertEquals("Parcours en 4 ans avec tutorat renforcé", ouiSi.mtfCat());
        assertEquals("1", ouiSi.codRge());
        assertEquals("PHCH", dossier.individu().bac().codSpe1BacTer(), "the bac specialities v7 cannot carry stay");
        assertEquals("MEXP", dossier.individu().bac().codOpt1Bac());
        assertTrue(dossier.anomalies().isEmpty() && dossier.voeux().stream().allMatch(v -> v.anomalies().isEmpty()),
                "no anomaly for a category that is stored: " + dossier);
        assertEquals(List.of("created", "unchanged"), resultats(), "the same OPI through v7 changes nothing");
    }

    @Test
    void an_older_version_replaces_what_it_carries() throws Exception {
        poster("mettreajourDonneesOpi_v10.xml");

        // v8 carries the Oui-Si category and motif: sent nil, they go; the bac specialities, not carried, stay.
        String v8 = sample("mettreajourDonneesOpi_v8.xml")
                .replace("<codCatOuiSi>3</codCatOuiSi>", "<codCatOuiSi xsi:nil=\"true\"/>")
                .replace("<codBac>G</codBac>", "<codBac>0031</codBac>");
        assertEquals(200, connecteur.posterOctets(v8.getBytes(StandardCharsets.UTF_8)).statut());

        Dossier dossier = connecteur.dossier(OPI).orElseThrow();
        assertNull(voeu(dossier, "LMA1").codCatOuiSi());
        assertEquals("0031", dossier.individu().bac().codBac());
        assertEquals("PHCH", dossier.individu().bac().codSpe1BacTer());
        assertEquals(List.of("created", "updated"), resultats());
        assertTrue(dossier.historique().stream().anyMatch(h -> "codCatOuiSi".equals(champ(h.champ()))
                && "3".equals(h.ancienneValeur()) && h.nouvelleValeur() == null), dossier.historique().toString());
    }

    @Test
    void a_first_call_through_an_older_version_stores_what_it_carries() throws Exception {
        Reponse v7 = poster("mettreajourDonneesOpi_v7.xml");

        assertEquals(200, v7.statut(), v7.corps());
        Dossier dossier = connecteur.dossier(OPI).orElseThrow();
        assertNull(voeu(dossier, "LMA1").codCatOuiSi());
        assertNull(dossier.individu().bac().codSpe1BacTer());
        assertEquals("0380027Y", dossier.individu().bac().codEtb());
        assertEquals(2, dossier.voeux().size());
        assertEquals("mettreajourDonneesOpi_v7", dossier.journal().get(0).operation());
    }

    @Test
    void a_dated_namespace_is_answered_in_that_namespace_faults_included() throws Exception {
        String dated = "gouv.education.apogee.commun.servicesmetiers.OpiMetier_30042019";
        String v8SansCode = sample("mettreajourDonneesOpi_v8.xml").replace("<codOpiIntEpo>P260012345</codOpiIntEpo>", "");

        Reponse faute = connecteur.posterOctets(v8SansCode.getBytes(StandardCharsets.UTF_8));

        assertEquals(500, faute.statut());
        assertEquals("technical.parameter.noncoherentinput.codOpiIntEpo", faute.faultstring());
        assertTrue(faute.corps().matches("(?s).*<(\\w+:)?fault xmlns(:\\w+)?=\"" + dated.replace(".", "\\.") + "\".*"),
                "the fault detail is in the caller's namespace: " + faute.corps());
        assertEquals(0, base.compter("SELECT COUNT(*) FROM individu"));
    }

    @Test
    void an_unknown_namespace_is_refused_with_the_accepted_ones_named() throws Exception {
        Reponse reponse = poster("broken-unknown-namespace.xml");

        assertEquals(500, reponse.statut());
        assertEquals("technical.parameter.noncoherentinput.espaceDeNoms", reponse.faultstring());
        for (String accepte : List.of("OpiMetier,", "OpiMetier_30042019", "OpiMetier_28072017", "OpiMetier_13022017")) {
            assertTrue(reponse.lastErrorMsg().contains("gouv.education.apogee.commun.servicesmetiers." + accepte),
                    reponse.lastErrorMsg());
        }
        assertTrue(reponse.lastErrorMsg().contains("OpiMetier_01012030"), reponse.lastErrorMsg());
        assertEquals(1, base.compter("SELECT COUNT(*) FROM journal WHERE resultat = 'refused' "
                + "AND cle_faute = 'technical.parameter.noncoherentinput.espaceDeNoms' "
                + "AND operation = 'mettreajourDonneesOpi_v10'"));
    }

    @Test
    void an_invented_operation_in_an_unknown_namespace_is_journaled_under_no_name_of_its_own() throws Exception {
        String invente = sample("broken-unknown-namespace.xml").replace("mettreajourDonneesOpi_v10", "operation_x4f7");

        Reponse reponse = connecteur.posterOctets(invente.getBytes(StandardCharsets.UTF_8));

        assertEquals("technical.parameter.noncoherentinput.espaceDeNoms", reponse.faultstring());
        assertEquals(List.of("inconnue"), base.lignes("SELECT operation FROM journal"),
                "the journal and the metrics' operation tag take no name from the request");
        assertFalse(connecteur.metriques().corps().contains("operation_x4f7"));
    }

    @Test
    void the_wsdl_offers_the_four_versions() throws Exception {
        String wsdl = ConnecteurDEssai.get(java.net.URI.create(connecteur.adresse() + "?wsdl")).corps();
        for (String version : List.of("v7", "v8", "v9", "v10")) {
            assertTrue(wsdl.contains("<wsdl:operation name=\"mettreajourDonneesOpi_" + version + "\">"), version);
        }
    }

    private static String champ(String chemin) {
        return chemin == null ? null : chemin.substring(chemin.lastIndexOf('.') + 1);
    }

    private List<String> resultats() {
        return base.lignes("SELECT resultat FROM journal ORDER BY id");
    }

    private static VoeuOpi voeu(Dossier dossier, String codEtp) {
        return dossier.voeux().stream().map(Dossier.VoeuDossier::donnees).filter(v -> codEtp.equals(v.codEtp()))
                .findFirst().orElseThrow();
    }

    private static Reponse poster(String fichier) throws Exception {
        return connecteur.posterOctets(Files.readAllBytes(Path.of("config/samples", fichier)));
    }

    private static String sample(String fichier) throws Exception {
        return Files.readString(Path.of("config/samples", fichier));
    }
}
