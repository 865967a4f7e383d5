package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.securite.Profil;
import fr.opiconnector.securite.CompteRefuseException;
import fr.opiconnector.securite.ComptesService;
import fr.opiconnector.inscription.Dossier;
import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.ConnecteurDEssai.Reponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Identifiers compare exactly on MariaDB: an OPI code, a wish's codes, an INE, a login that differ only by case or by a
 * space never reach another record. What the contract refuses in a key (lower case, spaces) gets the field's fault.
 */
class IdentifiantsExactsIT extends AvecConnecteur {

    private static final String CLE = "technical.parameter.noncoherentinput.";
    private static final String OPI = "P260012345";

    @Test
    void a_lower_case_opi_code_is_refused_and_does_not_overwrite_the_student() {
        assertTrue(connecteur.posterOctets(echantillon().getBytes(StandardCharsets.UTF_8)).reponseVide());

        Reponse reponse = poster(autrePersonne(echantillon().replace(">" + OPI + "<", ">p260012345<")));

        assertEquals(500, reponse.statut(), reponse.corps());
        assertEquals(CLE + "codOpiIntEpo", reponse.faultstring());
        assertTrue(reponse.lastErrorMsg().contains("minuscule"), reponse.lastErrorMsg());
        Dossier dossier = connecteur.dossier(OPI).orElseThrow();
        assertEquals("DURAND-MOREL", dossier.individu().etatCivil().libNomPatIndOpi());
        assertEquals("03042008", dossier.individu().donneesNaissance().dateNaiIndOpi());
        assertEquals(1, base.compter("SELECT COUNT(*) FROM individu"));
        assertEquals(1, base.compter("SELECT COUNT(*) FROM journal WHERE resultat = 'refused' AND cle_faute = '"
                + CLE + "codOpiIntEpo'"));
    }

    @Test
    void an_opi_code_with_a_trailing_space_is_refused_and_does_not_overwrite_the_student() {
        String c = echantillon().replace(">" + OPI + "<", ">C12345678<");
        assertTrue(poster(c).reponseVide());

        Reponse reponse = poster(autrePersonne(c.replace(">C12345678<", ">C12345678 <")));

        assertEquals(500, reponse.statut(), reponse.corps());
        assertEquals(CLE + "codOpiIntEpo", reponse.faultstring());
        assertTrue(reponse.lastErrorMsg().contains("espace"), reponse.lastErrorMsg());
        assertEquals("DURAND-MOREL", connecteur.dossier("C12345678").orElseThrow().individu().etatCivil().libNomPatIndOpi());
        assertEquals(List.of("created"), connecteur.dossier("C12345678").orElseThrow().journal().stream()
                .map(Dossier.LigneJournal::resultat).toList());
    }

    @Test
    void wishes_differing_only_by_case_in_one_call_get_the_codCge_fault_at_once() {
        Reponse reponse = poster(secondVoeuSurLPH1(echantillon(), "sci", "LPH1"));

        assertEquals(500, reponse.statut(), reponse.corps());
        assertEquals(CLE + "codCge", reponse.faultstring(), reponse.corps());
        assertTrue(reponse.lastErrorMsg().contains("vœu n°2"), reponse.lastErrorMsg());
        assertEquals(0, base.compter("SELECT COUNT(*) FROM individu"));
    }

    @Test
    void wishes_differing_only_by_a_trailing_space_in_one_call_get_the_codEtp_fault_at_once() {
        Reponse reponse = poster(secondVoeuSurLPH1(echantillon(), "SCI", "LPH1 "));

        assertEquals(500, reponse.statut(), reponse.corps());
        assertEquals(CLE + "codEtp", reponse.faultstring(), reponse.corps());
        assertTrue(reponse.lastErrorMsg().contains("vœu n°2"), reponse.lastErrorMsg());
        assertEquals(0, base.compter("SELECT COUNT(*) FROM individu"));
    }

