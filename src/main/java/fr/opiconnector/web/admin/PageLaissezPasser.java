package fr.opiconnector.web.admin;

import fr.opiconnector.inscription.ListeLaissezPasser;
import fr.opiconnector.reception.Decision;
import jakarta.persistence.EntityManagerFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every laissez-passer (template laissez-passer.jte), on a wish or on another VET: newest grant first, 50 a page,
 * filtered by state, VET, the registrar who granted it and the OPI code; and the same selection as CSV. A filter that
 * cannot be read is said in French, and nothing is listed.
 */
public final class PageLaissezPasser {

    static final int CSV_MAX = 10_000;
    static final List<String> FILTRES = List.of("etat", "etp", "vrs", "auteur", "code");
    private static final Map<String, Boolean> ETATS = Map.of("actif", true, "retire", false);

    /**
     * A row as the list shows it: French dates and words; on a wish, its decision in words (the code as tooltip); once
     * withdrawn, when, by whom and why.
     */
    public record Ligne(String code, String lienDossier, String nom, String prenom, String vet, String sur,
            String decision, String codeDecision, Instant accordeLe, String auteur, String motif, boolean actif,
            Instant retireLe, String auteurRetrait, String motifRetrait, String anomalies) {
    }

    private final ListeLaissezPasser liste;

    PageLaissezPasser(EntityManagerFactory emf) {
        this.liste = new ListeLaissezPasser(emf);
    }

    String page(Map<String, String> p, Barre barre) {
        ListeLaissezPasser.Filtre filtre;
        try {
            filtre = lire(p);
        } catch (Filtres.Illisible e) {
            return rendre(barre, p, e.getMessage(), List.of(), null);
        }
        int page = ListePaginee.page(p);
        long total = liste.compter(filtre);
        List<Ligne> lignes = liste.lignes(filtre, (page - 1) * ListePaginee.PAR_PAGE, ListePaginee.PAR_PAGE).stream()
                .map(PageLaissezPasser::affichee).toList();
        return rendre(barre, p, null, lignes, ListePaginee.pagination("/admin/laissez-passer", p, FILTRES, page,
                total));
    }

    private static String rendre(Barre barre, Map<String, String> p, String erreur, List<Ligne> lignes,
            Pagination pagination) {
        Map<String, String> etats = new LinkedHashMap<>();
        etats.put("actif", "actif");
        etats.put("retire", "retiré");
        List<Champ> filtres = List.of(Champ.choix("État", "etat", p, etats), Champ.texte("Code étape (VET)", "etp", p),
                Champ.texte("Version de VET", "vrs", p), Champ.texte("Accordé par (identifiant)", "auteur", p),
                Champ.texte("Code OPI", "code", p));
        return Gabarits.rendre("laissez-passer.jte", AdminHandler.parametres("barre", barre, "filtres", filtres,
                "erreur", erreur, "lignes", lignes, "pagination", pagination));
    }

    /**
     * The same selection as CSV (at most {@link #CSV_MAX} rows, newest grant first), ';'-separated like the journal's:
     * instants in ISO-8601 UTC, codes rather than words; only the header when a filter cannot be read.
     */
    String csv(Map<String, String> p) {
        StringBuilder csv = new StringBuilder("type;cod_opi_int_epo;nom;prenom;vet;decision_voeu;accorde_le;auteur;motif;"
                + "etat;retire_le;auteur_retrait;motif_retrait;anomalies\n");
        ListeLaissezPasser.Filtre filtre;
        try {
            filtre = lire(p);
        } catch (Filtres.Illisible e) {
            return csv.toString();
        }
        for (ListeLaissezPasser.Ligne l : liste.lignes(filtre, 0, CSV_MAX)) {
            csv.append(l.surVoeu() ? "voeu" : "hors_voeu").append(';').append(ListePaginee.cellule(l.codOpiIntEpo()))
                    .append(';').append(ListePaginee.cellule(l.nom())).append(';').append(ListePaginee.cellule(l.prenom()))
                    .append(';').append(ListePaginee.cellule(l.vet())).append(';')
                    .append(ListePaginee.cellule(l.codDecVeu())).append(';').append(l.accordeLe()).append(';')
                    .append(ListePaginee.cellule(l.auteur())).append(';').append(ListePaginee.cellule(l.motif()))
                    .append(';').append(l.actif() ? "actif" : "retire").append(';')
                    .append(ListePaginee.cellule(l.retireLe())).append(';').append(ListePaginee.cellule(l.auteurRetrait()))
                    .append(';').append(ListePaginee.cellule(l.motifRetrait())).append(';')
                    .append(ListePaginee.cellule(String.join(", ", l.anomalies()))).append('\n');
        }
        return csv.toString();
    }

    private static ListeLaissezPasser.Filtre lire(Map<String, String> p) throws Filtres.Illisible {
        return new ListeLaissezPasser.Filtre(Filtres.choix(p.get("etat"), ETATS, "État inconnu", "actif ou retiré"),
                Filtres.etape(p.get("etp")), Filtres.version(p.get("vrs")), ListePaginee.texte(p.get("auteur")),
                ListePaginee.texte(p.get("code")));
    }

    private static Ligne affichee(ListeLaissezPasser.Ligne l) {
        String decision = l.codDecVeu() == null ? null
                : Decision.depuisCode(l.codDecVeu()).map(Decision::reponse).orElse(l.codDecVeu());
        return new Ligne(l.codOpiIntEpo(), "/admin/dossier?code=" + URLEncoder.encode(l.codOpiIntEpo(),
                StandardCharsets.UTF_8), l.nom(), l.prenom(), l.vet().toString(),
                l.surVoeu() ? (l.voeuActif() ? "vœu" : "vœu retiré") : "hors vœu", decision, l.codDecVeu(),
                l.accordeLe(), l.auteur(), l.motif(), l.actif(), l.retireLe(), l.auteurRetrait(), l.motifRetrait(),
                String.join(", ", l.anomalies()));
    }
}
