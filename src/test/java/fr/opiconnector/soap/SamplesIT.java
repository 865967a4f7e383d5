package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.ConnecteurDEssai.Reponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample requests shipped in config/samples, posted as they are, in the order the README gives. */
class SamplesIT extends AvecConnecteur {

    private static final Pattern ANNONCE = Pattern.compile(
            "Expected answer: HTTP (200|500), (empty (\\S+)|fault (\\S+);)");
    private static final Pattern OPERATION = Pattern.compile("(mettreajourDonneesOpi_v\\d+)Response");
    private static final Pattern ESPACE_DE_NOMS = Pattern.compile("xmlns:opi=\"([^\"]+)\"");

    @Test
    void every_sample_request_gets_the_answer_its_comment_announces() throws Exception {
        assertTrue(connecteur.posterOctets(sample("mettreajourDonneesOpi_v10.xml")).reponseVide());

        Reponse dossier = dossierOpi("consulterDossier");
        Reponse inscription = dossierOpi("enregistrerInscription");
        Reponse repetee = dossierOpi("enregistrerInscription");
        Reponse annulation = dossierOpi("annulerInscription");
        Reponse accorde = dossierOpi("accorderLaissezPasser");
        Reponse retire = dossierOpi("retirerLaissezPasser");
        Reponse liste = dossierOpi("listerInscriptionsAAnnuler");

        assertTrue(dossier.corps().contains("<libNomPatIndOpi>DURAND-MOREL</libNomPatIndOpi>"), dossier.corps());
        assertTrue(dossier.corps().contains("<motif>OUI_SI</motif>"), dossier.corps());
        assertTrue(inscription.corps().contains("<etatInscription>1</etatInscription>"), inscription.corps());
        assertEquals(200, repetee.statut(), repetee.corps());
        assertTrue(annulation.corps().contains("<etatInscription>3</etatInscription>"), annulation.corps());
        assertTrue(accorde.corps().contains("<actif>true</actif>"), accorde.corps());
        assertTrue(retire.corps().contains("<actif>false</actif>"), retire.corps());
        assertTrue(liste.corps().contains("listerInscriptionsAAnnulerResponse"), liste.corps());
        assertEquals(2, base.compter("SELECT COUNT(*) FROM remontee"), "the IA and its cancellation wait in the outbox");
    }

    /** Each OpiMetier sample's header comment ends with the answer it announces; the README repeats it. */
    @ParameterizedTest
    @MethodSource("echantillonsOpiMetier")
    void every_opimetier_sample_gets_the_answer_its_comment_announces(String fichier) throws Exception {
        String texte = Files.readString(Path.of("config/samples", fichier));
        Matcher annonce = ANNONCE.matcher(texte);
        assertTrue(annonce.find(), fichier + " says which answer to expect");

        Reponse reponse = connecteur.posterOctets(sample(fichier));

        if (annonce.group(1).equals("200")) {
            Matcher operation = OPERATION.matcher(annonce.group(2));
            assertTrue(operation.find(), annonce.group(2));
            assertEquals(200, reponse.statut(), reponse.corps());
            assertFalse(reponse.corps().contains("Fault"), reponse.corps());
            Matcher espace = ESPACE_DE_NOMS.matcher(texte);
            assertTrue(espace.find());
            assertTrue(Pattern.compile("<(\\w+:)?" + operation.group(1) + "Response xmlns(:\\w+)?=\"" + Pattern.quote(espace.group(1))
                    + "\"").matcher(reponse.corps()).find(), "answered in the request's namespace: " + reponse.corps());
            assertEquals(1, base.compter("SELECT COUNT(*) FROM individu"));
            assertEquals(1, base.compter("SELECT COUNT(*) FROM journal WHERE resultat = 'created' AND operation = '"
                    + operation.group(1) + "'"));
        } else {
            assertEquals(500, reponse.statut(), reponse.corps());
            assertEquals(annonce.group(4), reponse.faultstring(), reponse.corps());
            assertEquals(0, base.compter("SELECT COUNT(*) FROM individu"));
            assertEquals(1, base.compter("SELECT COUNT(*) FROM journal WHERE resultat = 'refused'"));
        }
    }

    static Stream<String> echantillonsOpiMetier() throws Exception {
        try (Stream<Path> fichiers = Files.list(Path.of("config/samples"))) {
            List<String> noms = fichiers.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("mettreajourDonneesOpi") || n.startsWith("broken-")).sorted().toList();
            assertEquals(13, noms.size(), "four versions, the minimal call and eight broken ones: " + noms);
            return noms.stream();
        }
    }

    private static Reponse dossierOpi(String operation) throws Exception {
        Reponse reponse = ConnecteurDEssai.posterOctets(connecteur.adresseDossierOpi(), sample("dossieropi-" + operation + ".xml"));
        assertEquals(200, reponse.statut(), operation + ": " + reponse.corps());
        return reponse;
    }

    private static byte[] sample(String fichier) throws Exception {
        return Files.readAllBytes(Path.of("config/samples", fichier));
    }
}
