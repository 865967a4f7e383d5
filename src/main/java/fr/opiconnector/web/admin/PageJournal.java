package fr.opiconnector.web.admin;

import static fr.opiconnector.web.admin.Html.e;

import fr.opiconnector.journal.Journal;
import fr.opiconnector.journal.JournalRepository;
import fr.opiconnector.journal.Resultat;
import jakarta.persistence.EntityManagerFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The journal as a list (no personal data: OPI codes, operations, outcomes, callers): filtered by operation, outcome,
 * fault key (its start), caller, OPI code and date range, 50 rows a page, newest first, and the same selection as
 * CSV. A filter that cannot be read is said in French, and nothing is listed.
 */
final class PageJournal {

    static final int CSV_MAX = 10_000;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> CHAMPS = List.of("operation", "resultat", "cle", "appelant", "code", "du", "au");

    private final EntityManagerFactory emf;

    PageJournal(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /** The filter of the query, or why it cannot be read. */
    private record Lecture(JournalRepository.Filtre filtre, String erreur) {
    }

    String page(Map<String, String> parametres) {
        Lecture lecture = lire(parametres);
        StringBuilder corps = new StringBuilder(formulaire(parametres));
        if (lecture.erreur() != null) {
            return corps.append("<p class=\"ko\" id=\"message\">").append(e(lecture.erreur())).append("</p>").toString();
        }
        int page = ListePaginee.page(parametres);
        long total = emf.callInTransaction(em -> new JournalRepository(em).compter(lecture.filtre()));
        List<Journal> lignes = emf.callInTransaction(em -> new JournalRepository(em)
                .filtrer(lecture.filtre(), (page - 1) * ListePaginee.PAR_PAGE, ListePaginee.PAR_PAGE));
        corps.append(ListePaginee.total(total, "/admin/journal.csv" + ListePaginee.requete(parametres, CHAMPS, null)))
                .append("<table id=\"lignes-journal\"><tr><th>Reçu le</th><th>Opération</th><th>Code OPI</th>"
                        + "<th>Résultat</th><th>Appelant</th><th>Durée (ms)</th><th>Nombre</th></tr>");
        for (Journal l : lignes) {
            corps.append("<tr><td>").append(Affichage.heure(l.recuLe())).append("</td><td>").append(e(l.operation()))
                    .append("</td><td>").append(e(l.codOpiIntEpo())).append("</td><td>")
                    .append(Affichage.resultat(l.resultat().code(), l.cleFaute())).append("</td><td>")
                    .append(e(l.adresseAppelant())).append("</td><td>").append(l.dureeMs()).append("</td><td>")
                    .append(l.nombre()).append("</td></tr>");
        }
        return corps.append("</table>").append(ListePaginee.pages("/admin/journal", parametres, CHAMPS, page, total))
                .toString();
    }

    /** The same selection as CSV (at most {@link #CSV_MAX} rows, newest first); empty when a filter cannot be read. */
    String csv(Map<String, String> parametres) {
        Lecture lecture = lire(parametres);
        StringBuilder csv = new StringBuilder("recu_le;operation;cod_opi_int_epo;resultat;cle_faute;adresse_appelant;duree_ms;"
                + "nombre\n");
        if (lecture.erreur() != null) {
            return csv.toString();
        }
        for (Journal l : emf.callInTransaction(em -> new JournalRepository(em).filtrer(lecture.filtre(), 0, CSV_MAX))) {
            csv.append(l.recuLe()).append(';').append(ListePaginee.cellule(l.operation())).append(';').append(ListePaginee.cellule(l.codOpiIntEpo()))
                    .append(';').append(l.resultat().code()).append(';').append(ListePaginee.cellule(l.cleFaute())).append(';')
                    .append(ListePaginee.cellule(l.adresseAppelant())).append(';').append(l.dureeMs()).append(';').append(l.nombre())
                    .append('\n');
        }
        return csv.toString();
    }

    private static Lecture lire(Map<String, String> p) {
        Resultat resultat = null;
        if (!ListePaginee.vide(p.get("resultat"))) {
            try {
                resultat = Resultat.depuisCode(p.get("resultat").strip());
            } catch (IllegalArgumentException e) {
                return new Lecture(null, "Résultat inconnu « " + p.get("resultat").strip() + " ».");
            }
        }
        Instant depuis;
        Instant avant;
        try {
            depuis = ListePaginee.vide(p.get("du")) ? null : jour(p.get("du")).atStartOfDay(PARIS).toInstant();
            avant = ListePaginee.vide(p.get("au")) ? null : jour(p.get("au")).plusDays(1).atStartOfDay(PARIS).toInstant();
        } catch (DateTimeParseException e) {
            return new Lecture(null, "Date invalide « " + e.getParsedString() + " » : saisissez JJ/MM/AAAA.");
        }
        return new Lecture(new JournalRepository.Filtre(ListePaginee.texte(p.get("operation")), resultat, ListePaginee.texte(p.get("cle")),
                ListePaginee.texte(p.get("appelant")), ListePaginee.texte(p.get("code")), depuis, avant), null);
    }

    private static String formulaire(Map<String, String> p) {
        StringBuilder options = new StringBuilder("<option value=\"\">tous</option>");
        for (Resultat r : Resultat.values()) {
            options.append("<option value=\"").append(r.code()).append("\"")
                    .append(r.code().equals(p.get("resultat")) ? " selected" : "").append(">").append(e(r.libelle()))
                    .append("</option>");
        }
        return "<form method=\"get\" action=\"/admin/journal\" id=\"filtres\">"
                + ListePaginee.champ("Opération", "operation", p) + " <label>Résultat <select name=\"resultat\">" + options + "</select></label> "
                + ListePaginee.champ("Clé de faute (début)", "cle", p) + " " + ListePaginee.champ("Appelant", "appelant", p) + " "
                + ListePaginee.champ("Code OPI", "code", p) + " " + ListePaginee.champ("Du (JJ/MM/AAAA)", "du", p) + " " + ListePaginee.champ("Au", "au", p)
                + " <button type=\"submit\">Filtrer</button></form>";
    }

    private static LocalDate jour(String texte) {
        return LocalDate.parse(texte.strip(), JOUR);
    }
}
