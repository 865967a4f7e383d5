package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.securite.Profil;
import fr.opiconnector.soap.generated.dossieropi.DossierOpiServiceInterface;
import fr.opiconnector.soap.generated.dossieropi.WebBaseException_Exception;
import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.Commande;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.SessionAdminDEssai;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Students already known to the university (reorientations) are looked up by INE or by student number (codEtuOpi)
 * as well as by OPI code: through consulterDossier, the dossier command and the admin search. An INE that two
 * campaigns' OPIs carry needs the OPI code.
 */
class DossierParIneEtCodeEtudiantIT extends AvecConnecteur {

    private static final String NE_LE = "14072008";
    private static final String INE = "1234567890A";

    private static DossierOpiServiceInterface dossierOpi;

    @BeforeAll
    static void creerLeClient() {
        dossierOpi = clientDossierOpi();
    }

    @Test
    void a_dossier_is_found_by_ine_or_student_number_with_the_birth_date(@TempDir Path repertoire) throws Exception {
        connecteur.posterOctets(avecCodeEtudiant("P260000042", "21012345"));

        String parIne = dossierOpi.consulterDossier(null, NE_LE, INE, null).getCodOpiIntEpo();
        String parNumero = dossierOpi.consulterDossier(null, NE_LE, null, 21012345).getCodOpiIntEpo();
        WebBaseException_Exception mauvaiseDate = assertThrows(WebBaseException_Exception.class,
                () -> dossierOpi.consulterDossier(null, "01012008", INE, null));
        WebBaseException_Exception deuxIdentifiants = assertThrows(WebBaseException_Exception.class,
                () -> dossierOpi.consulterDossier("P260000042", NE_LE, INE, null));
        WebBaseException_Exception aucunIdentifiant = assertThrows(WebBaseException_Exception.class,
                () -> dossierOpi.consulterDossier(null, NE_LE, null, null));
        WebBaseException_Exception casse = assertThrows(WebBaseException_Exception.class,
                () -> dossierOpi.consulterDossier(null, NE_LE, INE.toLowerCase(), null));
        WebBaseException_Exception numeroInconnu = assertThrows(WebBaseException_Exception.class,
                () -> dossierOpi.consulterDossier(null, NE_LE, null, 99999999));
        Path configuration = configurationCli(repertoire);
        Commande.Sortie cliIne = Commande.executer(configuration, "dossier", "--ine", INE);
        Commande.Sortie cliNumero = Commande.executer(configuration, "dossier", "--etu", "21012345");
        Commande.Sortie cliInconnu = Commande.executer(configuration, "dossier", "--etu", "99999999");
        Commande.Sortie cliCasse = Commande.executer(configuration, "dossier", "--ine", INE.toLowerCase());

        assertEquals("P260000042", parIne);
        assertEquals("P260000042", parNumero);
        assertEquals("technical.data.nullretrieve.dossier", mauvaiseDate.getMessage());
        assertEquals("technical.parameter.noncoherentinput.codOpiIntEpo", deuxIdentifiants.getMessage());
        assertEquals("technical.parameter.noncoherentinput.codOpiIntEpo", aucunIdentifiant.getMessage());
        assertTrue(deuxIdentifiants.getFaultInfo().getLastErrorMsg().startsWith("Donnez un et un seul identifiant"),
                deuxIdentifiants.getFaultInfo().getLastErrorMsg());
        assertEquals("technical.data.nullretrieve.dossier", casse.getMessage(), "identifiers compare exactly");
        assertEquals("technical.data.nullretrieve.dossier", numeroInconnu.getMessage());
        assertEquals(0, cliIne.statut(), cliIne.err());
        assertTrue(cliIne.out().startsWith("OPI P260000042"), cliIne.out());
        assertEquals(0, cliNumero.statut(), cliNumero.err());
        assertTrue(cliNumero.out().startsWith("OPI P260000042"), cliNumero.out());
        assertEquals(1, cliInconnu.statut());
        assertTrue(cliInconnu.err().contains("No stored individual has the student number 99999999"), cliInconnu.err());
        assertEquals(1, cliCasse.statut(), "identifiers compare exactly: " + cliCasse.out());
    }

