package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.ConnecteurDEssai.Reponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bad input answers its Apogée fault key, a French lastErrorMsg, HTTP 500, and stores nothing. */
class FautesIT extends AvecConnecteur {

    private static final String CLE = "technical.parameter.noncoherentinput.";

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            apogee-client-v10-nil-birthdate.xml | dateNaiIndOpi    | date de naissance (dateNaiIndOpi) est obligatoire
            v10-sans-codOpiIntEpo.xml           | codOpiIntEpo     | code OPI (codOpiIntEpo) est obligatoire
            v10-codOpiIntEpo-trop-long.xml      | codOpiIntEpo     | compte 11 caractères
            v10-sans-libNomPatIndOpi.xml        | libNomPatIndOpi  | nom de naissance (libNomPatIndOpi)
            v10-sans-libPr1IndOpi.xml           | libPr1IndOpi     | premier prénom (libPr1IndOpi)
            v10-sans-temDateNaiRelOpi.xml       | temDateNaiRelOpi | vaut O ou N
            v10-temDateNaiRelOpi-X.xml          | temDateNaiRelOpi | vaut O ou N
            v10-date-31022008.xml               | dateNaiIndOpi    | pas une date réelle au format JJMMAAAA
            v10-date-iso.xml                    | dateNaiIndOpi    | pas une date réelle au format JJMMAAAA
            v10-date-future.xml                 | dateNaiIndOpi    | pas plausible
            v10-sans-individu.xml               | individu         | bloc individu est absent
            v10-sans-donneesOpi.xml             | donneesOpi       | _donneesOpi est absent
            v10-donneesOpi-qualifie.xml         | donneesOpi       | sans espace de noms
            v10-voeu2-sans-codCge.xml           | codCge           | centre de gestion (codCge) du vœu n°2
            v10-voeu2-sans-codEtp.xml           | codEtp           | étape (codEtp) du vœu n°2
            v10-voeu2-sans-codVrsVet.xml        | codVrsVet        | (codVrsVet) du vœu n°2
            v10-codVrsVet-0.xml                 | codVrsVet        | entier de 1 à 999
            v10-voeu2-sans-numCls.xml           | numCls           | rang (numCls) du vœu n°2
            v10-voeu2-numCls-vide.xml           | numCls           | rang (numCls) du vœu n°2 est obligatoire
            v10-voeu2-codVrsVet-vide.xml        | codVrsVet        | (codVrsVet) du vœu n°2 est obligatoire
            v10-voeu2-sans-codDemDos.xml        | codDemDos        | (codDemDos) du vœu n°2
            v10-voeu2-sans-codDecVeu.xml        | codDecVeu        | décision (codDecVeu) du vœu n°2
            v10-decision-X.xml                  | codDecVeu        | vaut F (favorable), S (oui-si) ou D (défavorable)
            v10-decision-minuscule.xml          | codDecVeu        | décision (codDecVeu) du vœu n°1
            v10-voeu-en-double.xml              | voeux            | vœux n°1 et n°2 portent sur la même VET (DRO/LDR1/1)
            v10-lib1-trop-long.xml              | lib1             | le connecteur en conserve au plus 255
            v10-codVrsVet-pas-un-nombre.xml     | requete          | un nombre mal écrit
            operation-inconnue.xml              | requete          | l'opération demandée n'existe pas dans ce service
            xml-mal-forme.xml                   | requete          | pas une enveloppe SOAP 1.1 bien formée
            pas-soap.xml                        | requete          | pas une enveloppe SOAP 1.1 bien formée
            corps-vide.xml                      | requete          | pas une enveloppe SOAP 1.1 bien formée
            """)
    void bad_input_gets_its_fault_and_nothing_is_stored(String fichier, String champ, String extraitDuMessage) {
        Reponse reponse = connecteur.poster(fichier);

        assertEquals(500, reponse.statut());
        assertEquals(CLE + champ, reponse.faultstring(), reponse.corps());
        assertTrue(reponse.lastErrorMsg().contains(extraitDuMessage), reponse.lastErrorMsg());
        assertTrue(reponse.corps().contains("<element>" + champ + "</element>"), reponse.corps());
        assertEquals(0, base.compter("SELECT COUNT(*) FROM individu"));
        assertEquals(0, base.compter("SELECT COUNT(*) FROM voeu"));
        assertEquals(0, base.compter("SELECT COUNT(*) FROM historique"));
        assertEquals(1, base.compter("SELECT COUNT(*) FROM journal WHERE resultat = 'refused' AND cle_faute = '"
                + CLE + champ + "'"), "the refusal is journaled");
    }

    @Test
    void a_refused_update_leaves_the_stored_opi_as_it_was() {
        connecteur.poster("apogee-client-v10-full.xml");
        long voeux = base.compter("SELECT COUNT(*) FROM voeu WHERE etat = 'ACTIF'");

        Reponse reponse = connecteur.poster("v10-voeu2-sans-codEtp.xml");

        assertEquals(CLE + "codEtp", reponse.faultstring());
        assertEquals(voeux, base.compter("SELECT COUNT(*) FROM voeu WHERE etat = 'ACTIF'"));
        assertEquals(3, base.compter("SELECT COUNT(*) FROM historique"));
        assertEquals(1, base.compter("SELECT COUNT(*) FROM individu WHERE modifie_le = cree_le"));
    }

    @Test
    void fault_messages_never_repeat_the_personal_value_at_fault() {
        Reponse date = connecteur.poster("v10-date-31022008.xml");
        Reponse nombre = connecteur.poster("v10-codVrsVet-pas-un-nombre.xml");

        assertFalse(date.corps().contains("31022008"), date.corps());
        assertFalse(nombre.corps().contains("abc"), nombre.corps());
    }
}