    @Test
    void an_ine_differing_only_by_case_is_a_change_kept_as_sent() {
        assertTrue(poster(echantillon()).reponseVide());

        assertTrue(poster(echantillon().replace(">0512345678B<", ">0512345678b<")).reponseVide());

        Dossier dossier = connecteur.dossier(OPI).orElseThrow();
        assertEquals("0512345678b", dossier.individu().etatCivil().codNneIndOpi());
        assertEquals("updated", dossier.journal().get(1).resultat());
        assertEquals(0, base.compter("SELECT COUNT(*) FROM individu WHERE etat_civil_cod_nne_ind_opi = '0512345678B'"),
                "a search by INE finds only the exact INE");
    }

    @Test
    void every_identifier_column_compares_exactly() {
        List<String> colonnes = List.of("audit.login", "compte.email", "compte.login", "formation.oui_cod_etp",
                "formation.oui_si3_cod_etp", "formation.oui_si4_cod_etp", "individu.cod_opi_int_epo",
                "individu.etat_civil_cod_nne_ind_opi", "inscription.cod_etp", "journal.cod_opi_int_epo",
                "remontee.cod_opi_int_epo", "voeu.cod_cge", "voeu.cod_etp");

        List<String> collations = base.lignes("SELECT CONCAT(table_name, '.', column_name, ' ', collation_name) "
                + "FROM information_schema.columns WHERE table_schema = DATABASE() AND CONCAT(table_name, '.', column_name) IN ('"
                + String.join("', '", colonnes) + "') ORDER BY 1");

        assertEquals(colonnes.stream().map(c -> c + " utf8mb4_nopad_bin").toList(), collations);
    }

    @Test
    void an_account_login_or_email_differing_only_by_case_is_the_same_account() throws Exception {
        ComptesService comptes = new ComptesService(connecteur.application().database().emf(), Clock.systemUTC());
        comptes.ajouter("alice", "Alice Martin", "alice@univ.fr", null, EnumSet.of(Profil.ADMINISTRATEUR), "test");

        CompteRefuseException login = assertThrows(CompteRefuseException.class, () -> comptes.ajouter("ALICE ", "Alice Martin",
                "autre@univ.fr", null, EnumSet.of(Profil.ADMINISTRATEUR), "test"));
        CompteRefuseException email = assertThrows(CompteRefuseException.class, () -> comptes.ajouter("bob", "Alice Martin",
                "Alice@Univ.FR", null, EnumSet.of(Profil.ADMINISTRATEUR), "test"));

        assertTrue(login.getMessage().contains("existe déjà"), login.getMessage());
        assertTrue(email.getMessage().contains("déjà celle d'un autre compte"), email.getMessage());
        assertEquals(1, base.compter("SELECT COUNT(*) FROM compte"));
    }

    private static Reponse poster(String corps) {
        return connecteur.posterOctets(corps.getBytes(StandardCharsets.UTF_8));
    }

    private static String echantillon() {
        try {
            return Files.readString(Path.of("config/samples/mettreajourDonneesOpi_v10.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same OPI carrying another person: other name, other birth date. */
    private static String autrePersonne(String corps) {
        return corps.replace(">DURAND-MOREL<", ">MARTIN<").replace(">03042008<", ">17111999<");
    }

    /** The sample with its second wish turned into SCI/LPH1/1 written with the given codCge and codEtp. */
    private static String secondVoeuSurLPH1(String corps, String codCge, String codEtp) {
        int second = corps.indexOf("<item>", corps.indexOf("<item>") + 1);
        String debut = corps.substring(0, second);
        String fin = corps.substring(second).replaceFirst("<codCge>SCI</codCge>", "<codCge>" + codCge + "</codCge>")
                .replaceFirst("<codEtp>LMA1</codEtp>", "<codEtp>" + codEtp + "</codEtp>")
                .replaceFirst("<codVrsVet>4</codVrsVet>", "<codVrsVet>1</codVrsVet>");
        return debut + fin;
    }
}