    @Test
    void the_registrar_finds_a_dossier_by_ine_or_student_number_on_the_admin_page() throws Exception {
        connecteur.posterOctets(avecCodeEtudiant("P260000042", "21012345"));
        SessionAdminDEssai gestionnaire = SessionAdminDEssai.connecter(connecteur, "gestine", EnumSet.of(Profil.GESTIONNAIRE));

        HttpResponse<String> parIne = gestionnaire.get("/admin/dossier?ine=" + INE);
        HttpResponse<String> parNumero = gestionnaire.get("/admin/dossier?etu=21012345");
        HttpResponse<String> casse = gestionnaire.get("/admin/dossier?ine=" + INE.toLowerCase());
        HttpResponse<String> inconnu = gestionnaire.get("/admin/dossier?etu=99999999");

        assertEquals(200, parIne.statusCode());
        assertTrue(parIne.body().contains("<table id=\"identite\">") && parIne.body().contains("P260000042"), parIne.body());
        assertEquals(200, parNumero.statusCode());
        assertTrue(parNumero.body().contains("<table id=\"identite\">") && parNumero.body().contains("P260000042"),
                parNumero.body());
        assertFalse(casse.body().contains("<table id=\"identite\">"), "identifiers compare exactly: " + casse.body());
        assertFalse(inconnu.body().contains("<table id=\"identite\">"), inconnu.body());
        assertTrue(inconnu.body().contains("<p id=\"message\" role=\"status\">Aucun individu enregistré") && inconnu.body().contains("99999999"),
                inconnu.body());
    }

    @Test
    void an_ine_carried_by_two_campaigns_opis_asks_for_the_opi_code(@TempDir Path repertoire) throws Exception {
        connecteur.posterOctets(avecCodeEtudiant("P260000042", "21012345"));
        connecteur.posterOctets(avecCodeEtudiant("P250000042", "21012345"));
        SessionAdminDEssai gestionnaire = SessionAdminDEssai.connecter(connecteur, "gestdeux", EnumSet.of(Profil.GESTIONNAIRE));

        WebBaseException_Exception ambigu = assertThrows(WebBaseException_Exception.class,
                () -> dossierOpi.consulterDossier(null, NE_LE, INE, null));
        WebBaseException_Exception numeroAmbigu = assertThrows(WebBaseException_Exception.class,
                () -> dossierOpi.consulterDossier(null, NE_LE, null, 21012345));
        String parCode = dossierOpi.consulterDossier("P250000042", NE_LE, null, null).getCodOpiIntEpo();
        Commande.Sortie cli = Commande.executer(configurationCli(repertoire), "dossier", "--ine", INE);
        HttpResponse<String> page = gestionnaire.get("/admin/dossier?ine=" + INE);

        assertEquals("technical.data.noncoherent.plusieursDossiers", ambigu.getMessage());
        assertTrue(ambigu.getFaultInfo().getLastErrorMsg().contains("code OPI"), ambigu.getFaultInfo().getLastErrorMsg());
        assertEquals("technical.data.noncoherent.plusieursDossiers", numeroAmbigu.getMessage());
        assertEquals("P250000042", parCode, "the OPI code still finds each campaign's dossier");
        assertEquals(1, cli.statut());
        assertTrue(cli.err().contains("2 OPI codes carry the INE " + INE + " (one per admission campaign): P250000042, "
                + "P260000042"), cli.err());
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("<table id=\"identite\">"), page.body());
        assertTrue(page.body().contains("<a href=\"/admin/dossier?code=P250000042\">")
                && page.body().contains("<a href=\"/admin/dossier?code=P260000042\">"), page.body());
    }

    private static byte[] avecCodeEtudiant(String code, String numero) {
        String requete = new String(ConnecteurDEssai.requete("apogee-client-v10-full.xml"), StandardCharsets.UTF_8)
                .replace("<codEtuOpi xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>",
                        "<codEtuOpi>" + numero + "</codEtuOpi>")
                .replace("P260000042", code);
        assertTrue(requete.contains("<codEtuOpi>" + numero + "</codEtuOpi>"));
        return requete.getBytes(StandardCharsets.UTF_8);
    }

}
