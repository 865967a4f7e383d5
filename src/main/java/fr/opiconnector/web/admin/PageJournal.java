package fr.opiconnector.web.admin;

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

    String page(Map<String, String> parametres, Barre barre) {
        Lecture lecture = lire(parametres);
        List<Journal> lignes = List.of();
        Pagination pagination = null;
        if (lecture.erreur() == null) {
            int page = ListePaginee.page(parametres);
            long total = emf.callInTransaction(em -> new JournalRepository(em).compter(lecture.filtre()));
            lignes = emf.callInTransaction(em -> new JournalRepository(em)
                    .filtrer(lecture.filtre(), (page - 1) * ListePaginee.PAR_PAGE, ListePaginee.PAR_PAGE));
            pagination = ListePaginee.pagination("/admin/journal", parametres, CHAMPS, page, total);
        }
        return Gabarits.rendre("journal.jte", AdminHandler.parametres("barre", barre, "filtres", filtres(parametres),
                "erreur", lecture.erreur(), "pagination", pagination, "lignes", lignes));
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

    private static List<Champ> filtres(Map<String, String> p) {
        Map<String, String> resultats = new LinkedHashMap<>();
        for (Resultat r : Resultat.values()) {
            resultats.put(r.code(), r.libelle());
        }
        return List.of(Champ.texte("Opération", "operation", p), Champ.choix("Résultat", "resultat", p, resultats),
                Champ.texte("Clé de faute (début)", "cle", p), Champ.texte("Appelant", "appelant", p),
                Champ.texte("Code OPI", "code", p), Champ.texte("Du (JJ/MM/AAAA)", "du", p),
                Champ.texte("Au (JJ/MM/AAAA)", "au", p));
    }

    private static LocalDate jour(String texte) {
        return LocalDate.parse(texte.strip(), JOUR);
    }
}
