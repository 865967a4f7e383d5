package fr.opiconnector.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.reception.Adresse;
import fr.opiconnector.reception.DonneesIndividu;
import fr.opiconnector.reception.DonneesNaissance;
import fr.opiconnector.reception.DonneesPersonnelles;
import fr.opiconnector.reception.EtatCivil;
import fr.opiconnector.inscription.Dossier;
import fr.opiconnector.support.Commande.Sortie;
import fr.opiconnector.support.Commande;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.MariaDbDEssai;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `export pegase` and `export apogee` on OPIs stored through the real OpiMetier endpoint (MariaDB): every row read
 * back and checked against the stored dossiers, the to-complete lists, the exit status, byte-identical reruns, and
 * nothing written to the database.
 */
class ExportCommandIT {

    /** F on LDR1/1, S (category 2) on LEC1/2, and LPH1/1 withdrawn (sent, then left out of the next call). */
    private static final String COMPLET = "P260000101";
    /** Failed bac: its only wish D. */
    private static final String DEFAVORABLE = "P260000102";
    /** F on a VET no formation of the mapping holds. */
    private static final String HORS_FORMATIONS = "P260000103";
    /** An address line holding ';'. */
    private static final String POINT_VIRGULE = "P260000104";
    /** A first given name of 22 characters, wider than Apogée's 20. */
    private static final String PRENOM_LONG = "P260000105";

    private static final int[] LARGEURS_CANDIDAT = {10, 3, 10, 1, 8, 1, 4, 4, 30, 20, 20, 30, 3, 1, 3, 32, 32, 15, 1, 200, 30};
    private static final int[] LARGEURS_VOEU = {10, 30, 20, 3, 6, 3, 2};

    private static MariaDbDEssai base;
    private static MariaDbDEssai baseComplete;
    private static ConnecteurDEssai connecteur;
    private static Path configuration;
    private static Path configurationComplete;

    @BeforeAll
    static void preparer(@TempDir Path dossier) throws IOException {
        base = MariaDbDEssai.nouvelleBase();
        connecteur = ConnecteurDEssai.demarrer(base.url());
        poster(connecteur, opi(COMPLET, "Élodie", "12 RUE DE LA PAIX", voeu("DRO", "LDR1", 1, 1, "F", null),
                voeu("ECO", "LEC1", 2, 2, "S", "2"), voeu("SCI", "LPH1", 1, 3, "F", null)));
        poster(connecteur, opi(COMPLET, "Élodie", "12 RUE DE LA PAIX", voeu("DRO", "LDR1", 1, 1, "F", null),
                voeu("ECO", "LEC1", 2, 2, "S", "2")));
        poster(connecteur, opi(DEFAVORABLE, "LUCAS", "1 PLACE SAINTE-ANNE", voeu("DRO", "LDR1", 1, 1, "D", null)));
        poster(connecteur, opi(HORS_FORMATIONS, "JADE", "5 QUAI CHATEAUBRIAND", voeu("ZZZ", "ZZZ9", 1, 1, "F", null)));
        poster(connecteur, opi(POINT_VIRGULE, "NOAH", "3; RUE DES LILAS", voeu("DRO", "LDR1", 1, 1, "F", null)));
        poster(connecteur, opi(PRENOM_LONG, "MARIE-CHRISTINE-ÉLODIE", "8 RUE DE BREST",
                voeu("DRO", "LDR1", 1, 1, "F", null)));
        configuration = config(dossier.resolve("opi.properties"), base);

        baseComplete = MariaDbDEssai.nouvelleBase();
        try (ConnecteurDEssai seul = ConnecteurDEssai.demarrer(baseComplete.url())) {
            poster(seul, opi(COMPLET, "Élodie", "12 RUE DE LA PAIX", voeu("DRO", "LDR1", 1, 1, "F", null),
                    voeu("SCI", "LPH1", 1, 3, "D", null)));
        }
        configurationComplete = config(dossier.resolve("opi-complete.properties"), baseComplete);
    }

    @AfterAll
    static void nettoyer() {
        connecteur.close();
        base.close();
        baseComplete.close();
    }

    // ---------------------------------------------------------------- Pégase

