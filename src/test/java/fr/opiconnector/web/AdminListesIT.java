package fr.opiconnector.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.securite.Profil;
import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.SessionAdminDEssai;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The registrars' lists over HTTP on MariaDB: the OPIs received and the laissez-passer, their filters, their pages, a
 * filter that cannot be read said in French, and the same selection as CSV (audited, no formula a spreadsheet would
 * run).
 */
class AdminListesIT extends AvecConnecteur {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void the_opi_list_filters_pages_says_when_a_date_cannot_be_read_and_exports_the_same_selection() throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        for (int i = 0; i < 54; i++) {
            assertTrue(connecteur.posterOctets(minimale(String.format("P26000%04d", 100 + i), i == 0 ? "D" : "F"))
                    .reponseVide());
        }
        SessionAdminDEssai gestionnaire = SessionAdminDEssai.connecter(connecteur, "gest1",
                EnumSet.of(Profil.GESTIONNAIRE));
        String aujourdhui = LocalDate.now(ZoneId.of("Europe/Paris")).format(JOUR);
        String demain = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(1).format(JOUR);
        String dossier = gestionnaire.get("/admin/dossier?code=P260000042").body();
        assertEquals(200, gestionnaire.post(connecteur, "/admin/inscription", Map.of("csrf",
                SessionAdminDEssai.jeton(dossier), "code", "P260000042", "codEtp", "LDR1", "codVrsVet", "1", "etat", "1",
                "datePaiement", "10072026", "confirme", "1")).statusCode());

        String page1 = page(gestionnaire, "/admin/opis");
        String page2 = page(gestionnaire, "/admin/opis?page=2");
        String ouiSi = page(gestionnaire, "/admin/opis?decision=S");
        String non = page(gestionnaire, "/admin/opis?decision=D&etp=ldr1&vrs=1");
        String avecIa = page(gestionnaire, "/admin/opis?ia=valide&du=" + aujourdhui + "&au=" + aujourdhui);
        String sansIa = page(gestionnaire, "/admin/opis?ia=sans&ouisi=avec");
        String demainRien = page(gestionnaire, "/admin/opis?du=" + demain);
        HttpResponse<String> dateIllisible = gestionnaire.get("/admin/opis?du=31-12-2026");
        String dateInexistante = page(gestionnaire, "/admin/opis?au=31/02/2026");
        String versionIllisible = page(gestionnaire, "/admin/opis?vrs=un");

