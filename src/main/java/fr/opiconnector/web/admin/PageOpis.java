package fr.opiconnector.web.admin;

import fr.opiconnector.inscription.ListeOpis;
import fr.opiconnector.reception.Decision;
import jakarta.persistence.EntityManagerFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The OPIs received (template opis.jte): newest first reception first, 50 a page, filtered by the dates of first
 * reception, a wish's decision or withdrawal, its Oui-Si category, its VET, anomalies and IA state; and the same
 * selection as CSV. A filter that cannot be read is said in French, and nothing is listed.
 */
public final class PageOpis {

    static final int CSV_MAX = 10_000;
    static final List<String> FILTRES = List.of("du", "au", "decision", "ouisi", "anomalies", "etp", "vrs", "ia");
    private static final Map<String, ListeOpis.DecisionVoeu> DECISIONS = Map.of("F", ListeOpis.DecisionVoeu.F, "S",
            ListeOpis.DecisionVoeu.S, "D", ListeOpis.DecisionVoeu.D, "retire", ListeOpis.DecisionVoeu.RETIRE);
    private static final Map<String, ListeOpis.OuiSi> OUI_SI = Map.of("avec", ListeOpis.OuiSi.AVEC_CATEGORIE, "sans",
            ListeOpis.OuiSi.SANS_CATEGORIE);
    private static final Map<String, Boolean> ANOMALIES = Map.of("oui", true, "non", false);
    private static final Map<String, ListeOpis.EtatIa> ETATS_IA = Map.of("sans", ListeOpis.EtatIa.SANS_IA, "valide",
            ListeOpis.EtatIa.VALIDE, "annulee", ListeOpis.EtatIa.ANNULEE);
    private static final Map<ListeOpis.EtatIa, String> LIBELLES_IA = Map.of(ListeOpis.EtatIa.SANS_IA, "sans IA",
            ListeOpis.EtatIa.VALIDE, "IA valide", ListeOpis.EtatIa.ANNULEE, "IA annulée");
    private static final Map<ListeOpis.EtatIa, String> CODES_IA = Map.of(ListeOpis.EtatIa.SANS_IA, "sans",
            ListeOpis.EtatIa.VALIDE, "valide", ListeOpis.EtatIa.ANNULEE, "annulee");

    /** A wish as the list shows it: « LDR1/1 : Oui-Si (catégorie 1) », the decision's code as its tooltip. */
    public record VoeuAffiche(String vet, String decision, String code, String precision) {
    }

    /** A row as the list shows it: French dates and words, the dossier's link. */
    public record Ligne(String code, String lienDossier, String nom, String prenom, String naissance, Instant recueLe,
            List<VoeuAffiche> voeux, String etatIa, List<String> inscriptions, String anomalies) {
    }

    private final ListeOpis liste;

    PageOpis(EntityManagerFactory emf) {
        this.liste = new ListeOpis(emf);
    }

    String page(Map<String, String> p, Barre barre) {
        ListeOpis.Filtre filtre;
        try {
            filtre = lire(p);
        } catch (Filtres.Illisible e) {
            return rendre(barre, p, e.getMessage(), List.of(), null);
        }
        int page = ListePaginee.page(p);
        long total = liste.compter(filtre);
        List<Ligne> lignes = liste.lignes(filtre, (page - 1) * ListePaginee.PAR_PAGE, ListePaginee.PAR_PAGE).stream()
                .map(PageOpis::affichee).toList();
        return rendre(barre, p, null, lignes, ListePaginee.pagination("/admin/opis", p, FILTRES, page, total));
    }

    private static String rendre(Barre barre, Map<String, String> p, String erreur, List<Ligne> lignes,
            Pagination pagination) {
        return Gabarits.rendre("opis.jte", AdminHandler.parametres("barre", barre, "filtres", filtres(p), "erreur",
                erreur, "lignes", lignes, "pagination", pagination));
    }

    private static List<Champ> filtres(Map<String, String> p) {
        Map<String, String> decisions = new LinkedHashMap<>();
        decisions.put("F", "Oui (F)");
        decisions.put("S", "Oui-Si (S)");
        decisions.put("D", "Non (D)");
        decisions.put("retire", "retiré");
        Map<String, String> ouiSi = new LinkedHashMap<>();
        ouiSi.put("avec", "présente");
        ouiSi.put("sans", "Oui-Si sans catégorie");
        Map<String, String> anomalies = new LinkedHashMap<>();
        anomalies.put("oui", "avec anomalies");
        anomalies.put("non", "sans anomalie");
        Map<String, String> ia = new LinkedHashMap<>();
        ia.put("sans", "sans IA");
        ia.put("valide", "IA valide");
        ia.put("annulee", "IA annulée");
        return List.of(Champ.texte("Reçues du (JJ/MM/AAAA)", "du", p), Champ.texte("Au (JJ/MM/AAAA)", "au", p),
                Champ.choix("Un vœu", "decision", p, decisions), Champ.choix("Catégorie Oui-Si", "ouisi", p, ouiSi),
                Champ.texte("Code étape (VET)", "etp", p), Champ.texte("Version de VET", "vrs", p),
                Champ.choix("Anomalies", "anomalies", p, anomalies), Champ.choix("État de l'IA", "ia", p, ia));
    }