    @Test
    void pegase_writes_the_candidates_who_may_register_and_lists_the_rows_to_complete(@TempDir Path dir) throws IOException {
        Sortie sortie = executer("export", "pegase", "--dir", dir.toString(), "--config", configuration.toString());

        assertEquals(1, sortie.statut(), sortie.err());
        List<Map<String, String>> candidats = csv(dir.resolve("candidat.csv"), ExportPegaseColonnes.CANDIDAT);
        List<Map<String, String>> candidatures = csv(dir.resolve("candidature.csv"), ExportPegaseColonnes.CANDIDATURE);
        List<Map<String, String>> inscriptions = csv(dir.resolve("inscription.csv"), ExportPegaseColonnes.INSCRIPTION);

        assertEquals(List.of(COMPLET, PRENOM_LONG), colonne(candidats, "numero_candidat"));
        assertEquals(List.of(COMPLET + " LDR1/1", COMPLET + " LEC1/2", PRENOM_LONG + " LDR1/1"), candidatures.stream()
                .map(c -> c.get("numero_candidat") + " " + vetDe(c)).toList());
        assertEquals(List.of("Élodie", "MARIE-CHRISTINE-ÉLODIE"), colonne(inscriptions, "prenom"));

        for (Map<String, String> candidat : candidats) {
            verifierCandidat(candidat, stocke(candidat.get("numero_candidat")));
        }
        for (Map<String, String> candidature : candidatures) {
            Dossier dossier = connecteur.dossier(candidature.get("numero_candidat")).orElseThrow();
            Dossier.VoeuDossier voeu = dossier.voeux().stream()
                    .filter(v -> (v.donnees().codEtp() + "/" + v.donnees().codVrsVet()).equals(vetDe(candidature)))
                    .findFirst().orElseThrow();
            assertEquals("ACTIF", voeu.etat());
            assertTrue(List.of("F", "S").contains(voeu.donnees().codDecVeu()), voeu.donnees().codDecVeu());
            assertEquals("PS", candidature.get("origine_admission"));
            assertEquals("PS-" + vetDe(candidature).split("/")[0], candidature.get("code_voeu"), "from the mapping");
            assertEquals("PER-2026", candidature.get("code_periode"));
        }
        assertEquals(Map.of("code_formation_psup", "4242", "code_sise", "2500123", "code_etablissement_affectation",
                "0350936C"), psup(candidatures.get(0)));
        assertEquals(Map.of("code_formation_psup", "4310", "code_sise", "2500456", "code_etablissement_affectation",
                "0350936C"), psup(candidatures.get(1)));

        DonneesIndividu elodie = stocke(COMPLET);
        Map<String, String> inscription = inscriptions.get(0);
        assertEquals(elodie.etatCivil().libNomPatIndOpi(), inscription.get("nom_naissance"));
        assertEquals("14/07/2008", inscription.get("date_naissance"));
        assertEquals(elodie.adresseFixe().lib1(), inscription.get("adresse_ligne3_voie"));
        assertEquals(elodie.donneesPersonnelles().adrMailOpi(), inscription.get("mail"));
        assertEquals("", inscription.get("libelle_commune_naissance_etranger"), "born in France");
        assertEquals(List.of("PS", "PS", ""), List.of(inscription.get("origine_admission1"),
                inscription.get("origine_admission2"), inscription.get("origine_admission3")));
        assertEquals("PS", inscriptions.get(1).get("origine_admission1"));
        assertEquals("", inscriptions.get(1).get("origine_admission2"));

        assertEquals(List.of(
                "file;codOpiIntEpo;vet;reason",
                "candidature.csv;P260000103;ZZZ9/1;no formation of the mapping (formations.csv) holds VET ZZZ9/1",
                "candidat.csv;P260000103;;no complete candidature row (see candidature.csv)",
                "inscription.csv;P260000103;;no complete candidature row (see candidature.csv)",
                "candidat.csv;P260000104;;adresse_ligne3_voie contains a semicolon, which the unquoted format cannot hold",
                "candidature.csv;P260000104;LDR1/1;candidate row incomplete (see candidat.csv)",
                "inscription.csv;P260000104;;candidate row incomplete (see candidat.csv)"),
                Files.readAllLines(dir.resolve("pegase-a-completer.csv"), StandardCharsets.UTF_8));
        assertTrue(sortie.out().contains("candidat.csv: 2 row(s)"), sortie.out());
        assertTrue(sortie.out().contains("candidature.csv: 3 row(s)"), sortie.out());
        assertTrue(sortie.out().contains("6 row(s) to complete, listed in pegase-a-completer.csv"), sortie.out());
        assertTrue(sortie.out().contains("candidature.csv  P260000103  ZZZ9/1  no formation"), sortie.out());
        assertFalse(sortie.out().contains("Élodie") || sortie.out().contains("LEF"), "no personal data on the output");
        assertFalse(Files.readString(dir.resolve("candidat.csv")).contains("RUE DES LILAS"), "the ';' row is not altered");
    }