        assertTrue(page1.contains("<p id=\"total\">55 lignes") && page1.contains("Page suivante"), page1);
        assertEquals(50, lignes(page1));
        assertEquals(5, lignes(page2));
        assertTrue(page2.contains("Page précédente") && !page2.contains("Page suivante"), page2);
        assertTrue(page2.contains("<a href=\"/admin/dossier?code=P260000042\">P260000042</a>"),
                "the first OPI received comes last, a link to its dossier: " + page2);
        assertTrue(ouiSi.contains("<p id=\"total\">1 ligne"), ouiSi);
        assertTrue(ouiSi.contains("<td>LEFÈVRE-D'ARC</td><td>Élodie</td><td>14/07/2008</td>"), ouiSi);
        assertTrue(ouiSi.contains("LEC1/2 : <span title=\"S\">Oui-Si</span> (catégorie 2)"), ouiSi);
        assertTrue(ouiSi.contains("LDR1/1 : <span title=\"F\">Oui</span>"), ouiSi);
        assertTrue(ouiSi.contains("IA valide<br><span class=\"discret\">LDR1/1 : inscription principale</span>"), ouiSi);
        assertTrue(non.contains("<p id=\"total\">1 ligne") && non.contains(">P260000100</a>"), non);
        assertTrue(avecIa.contains("<p id=\"total\">1 ligne") && avecIa.contains(">P260000042</a>"), avecIa);
        assertTrue(sansIa.contains("Aucune OPI ne correspond à ces filtres."), "the Oui-Si one has its IA: " + sansIa);
        assertTrue(demainRien.contains("<p id=\"total\">0 ligne"), demainRien);
        assertEquals(200, dateIllisible.statusCode());
        assertTrue(dateIllisible.body().contains("Date invalide « 31-12-2026 » : saisissez JJ/MM/AAAA."),
                dateIllisible.body());
        assertFalse(dateIllisible.body().contains("lignes-opis"), "nothing is listed");
        assertTrue(dateIllisible.body().contains("value=\"31-12-2026\""), "the field keeps what was typed");
        assertTrue(dateInexistante.contains("Date invalide « 31/02/2026 »"), dateInexistante);
        assertTrue(versionIllisible.contains("Version de VET invalide « un » : un nombre de 1 à 999."), versionIllisible);
    }

    @Test
    void the_opi_csv_holds_every_page_of_the_selection_and_each_download_is_audited() throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        for (int i = 0; i < 54; i++) {
            assertTrue(connecteur.posterOctets(minimale(String.format("P26000%04d", 100 + i), "F")).reponseVide());
        }
        SessionAdminDEssai gestionnaire = SessionAdminDEssai.connecter(connecteur, "gest2",
                EnumSet.of(Profil.GESTIONNAIRE));

        HttpResponse<String> tout = gestionnaire.get("/admin/opis.csv?decision=F");
        HttpResponse<String> ouiSi = gestionnaire.get("/admin/opis.csv?decision=S");
        HttpResponse<String> illisible = gestionnaire.get("/admin/opis.csv?du=hier");

        assertEquals("text/csv; charset=utf-8", tout.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"opis.csv\"", tout.headers().firstValue("Content-Disposition").orElse(""));
        List<String> lignes = tout.body().lines().toList();
        assertEquals("cod_opi_int_epo;nom;prenom;date_naissance;recue_le;voeux;etat_ia;inscriptions;anomalies",
                lignes.get(0));
        assertEquals(56, lignes.size(), "55 OPIs, more than a page, and the header");
        assertTrue(lignes.get(1).startsWith("P260000153;MARTIN;LUCAS;2008-02-29;"), lignes.get(1));
        assertTrue(lignes.get(1).endsWith(";LDR1/1 F;sans;;"), lignes.get(1));
        List<String> seule = ouiSi.body().lines().toList();
        assertEquals(2, seule.size(), ouiSi.body());
        assertTrue(seule.get(1).startsWith("P260000042;LEFÈVRE-D'ARC;Élodie;2008-07-14;"), seule.get(1));
        assertTrue(seule.get(1).contains(";LDR1/1 F, LEC1/2 S cat. 2;sans;;"), seule.get(1));
        assertEquals(1, illisible.body().lines().count(), "only the header when a filter cannot be read");
        assertEquals(3, base.compter("SELECT COUNT(*) FROM audit WHERE login = 'gest2' AND evenement = 'EXPORT' "
                + "AND detail = 'export opis.csv téléchargé'"));
    }

    @Test
    void the_laissez_passer_list_shows_both_kinds_filters_them_and_exports_them_without_formulas() throws Exception {
        assertTrue(connecteur.poster("apogee-client-v10-full.xml").reponseVide());
        SessionAdminDEssai gestionnaire = SessionAdminDEssai.connecter(connecteur, "gest3",
                EnumSet.of(Profil.GESTIONNAIRE));
        String jeton = SessionAdminDEssai.jeton(gestionnaire.get("/admin/dossier?code=P260000042").body());
        HttpResponse<String> accorde = laissezPasser(gestionnaire, jeton, "LDR1", "accorder", "=1+2");
        laissezPasser(gestionnaire, jeton, "LPH1", "accorder", "Réorientation");
        laissezPasser(gestionnaire, jeton, "LDR1", "retirer", "Erreur");
        SessionAdminDEssai technicien = SessionAdminDEssai.connecter(connecteur, "tech1", EnumSet.of(Profil.TECHNIQUE));

        String tous = page(gestionnaire, "/admin/laissez-passer");
        String actifs = page(gestionnaire, "/admin/laissez-passer?etat=actif");
        String retires = page(gestionnaire, "/admin/laissez-passer?etat=retire&code=p260000042");
        String autreAuteur = page(gestionnaire, "/admin/laissez-passer?auteur=gest9");
        String etatInconnu = page(gestionnaire, "/admin/laissez-passer?etat=perdu");
        String parVet = page(gestionnaire, "/admin/laissez-passer?etp=LPH1&vrs=1");
        HttpResponse<String> csv = gestionnaire.get("/admin/laissez-passer.csv");
        HttpResponse<String> refuse = technicien.get("/admin/laissez-passer");

        assertTrue(accorde.body().contains("Laissez-passer accordé sur LDR1/1."), "the POST still grants: " + accorde.body());
        assertTrue(tous.contains("<p id=\"total\">2 lignes"), tous);
        assertEquals(2, lignes(tous));
        assertTrue(actifs.contains("<p id=\"total\">1 ligne") && actifs.contains("<td>LPH1/1</td><td>hors vœu</td>"),
                actifs);
        assertTrue(retires.contains("<p id=\"total\">1 ligne"), retires);
        assertTrue(retires.contains("<td>LDR1/1</td><td>vœu : <span title=\"F\">Oui</span>"), retires);
        assertTrue(retires.contains("par gest3 : Erreur</td>") && retires.contains("<td>=1+2</td>"), retires);
        assertTrue(autreAuteur.contains("Aucun laissez-passer ne correspond à ces filtres."), autreAuteur);
        assertTrue(etatInconnu.contains("État inconnu « perdu » : actif ou retiré."), etatInconnu);
        assertTrue(parVet.contains("<p id=\"total\">1 ligne") && parVet.contains("Réorientation"), parVet);
        List<String> lignes = csv.body().lines().toList();
        assertEquals("type;cod_opi_int_epo;nom;prenom;vet;decision_voeu;accorde_le;auteur;motif;etat;retire_le;"
                + "auteur_retrait;motif_retrait;anomalies", lignes.get(0));
        assertEquals(3, lignes.size(), csv.body());
        assertTrue(lignes.get(1).startsWith("hors_voeu;P260000042;LEFÈVRE-D'ARC;Élodie;LPH1/1;;"), lignes.get(1));
        assertTrue(lignes.get(1).contains(";gest3;Réorientation;actif;;;;"), lignes.get(1));
        assertTrue(lignes.get(2).startsWith("voeu;P260000042;LEFÈVRE-D'ARC;Élodie;LDR1/1;F;"), lignes.get(2));
        assertTrue(lignes.get(2).contains(";gest3;'=1+2;retire;"), "a formula is kept as text: " + lignes.get(2));
        assertEquals(403, refuse.statusCode(), "technique has no dossier");
        assertFalse(refuse.body().contains("P260000042"));
    }

    /** The page's HTML, each run of spaces and line breaks as one space (the templates' tags end with a line break). */
    private static String page(SessionAdminDEssai session, String chemin) throws Exception {
        HttpResponse<String> reponse = session.get(chemin);
        assertEquals(200, reponse.statusCode(), chemin);
        return reponse.body().replaceAll("\\s+", " ");
    }

    /** A laissez-passer on P260000042 granted or withdrawn from the dossier page, its confirmation given. */
    private static HttpResponse<String> laissezPasser(SessionAdminDEssai gestionnaire, String jeton, String codEtp,
            String action, String motif) throws Exception {
        return gestionnaire.post(connecteur, "/admin/laissez-passer", Map.of("csrf", jeton, "code", "P260000042",
                "codEtp", codEtp, "codVrsVet", "1", "action", action, "motif", motif, "confirme", "1"));
    }

    private static int lignes(String page) {
        return page.split("<tr><td>", -1).length - 1;
    }

    /** The minimal OPI under another code, its one wish LDR1/1 of that decision. */
    private static byte[] minimale(String code, String decision) {
        return new String(ConnecteurDEssai.requete("v10-minimal.xml"), StandardCharsets.UTF_8).replace("P260000100", code)
                .replace("<codDecVeu>F</codDecVeu>", "<codDecVeu>" + decision + "</codDecVeu>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