    /**
     * The same selection as CSV (at most {@link #CSV_MAX} rows, newest first), ';'-separated like the journal's:
     * instants in ISO-8601 UTC, birth dates in ISO, codes rather than words; only the header when a filter cannot be
     * read.
     */
    String csv(Map<String, String> p) {
        StringBuilder csv = new StringBuilder("cod_opi_int_epo;nom;prenom;date_naissance;recue_le;voeux;etat_ia;"
                + "inscriptions;anomalies\n");
        ListeOpis.Filtre filtre;
        try {
            filtre = lire(p);
        } catch (Filtres.Illisible e) {
            return csv.toString();
        }
        for (ListeOpis.Ligne l : liste.lignes(filtre, 0, CSV_MAX)) {
            String voeux = l.voeux().stream().map(v -> v.vet() + " " + (v.codDecVeu() == null ? "?" : v.codDecVeu())
                    + (v.codCatOuiSi() == null ? "" : " cat. " + v.codCatOuiSi()) + (v.actif() ? "" : " retiré"))
                    .collect(Collectors.joining(", "));
            String inscriptions = l.inscriptions().stream().map(i -> i.vet() + " " + i.etat().code())
                    .collect(Collectors.joining(", "));
            csv.append(ListePaginee.cellule(l.codOpiIntEpo())).append(';').append(ListePaginee.cellule(l.nom()))
                    .append(';').append(ListePaginee.cellule(l.prenom())).append(';')
                    .append(ListePaginee.cellule(dateIso(l.dateNaissance()))).append(';').append(l.recueLe()).append(';')
                    .append(ListePaginee.cellule(voeux)).append(';').append(CODES_IA.get(l.etatIa())).append(';')
                    .append(ListePaginee.cellule(inscriptions)).append(';')
                    .append(ListePaginee.cellule(String.join(", ", l.anomalies()))).append('\n');
        }
        return csv.toString();
    }

    private static ListeOpis.Filtre lire(Map<String, String> p) throws Filtres.Illisible {
        Instant depuis = Filtres.debutDuJour(p.get("du"));
        Instant avant = Filtres.finDuJour(p.get("au"));
        Filtres.periode(depuis, avant);
        return new ListeOpis.Filtre(depuis, avant,
                Filtres.choix(p.get("decision"), DECISIONS, "Décision inconnue", "Oui (F), Oui-Si (S), Non (D) ou retiré"),
                Filtres.choix(p.get("ouisi"), OUI_SI, "Choix Oui-Si inconnu", "avec ou sans catégorie"),
                Filtres.choix(p.get("anomalies"), ANOMALIES, "Choix d'anomalies inconnu", "oui ou non"),
                Filtres.etape(p.get("etp")), Filtres.version(p.get("vrs")),
                Filtres.choix(p.get("ia"), ETATS_IA, "État de l'IA inconnu", "sans IA, IA valide ou IA annulée"));
    }

    private static Ligne affichee(ListeOpis.Ligne l) {
        List<VoeuAffiche> voeux = new ArrayList<>();
        for (ListeOpis.LigneVoeu v : l.voeux()) {
            String decision = Decision.depuisCode(v.codDecVeu()).map(Decision::reponse).orElse(v.codDecVeu());
            List<String> precisions = new ArrayList<>();
            if (v.codCatOuiSi() != null) {
                precisions.add("catégorie " + v.codCatOuiSi());
            } else if (Decision.S.name().equals(v.codDecVeu())) {
                precisions.add("sans catégorie");
            }
            if (!v.actif()) {
                precisions.add("retiré");
            }
            voeux.add(new VoeuAffiche(v.vet().toString(), decision, v.codDecVeu(),
                    precisions.isEmpty() ? null : String.join(", ", precisions)));
        }
        return new Ligne(l.codOpiIntEpo(), "/admin/dossier?code=" + URLEncoder.encode(l.codOpiIntEpo(),
                StandardCharsets.UTF_8), l.nom(), l.prenom(), Affichage.date(l.dateNaissance()), l.recueLe(), voeux,
                LIBELLES_IA.get(l.etatIa()),
                l.inscriptions().stream().map(i -> i.vet() + " : " + i.etat().libelle()).toList(),
                String.join(", ", l.anomalies()));
    }

    /** A contract date (JJMMAAAA) as 2008-04-03, for a file; anything else as it is. */
    private static String dateIso(String jjmmaaaa) {
        return jjmmaaaa != null && jjmmaaaa.matches("[0-9]{8}")
                ? jjmmaaaa.substring(4) + "-" + jjmmaaaa.substring(2, 4) + "-" + jjmmaaaa.substring(0, 2) : jjmmaaaa;
    }
}