    @Test
    void many_rows_to_complete_are_summed_up_by_reason_and_the_empty_mapping_is_named(@TempDir Path dir) throws IOException {
        try (MariaDbDEssai sansFormations = MariaDbDEssai.nouvelleBase()) {
            try (ConnecteurDEssai seul = ConnecteurDEssai.demarrer(sansFormations.url())) {
                for (int i = 0; i < 8; i++) {
                    poster(seul, opi(String.format("P26000020%d", i), "ANNA", "2 RUE HAUTE", voeu("DRO", "LDR1", 1, 1, "F", null)));
                }
            }
            sansFormations.executerDansLaBase("DELETE FROM formation");
            Path config = config(dir.resolve("opi.properties"), sansFormations);

            Sortie sortie = executer("export", "pegase", "--dir", dir.resolve("out").toString(), "--config", config.toString());

            assertEquals(1, sortie.statut(), sortie.err());
            assertEquals(25, Files.readAllLines(dir.resolve("out/pegase-a-completer.csv")).size(), "header and 24 rows");
            assertTrue(sortie.out().contains("24 row(s) to complete, listed in pegase-a-completer.csv; by reason:"), sortie.out());
            assertTrue(sortie.out().contains("  8  candidature.csv: no formation of the mapping (formations.csv) holds VET "
                    + "LDR1/1"), sortie.out());
            assertTrue(sortie.out().contains("  … 4 more in pegase-a-completer.csv"), sortie.out());
            assertEquals(20, sortie.out().lines().filter(l -> l.matches("  \\S+\\.csv  P26\\d{7}.*")).count(), sortie.out());
            assertTrue(sortie.out().contains("the database holds no formation mapping"), sortie.out());
        }
    }

    @Test
    void a_formation_without_pegase_codes_leaves_its_candidatures_to_complete(@TempDir Path dir) throws IOException {
        try (MariaDbDEssai autre = MariaDbDEssai.nouvelleBase()) {
            try (ConnecteurDEssai seul = ConnecteurDEssai.demarrer(autre.url())) {
                poster(seul, opi("P260000301", "ANNA", "2 RUE HAUTE", voeu("DRO", "LDR1", 1, 1, "F", null),
                        voeu("IUT", "BINF1", 1, 2, "F", null)));
            }
            Sortie sortie = executer("export", "pegase", "--dir", dir.resolve("out").toString(), "--config",
                    config(dir.resolve("opi.properties"), autre).toString());

            assertEquals(1, sortie.statut(), sortie.err());
            List<Map<String, String>> candidatures = csv(dir.resolve("out/candidature.csv"), ExportPegaseColonnes.CANDIDATURE);
            assertEquals(List.of("LDR1/1 PS-LDR1 PER-2026"), candidatures.stream()
                    .map(c -> vetDe(c) + " " + c.get("code_voeu") + " " + c.get("code_periode")).toList());
            Map<String, String> inscription = csv(dir.resolve("out/inscription.csv"), ExportPegaseColonnes.INSCRIPTION).get(0);
            assertEquals(List.of("PS-LDR1", "PER-2026", ""), List.of(inscription.get("code_voeu1"),
                    inscription.get("code_periode1"), inscription.get("code_voeu2")));
            assertEquals(List.of("file;codOpiIntEpo;vet;reason", "candidature.csv;P260000301;BINF1/1;formation 6001 has no "
                    + "codeVoeuPegase and codePeriodePegase in the mapping (formations.csv)"),
                    Files.readAllLines(dir.resolve("out/pegase-a-completer.csv"), StandardCharsets.UTF_8));
        }
    }

