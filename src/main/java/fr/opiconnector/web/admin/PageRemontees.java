package fr.opiconnector.web.admin;

import fr.opiconnector.inscription.Remontee;
import fr.opiconnector.inscription.Vet;
import fr.opiconnector.remontee.RemonteeRepository;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The remontées as a list: filtered by state and OPI code, 50 rows a page, newest first, each failed row with its
 * replay (profile technique), and the same selection as CSV. An unknown state is said in French.
 */
final class PageRemontees {

    static final int CSV_MAX = 10_000;
    private static final List<String> FILTRES = List.of("statut", "code");
    private static final Map<String, String> STATUTS = Map.of(Remontee.EN_ATTENTE, "en attente", Remontee.ENVOYEE,
            "envoyée", Remontee.ECHEC, "en échec");

    private final EntityManagerFactory emf;

    PageRemontees(EntityManagerFactory emf) {
        this.emf = emf;
    }

    String page(Map<String, String> p, Barre barre) {
        Optional<String> statut = Optional.ofNullable(ListePaginee.texte(p.get("statut")));
        String erreur = statut.isPresent() && !STATUTS.containsKey(statut.get())
                ? "État inconnu « " + statut.get() + " » : en attente, envoyée ou en échec." : null;
        List<Remontee> lignes = List.of();
        Map<Long, Vet> vets = Map.of();
        Pagination pagination = null;
        if (erreur == null) {
            Optional<String> code = Optional.ofNullable(ListePaginee.texte(p.get("code")));
            int page = ListePaginee.page(p);
            long total = emf.callInTransaction(em -> new RemonteeRepository(em).compter(statut, code));
            lignes = emf.callInTransaction(em -> new RemonteeRepository(em).filtrer(statut, code,
                    (page - 1) * ListePaginee.PAR_PAGE, ListePaginee.PAR_PAGE));
            List<Remontee> page1 = lignes;
            vets = emf.callInTransaction(em -> new RemonteeRepository(em).vets(page1));
            pagination = ListePaginee.pagination("/admin/remontees", p, FILTRES, page, total);
        }
        return Gabarits.rendre("remontees.jte", AdminHandler.parametres("barre", barre, "filtres", filtres(p),
                "erreur", erreur, "pagination", pagination, "lignes", lignes, "vets", vets, "statuts", STATUTS));
    }

    /** The same selection as CSV (at most {@link #CSV_MAX} rows, newest first); only the header for an unknown state. */
    String csv(Map<String, String> p) {
        StringBuilder csv = new StringBuilder("id;cod_opi_int_epo;vet;evenement;etat_inscription;statut;tentatives;cree_le;"
                + "envoye_le;dernier_message\n");
        Optional<String> statut = Optional.ofNullable(ListePaginee.texte(p.get("statut")));
        if (statut.isPresent() && !STATUTS.containsKey(statut.get())) {
            return csv.toString();
        }
        Optional<String> code = Optional.ofNullable(ListePaginee.texte(p.get("code")));
        List<Remontee> lignes = emf.callInTransaction(em -> new RemonteeRepository(em).filtrer(statut, code, 0, CSV_MAX));
        Map<Long, Vet> vets = emf.callInTransaction(em -> new RemonteeRepository(em).vets(lignes));
        for (Remontee r : lignes) {
            csv.append(r.id()).append(';').append(ListePaginee.cellule(r.codOpiIntEpo())).append(';')
                    .append(ListePaginee.cellule(vets.get(r.id()))).append(';').append(r.evenement()).append(';')
                    .append(r.etatInscription()).append(';').append(r.statut()).append(';').append(r.tentatives()).append(';')
                    .append(ListePaginee.cellule(r.creeLe())).append(';').append(ListePaginee.cellule(r.envoyeLe()))
                    .append(';').append(ListePaginee.cellule(r.dernierMessage())).append('\n');
        }
        return csv.toString();
    }

    private static List<Champ> filtres(Map<String, String> p) {
        Map<String, String> statuts = new java.util.LinkedHashMap<>();
        for (String statut : List.of(Remontee.EN_ATTENTE, Remontee.ENVOYEE, Remontee.ECHEC)) {
            statuts.put(statut, STATUTS.get(statut));
        }
        return List.of(Champ.choix("État", "statut", p, statuts), Champ.texte("Code OPI", "code", p));
    }
}
