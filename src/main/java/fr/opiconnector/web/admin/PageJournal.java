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

    static final int PAR_PAGE = 50;
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
        int page = Math.max(1, entier(parametres.get("page")));
        long total = emf.callInTransaction(em -> new JournalRepository(em).compter(lecture.filtre()));
        List<Journal> lignes = emf.callInTransaction(em -> new JournalRepository(em)
                .filtrer(lecture.filtre(), (page - 1) * PAR_PAGE, PAR_PAGE));
        corps.append("<p id=\"total\">").append(total).append(total == 1 ? " ligne" : " lignes").append(" — <a href=\"")
                .append(e("/admin/journal.csv" + requete(parametres, null))).append("\">Exporter en CSV</a></p>")
                .append("<table id=\"lignes-journal\"><tr><th>Reçu le</th><th>Opération</th><th>Code OPI</th>"
                        + "<th>Résultat</th><th>Appelant</th><th>Durée (ms)</th><th>Nombre</th></tr>");
        for (Journal l : lignes) {
            corps.append("<tr><td>").append(Affichage.heure(l.recuLe())).append("</td><td>").append(e(l.operation()))
                    .append("</td><td>").append(e(l.codOpiIntEpo())).append("</td><td>")
                    .append(Affichage.resultat(l.resultat().code(), l.cleFaute())).append("</td><td>")
                    .append(e(l.adresseAppelant())).append("</td><td>").append(l.dureeMs()).append("</td><td>")
                    .append(l.nombre()).append("</td></tr>");
        }
        corps.append("</table><nav aria-label=\"Pages du journal\">");
        if (page > 1) {
            corps.append("<a href=\"").append(e("/admin/journal" + requete(parametres, page - 1))).append("\">Page précédente</a> ");
        }
        corps.append("page ").append(page).append(" sur ").append(Math.max(1, (total + PAR_PAGE - 1) / PAR_PAGE));
        if ((long) page * PAR_PAGE < total) {
            corps.append(" <a href=\"").append(e("/admin/journal" + requete(parametres, page + 1))).append("\">Page suivante</a>");
        }
        return corps.append("</nav>").toString();
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
            csv.append(l.recuLe()).append(';').append(cellule(l.operation())).append(';').append(cellule(l.codOpiIntEpo()))
                    .append(';').append(l.resultat().code()).append(';').append(cellule(l.cleFaute())).append(';')
                    .append(cellule(l.adresseAppelant())).append(';').append(l.dureeMs()).append(';').append(l.nombre())
                    .append('\n');
        }
        return csv.toString();
    }

    private static Lecture lire(Map<String, String> p) {
        Resultat resultat = null;
        if (!vide(p.get("resultat"))) {
            try {
                resultat = Resultat.depuisCode(p.get("resultat").strip());
            } catch (IllegalArgumentException e) {
                return new Lecture(null, "Résultat inconnu « " + p.get("resultat").strip() + " ».");
            }
        }
        Instant depuis;
        Instant avant;
        try {
            depuis = vide(p.get("du")) ? null : jour(p.get("du")).atStartOfDay(PARIS).toInstant();
            avant = vide(p.get("au")) ? null : jour(p.get("au")).plusDays(1).atStartOfDay(PARIS).toInstant();
        } catch (DateTimeParseException e) {
            return new Lecture(null, "Date invalide « " + e.getParsedString() + " » : saisissez JJ/MM/AAAA.");
        }
        return new Lecture(new JournalRepository.Filtre(texte(p.get("operation")), resultat, texte(p.get("cle")),
                texte(p.get("appelant")), texte(p.get("code")), depuis, avant), null);
    }

    private static String formulaire(Map<String, String> p) {
        StringBuilder options = new StringBuilder("<option value=\"\">tous</option>");
        for (Resultat r : Resultat.values()) {
            options.append("<option value=\"").append(r.code()).append("\"")
                    .append(r.code().equals(p.get("resultat")) ? " selected" : "").append(">").append(e(r.libelle()))
                    .append("</option>");
        }
        return "<form method=\"get\" action=\"/admin/journal\" id=\"filtres\">"
                + champ("Opération", "operation", p) + " <label>Résultat <select name=\"resultat\">" + options + "</select></label> "
                + champ("Clé de faute (début)", "cle", p) + " " + champ("Appelant", "appelant", p) + " "
                + champ("Code OPI", "code", p) + " " + champ("Du (JJ/MM/AAAA)", "du", p) + " " + champ("Au", "au", p)
                + " <button type=\"submit\">Filtrer</button></form>";
    }

    private static String champ(String libelle, String nom, Map<String, String> p) {
        return "<label>" + e(libelle) + " <input name=\"" + nom + "\" value=\"" + e(p.getOrDefault(nom, "")) + "\"></label>";
    }

    /** The filters as a query string, with another page when given. */
    private static String requete(Map<String, String> p, Integer page) {
        Map<String, String> garder = new LinkedHashMap<>();
        CHAMPS.forEach(c -> {
            if (!vide(p.get(c))) {
                garder.put(c, p.get(c));
            }
        });
        if (page != null) {
            garder.put("page", String.valueOf(page));
        }
        return garder.isEmpty() ? "" : "?" + garder.entrySet().stream().map(c -> c.getKey() + "="
                + URLEncoder.encode(c.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static LocalDate jour(String texte) {
        return LocalDate.parse(texte.strip(), JOUR);
    }

    private static int entier(String texte) {
        try {
            return texte == null ? 1 : Integer.parseInt(texte.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static boolean vide(String texte) {
        return texte == null || texte.isBlank();
    }

    private static String texte(String texte) {
        return vide(texte) ? null : texte.strip();
    }

    /** A value in the ';'-separated file: the separator and line breaks would change its columns. */
    private static String cellule(String valeur) {
        return valeur == null ? "" : valeur.replaceAll("[;\\r\\n]", " ");
    }
}