    @Test
    void pegase_files_are_utf8_unquoted_with_unix_line_ends() throws IOException {
        Path dir = Files.createTempDirectory("export-pegase");
        executer("export", "pegase", "--dir", dir.toString(), "--config", configuration.toString());

        byte[] octets = Files.readAllBytes(dir.resolve("candidat.csv"));
        String texte = new String(octets, StandardCharsets.UTF_8);
        assertTrue(texte.startsWith("numero_candidat;sexe;nom_famille;"), texte);
        assertTrue(texte.contains("LEFÈVRE-D'ARC;LEFÈVRE;Élodie;Anaïs;Marie;14/07/2008;100;35238;RENNES;100;"), texte);
        assertFalse(texte.contains("\r") || texte.contains("\""), "no CR, no quotes");
        assertTrue(texte.endsWith("\n"));
        assertTrue(indexOf(octets, "Élodie".getBytes(StandardCharsets.UTF_8)) >= 0, "UTF-8 bytes");
    }

    // ---------------------------------------------------------------- Apogée

    @Test
    void apogee_writes_the_usual_and_the_unfavourable_files_and_lists_the_lines_too_wide(@TempDir Path dir)
            throws IOException {
        Sortie sortie = executer("export", "apogee", "--dir", dir.toString(), "--config", configuration.toString());

        assertEquals(1, sortie.statut(), sortie.err());
        List<String[]> candidats = fixe(dir.resolve("candidats.opi"), LARGEURS_CANDIDAT, "");
        List<String[]> voeux = fixe(dir.resolve("voeux.opi"), LARGEURS_VOEU, ":");
        List<String[]> candidatsD = fixe(dir.resolve("candidats-defavorables.opi"), LARGEURS_CANDIDAT, "");
        List<String[]> voeuxD = fixe(dir.resolve("voeux-defavorables.opi"), LARGEURS_VOEU, ":");

        assertEquals(List.of(COMPLET, HORS_FORMATIONS, POINT_VIRGULE), codes(candidats));
        assertEquals(List.of(COMPLET + " DRO LDR1 1 01", COMPLET + " ECO LEC1 2 02", HORS_FORMATIONS + " ZZZ ZZZ9 1 01",
                POINT_VIRGULE + " DRO LDR1 1 01"), cles(voeux));
        assertEquals(List.of(COMPLET, DEFAVORABLE), codes(candidatsD));
        assertEquals(List.of(COMPLET + " SCI LPH1 1 03", DEFAVORABLE + " DRO LDR1 1 01"), cles(voeuxD));

        for (List<String[]> fichier : List.of(candidats, candidatsD)) {
            for (String[] ligne : fichier) {
                verifierLigneCandidat(ligne, stocke(ligne[0].strip()));
            }
        }
        for (List<String[]> fichier : List.of(voeux, voeuxD)) {
            for (String[] ligne : fichier) {
                DonneesIndividu individu = stocke(ligne[0].strip());
                assertEquals(nom(individu.etatCivil().libNomPatIndOpi()), ligne[1].strip());
                assertEquals(nom(individu.etatCivil().libPr1IndOpi()), ligne[2].strip());
            }
        }
        Dossier elodie = connecteur.dossier(COMPLET).orElseThrow();
        assertEquals("RETIRE", elodie.voeux().stream().filter(v -> v.donnees().codEtp().equals("LPH1")).findFirst()
                .orElseThrow().etat(), "the withdrawn wish is the one in the unfavourable file");
        assertTrue(Files.readString(dir.resolve("candidats.opi"), StandardCharsets.ISO_8859_1)
                .contains("P260000104:100:1234567890:A:14072008:N:2026:G   :"), "';' is harmless in the Apogée layout");

        assertEquals(List.of(
                "file;codOpiIntEpo;vet;reason",
                "candidats.opi;P260000105;;libPr1IndOpi is 22 characters long, the Apogée layout allows 20",
                "voeux.opi;P260000105;LDR1/1;candidate line incomplete (see candidats.opi)"),
                Files.readAllLines(dir.resolve("apogee-a-completer.csv"), StandardCharsets.UTF_8));
        assertTrue(sortie.out().contains("candidats-defavorables.opi: 2 row(s)"), sortie.out());
        assertTrue(sortie.out().contains("2 row(s) to complete, listed in apogee-a-completer.csv"), sortie.out());
    }

    @Test
    void apogee_files_are_iso_8859_1_and_fixed_width(@TempDir Path dir) throws IOException {
        executer("export", "apogee", "--dir", dir.toString(), "--config", configuration.toString());

        byte[] octets = Files.readAllBytes(dir.resolve("voeux.opi"));
        String premiere = new String(octets, StandardCharsets.ISO_8859_1).lines().findFirst().orElseThrow();
        assertEquals("P260000101:" + pad("LEFEVRE-D'ARC", 30) + ":" + pad("ELODIE", 20) + ":DRO:LDR1  :1  :01:", premiere,
                "names upper case without accents, as the Apogée clients write them");
        assertEquals(-1, indexOf(octets, "È".getBytes(StandardCharsets.UTF_8)), "no UTF-8 sequence");
        assertFalse(new String(octets, StandardCharsets.ISO_8859_1).contains("\r"));
    }

    // ---------------------------------------------------------------- both

    @Test
    void the_same_data_gives_the_same_bytes(@TempDir Path dir) throws IOException {
        for (String systeme : List.of("pegase", "apogee")) {
            Path premier = dir.resolve(systeme + "-1");
            Path second = dir.resolve(systeme + "-2");
            executer("export", systeme, "--dir", premier.toString(), "--config", configuration.toString());
            executer("export", systeme, "--dir", second.toString(), "--config", configuration.toString());
            executer("export", systeme, "--dir", second.toString(), "--config", configuration.toString());

            List<String> noms = noms(premier);
            assertEquals(noms, noms(second), "no leftover file");
            assertEquals(systeme.equals("pegase") ? 4 : 6, noms.size(), noms.toString());
            for (String nom : noms) {
                assertArrayEquals(Files.readAllBytes(premier.resolve(nom)), Files.readAllBytes(second.resolve(nom)), nom);
            }
        }
    }

    @Test
    void an_export_writes_nothing_to_the_database(@TempDir Path dir) {
        String avant = etatDeLaBase();

        executer("export", "pegase", "--dir", dir.resolve("p").toString(), "--config", configuration.toString());
        executer("export", "apogee", "--dir", dir.resolve("a").toString(), "--config", configuration.toString());

        assertEquals(avant, etatDeLaBase());
    }

    @Test
    void every_row_complete_exits_0_with_an_empty_list(@TempDir Path dir) throws IOException {
        Sortie pegase = executer("export", "pegase", "--dir", dir.toString(), "--config", configurationComplete.toString());
        Sortie apogee = executer("export", "apogee", "--dir", dir.toString(), "--config", configurationComplete.toString());

        assertEquals(0, pegase.statut(), pegase.out() + pegase.err());
        assertEquals(0, apogee.statut(), apogee.out() + apogee.err());
        assertEquals(List.of("file;codOpiIntEpo;vet;reason"), Files.readAllLines(dir.resolve("pegase-a-completer.csv")));
        assertEquals(List.of("file;codOpiIntEpo;vet;reason"), Files.readAllLines(dir.resolve("apogee-a-completer.csv")));
        assertEquals(1, csv(dir.resolve("candidature.csv"), ExportPegaseColonnes.CANDIDATURE).size(), "the D wish is not a candidature");
        assertEquals(List.of(COMPLET + " SCI LPH1 1 03"), cles(fixe(dir.resolve("voeux-defavorables.opi"), LARGEURS_VOEU, ":")));
        assertTrue(pegase.out().contains("every row complete"), pegase.out());
    }

    @Test
    void an_unwritable_directory_exits_2_and_says_why(@TempDir Path dir) throws IOException {
        Path fichier = Files.writeString(dir.resolve("not-a-directory"), "x");

        Sortie sortie = executer("export", "pegase", "--dir", fichier.toString(), "--config", configuration.toString());

        assertEquals(2, sortie.statut(), sortie.out());
        assertTrue(sortie.err().contains("export pegase: cannot write"), sortie.err());
    }

    @Test
    void a_full_disk_exits_2_and_leaves_the_previous_files_as_they_were(@TempDir Path dir) throws IOException {
        assertEquals(1, executer("export", "apogee", "--dir", dir.toString(), "--config", configuration.toString()).statut());
        byte[] avant = Files.readAllBytes(dir.resolve("voeux.opi"));
        // Writing to /dev/full fails as a full disk does (ENOSPC).
        Files.createSymbolicLink(dir.resolve("voeux.opi.part"), Path.of("/dev/full"));

        Sortie sortie = executer("export", "apogee", "--dir", dir.toString(), "--config", configuration.toString());

        assertEquals(2, sortie.statut(), sortie.out() + sortie.err());
        assertTrue(sortie.err().contains("export apogee: cannot write " + dir), sortie.err());
        assertArrayEquals(avant, Files.readAllBytes(dir.resolve("voeux.opi")), "the previous file is untouched");
        assertTrue(noms(dir).stream().noneMatch(n -> n.endsWith(".part")), noms(dir).toString());
    }

    // ---------------------------------------------------------------- checks

    private static void verifierCandidat(Map<String, String> ligne, DonneesIndividu i) {
        EtatCivil ec = i.etatCivil();
        DonneesNaissance n = i.donneesNaissance();
        DonneesPersonnelles p = i.donneesPersonnelles();
        Adresse a = i.adresseFixe();
        Map<String, String> attendu = new LinkedHashMap<>();
        attendu.put("numero_candidat", i.codOpiIntEpo());
        attendu.put("sexe", ec.codSexEtuOpi());
        attendu.put("nom_famille", ec.libNomPatIndOpi());
        attendu.put("nom_usuel", ec.libNomUsuIndOpi());
        attendu.put("prenom", ec.libPr1IndOpi());
        attendu.put("prenom2", ec.libPr2IndOpi());
        attendu.put("prenom3", ec.libPr3IndOpi());
        String date = n.dateNaiIndOpi();
        attendu.put("date_naissance", date.substring(0, 2) + "/" + date.substring(2, 4) + "/" + date.substring(4));
        attendu.put("code_pays_naissance", "D".equals(n.codTypDepPayNai()) ? "100" : n.codDepPayNai());
        attendu.put("code_commune_naissance", n.codComNaiEtuOpi());
        attendu.put("libelle_commune_naissance", n.libVilNaiEtuOpi());
        attendu.put("code_nationalite", n.codPayNat());
        attendu.put("ine", ec.codNneIndOpi());
        attendu.put("adresse_code_pays", a.codPay());
        attendu.put("adresse_ligne1_etage", a.lib2());
        attendu.put("adresse_ligne2_batiment", a.lib3());
        attendu.put("adresse_ligne3_voie", a.lib1());
        attendu.put("adresse_ligne4_complement", null);
        attendu.put("adresse_code_postal", a.codBdi());
        attendu.put("adresse_code_commune", a.codCom());
        attendu.put("adresse_cp_ville_etranger", a.libAde());
        attendu.put("numero_telephone1", a.numTel());
        attendu.put("numero_telephone2", p.numTelPorOpi());
        attendu.put("courriel", p.adrMailOpi());
        attendu.replaceAll((k, v) -> v == null ? "" : v);
        assertEquals(attendu, ligne, "candidat.csv row of " + i.codOpiIntEpo());
    }

    private static void verifierLigneCandidat(String[] ligne, DonneesIndividu i) {
        EtatCivil ec = i.etatCivil();
        DonneesNaissance n = i.donneesNaissance();
        Adresse a = i.adresseFixe();
        List<String> attendu = Arrays.asList(i.codOpiIntEpo(), n.codPayNat(), ec.codNneIndOpi().substring(0, 10),
                ec.codNneIndOpi().substring(10), n.dateNaiIndOpi(), n.temDateNaiRelOpi(), i.bac().daaObtBacOba(),
                i.bac().codBac(), nom(ec.libNomPatIndOpi()), nom(ec.libPr1IndOpi()), nom(ec.libPr2IndOpi()),
                nom(n.libVilNaiEtuOpi()), n.codDepPayNai(), n.codTypDepPayNai(), a.codPay(), a.lib1(),
                (a.codBdi() + " " + (a.libAde() == null ? "" : nom(a.libAde()))).strip(),
                i.donneesPersonnelles().numTelPorOpi(), ec.codSexEtuOpi(), i.donneesPersonnelles().adrMailOpi(),
                nom(ec.libNomUsuIndOpi()));
        assertEquals(attendu, Arrays.stream(ligne).map(String::stripTrailing).toList(), "candidate line of " + i.codOpiIntEpo());
    }

    /** A name as the Apogée files write it: upper case, without accents. */
    private static String nom(String valeur) {
        return valeur == null ? null : java.text.Normalizer.normalize(valeur, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** Reads a fixed-width file: every line is the widths joined by ':' (plus the end), every field exactly wide. */
    private static List<String[]> fixe(Path fichier, int[] largeurs, String fin) throws IOException {
        List<String[]> lignes = new ArrayList<>();
        int longueur = Arrays.stream(largeurs).sum() + largeurs.length - 1 + fin.length();
        for (String ligne : Files.readAllLines(fichier, StandardCharsets.ISO_8859_1)) {
            assertEquals(longueur, ligne.length(), ligne);
            assertTrue(ligne.endsWith(fin));
            String[] champs = ligne.substring(0, ligne.length() - fin.length()).split(":", -1);
            assertEquals(largeurs.length, champs.length, ligne);
            for (int k = 0; k < largeurs.length; k++) {
                assertEquals(largeurs[k], champs[k].length(), "field " + k + " of " + ligne);
            }
            lignes.add(champs);
        }
        return lignes;
    }

    private static List<Map<String, String>> csv(Path fichier, List<String> colonnes) throws IOException {
        List<String> lignes = Files.readAllLines(fichier, StandardCharsets.UTF_8);
        assertEquals(String.join(";", colonnes), lignes.get(0));
        List<Map<String, String>> rangs = new ArrayList<>();
        for (String ligne : lignes.subList(1, lignes.size())) {
            String[] valeurs = ligne.split(";", -1);
            assertEquals(colonnes.size(), valeurs.length, ligne);
            Map<String, String> rang = new LinkedHashMap<>();
            for (int k = 0; k < valeurs.length; k++) {
                rang.put(colonnes.get(k), valeurs[k]);
            }
            rangs.add(rang);
        }
        return rangs;
    }

    private static List<String> colonne(List<Map<String, String>> rangs, String colonne) {
        return rangs.stream().map(r -> r.get(colonne)).toList();
    }

    /** The VET of a candidature row, from the formation codes it carries (the mapping of formations-test.csv). */
    private static String vetDe(Map<String, String> candidature) {
        return switch (candidature.get("code_formation_psup")) {
            case "4242" -> "LDR1/1";
            case "4310" -> "LEC1/2";
            default -> "?" + candidature.get("code_formation_psup");
        };
    }

    private static Map<String, String> psup(Map<String, String> candidature) {
        return candidature.entrySet().stream()
                .filter(e -> List.of("code_formation_psup", "code_sise", "code_etablissement_affectation").contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static List<String> codes(List<String[]> lignes) {
        return lignes.stream().map(l -> l[0].strip()).toList();
    }

    private static List<String> cles(List<String[]> voeux) {
        return voeux.stream().map(l -> l[0].strip() + " " + l[3].strip() + " " + l[4].strip() + " " + l[5].strip() + " "
                + l[6]).toList();
    }

    private static DonneesIndividu stocke(String code) {
        return connecteur.dossier(code).orElseThrow().individu();
    }

    private static String etatDeLaBase() {
        return String.join(",", base.lignes("SELECT CONCAT((SELECT COUNT(*) FROM journal), '/', (SELECT COUNT(*) FROM "
                + "historique), '/', (SELECT COUNT(*) FROM voeu), '/', (SELECT MAX(modifie_le) FROM individu), '/', "
                + "(SELECT MAX(modifie_le) FROM voeu), '/', (SELECT SUM(version) FROM individu))"));
    }

    private static List<String> noms(Path dir) throws IOException {
        try (Stream<Path> fichiers = Files.list(dir)) {
            return fichiers.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static String pad(String texte, int largeur) {
        return texte + " ".repeat(largeur - texte.length());
    }

    private static int indexOf(byte[] octets, byte[] motif) {
        for (int k = 0; k + motif.length <= octets.length; k++) {
            if (Arrays.equals(Arrays.copyOfRange(octets, k, k + motif.length), motif)) {
                return k;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- fixtures

    private static Path config(Path fichier, MariaDbDEssai base) throws IOException {
        return Files.writeString(fichier, "opi.db.url=" + base.url() + "\nopi.db.user=" + MariaDbDEssai.utilisateur()
                + "\nopi.db.password=" + MariaDbDEssai.motDePasse() + "\n");
    }

    private static void poster(ConnecteurDEssai cible, String requete) {
        ConnecteurDEssai.Reponse reponse = cible.posterOctets(requete.getBytes(StandardCharsets.UTF_8));
        assertTrue(reponse.reponseVide(), reponse.corps());
    }

    /** An OPI with every block the exports read (invented person); first given name and address line 1 vary. */
    private static String opi(String code, String prenom, String lib1, String... voeux) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" \
                xmlns:opi="gouv.education.apogee.commun.servicesmetiers.OpiMetier"><soapenv:Body>
                <opi:mettreajourDonneesOpi_v10><_donneesOpi>
                <adresseFixe><codBdi>35000</codBdi><codCom>35238</codCom><codPay>100</codPay><lib1>%s</lib1>\
                <lib2>BATIMENT B</lib2><lib3>APPARTEMENT 4</lib3><numTel>0299000000</numTel></adresseFixe>
                <bac><codBac>G</codBac><daaObtBacOba>2026</daaObtBacOba></bac>
                <individu><codOpiIntEpo>%s</codOpiIntEpo>
                <etatCivil><codNneIndOpi>1234567890A</codNneIndOpi><codSexEtuOpi>F</codSexEtuOpi>\
                <libNomPatIndOpi>LEFÈVRE-D'ARC</libNomPatIndOpi><libNomUsuIndOpi>LEFÈVRE</libNomUsuIndOpi>\
                <libPr1IndOpi>%s</libPr1IndOpi><libPr2IndOpi>Anaïs</libPr2IndOpi><libPr3IndOpi>Marie</libPr3IndOpi></etatCivil>
                <donneesNaissance><codDepPayNai>035</codDepPayNai><codPayNat>100</codPayNat>\
                <codTypDepPayNai>D</codTypDepPayNai><dateNaiIndOpi>14072008</dateNaiIndOpi>\
                <codComNaiEtuOpi>35238</codComNaiEtuOpi><libVilNaiEtuOpi>RENNES</libVilNaiEtuOpi>\
                <temDateNaiRelOpi>N</temDateNaiRelOpi></donneesNaissance>
                <donneesPersonnelles><adrMailOpi>candidate@example.org</adrMailOpi>\
                <numTelPorOpi>0612345678</numTelPorOpi></donneesPersonnelles>
                </individu>
                <voeux>%s</voeux>
                </_donneesOpi></opi:mettreajourDonneesOpi_v10></soapenv:Body></soapenv:Envelope>
                """.formatted(lib1, code, prenom, String.join("", voeux));
    }

    private static String voeu(String cge, String etp, int vrs, int rang, String decision, String categorie) {
        return "<item><codCge>" + cge + "</codCge><codEtp>" + etp + "</codEtp><codVrsVet>" + vrs + "</codVrsVet><numCls>"
                + rang + "</numCls><codDemDos>C</codDemDos><codDecVeu>" + decision + "</codDecVeu>"
                + (categorie == null ? "" : "<codCatOuiSi>" + categorie + "</codCatOuiSi><mtfCat>Remise à niveau</mtfCat>")
                + "</item>";
    }

    private static Sortie executer(String... arguments) {
        return Commande.executer(arguments);
    }

    /** The column order of eCandidat's Pégase OPI files (OpiCandidat, OpiVoeu, OpiPegase), written out here. */
    private static final class ExportPegaseColonnes {
        static final List<String> CANDIDAT = List.of(("numero_candidat;sexe;nom_famille;nom_usuel;prenom;prenom2;prenom3;"
                + "date_naissance;code_pays_naissance;code_commune_naissance;libelle_commune_naissance;code_nationalite;"
                + "ine;adresse_code_pays;adresse_ligne1_etage;adresse_ligne2_batiment;adresse_ligne3_voie;"
                + "adresse_ligne4_complement;adresse_code_postal;adresse_code_commune;adresse_cp_ville_etranger;"
                + "numero_telephone1;numero_telephone2;courriel").split(";"));
        static final List<String> CANDIDATURE = List.of(("numero_candidat;origine_admission;voie_admission;"
                + "annee_concours;code_voeu;code_periode;code_formation_psup;code_sise;code_etablissement_affectation")
                .split(";"));
        static final List<String> INSCRIPTION = Stream.concat(Stream.of(("nom_naissance;nom_usage;prenom;prenom2;"
                + "prenom3;sexe;date_naissance;code_pays_naissance;code_commune_naissance;"
                + "libelle_commune_naissance_etranger;code_nationalite;ine;adresse_code_pays;adresse_ligne1_etage;"
                + "adresse_ligne2_batiment;adresse_ligne3_voie;adresse_ligne4_complement;adresse_ligne5_etranger;"
                + "adresse_code_postal;adresse_code_commune;numero_telephone1;numero_telephone2;mail").split(";")),
                Stream.of(1, 2, 3, 4, 5).flatMap(k -> Stream.of("origine_admission" + k, "annee_concours" + k,
                        "code_voeu" + k, "code_periode" + k))).toList();
    }
}
