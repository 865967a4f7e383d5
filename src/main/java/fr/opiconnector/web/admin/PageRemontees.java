package fr.opiconnector.web.admin;

import static fr.opiconnector.web.admin.Html.e;

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

    String page(Map<String, String> p, boolean rejouer, AdminSessions.SessionAdmin s) {
        StringBuilder corps = new StringBuilder(formulaire(p));
        Optional<String> statut = Optional.ofNullable(ListePaginee.texte(p.get("statut")));
        if (statut.isPresent() && !STATUTS.containsKey(statut.get())) {
            return corps.append("<p class=\"ko\" id=\"message\">État inconnu « ").append(e(statut.get()))
                    .append(" » : en attente, envoyée ou en échec.</p>").toString();
        }
        Optional<String> code = Optional.ofNullable(ListePaginee.texte(p.get("code")));
        int page = ListePaginee.page(p);
        long total = emf.callInTransaction(em -> new RemonteeRepository(em).compter(statut, code));
        List<Remontee> lignes = emf.callInTransaction(em -> new RemonteeRepository(em).filtrer(statut, code,
                (page - 1) * ListePaginee.PAR_PAGE, ListePaginee.PAR_PAGE));
        Map<Long, Vet> vets = emf.callInTransaction(em -> new RemonteeRepository(em).vets(lignes));
        corps.append(ListePaginee.total(total, "/admin/remontees.csv" + ListePaginee.requete(p, FILTRES, null)))
                .append("<table id=\"lignes-remontees\"><tr><th>N°</th><th>Code OPI</th><th>VET</th><th>Événement</th>"
                        + "<th>État de l'IA</th><th>État</th><th>Tentatives</th><th>Écrite le</th><th>Envoyée le</th>"
                        + "<th>Dernier message</th><th>Action</th></tr>");
        for (Remontee r : lignes) {
            corps.append("<tr><td>").append(r.id()).append("</td><td>").append(e(r.codOpiIntEpo())).append("</td><td>")
                    .append(e(vets.get(r.id()))).append("</td><td>").append(e(r.evenement())).append("</td><td>")
                    .append(r.etatInscription()).append("</td><td><span title=\"").append(e(r.statut())).append("\">")
                    .append(e(STATUTS.getOrDefault(r.statut(), r.statut()))).append("</span></td><td>").append(r.tentatives())
                    .append("</td><td>").append(Affichage.heure(r.creeLe())).append("</td><td>")
                    .append(Affichage.heure(r.envoyeLe())).append("</td><td>").append(e(r.dernierMessage())).append("</td><td>")
                    .append(rejouer && Remontee.ECHEC.equals(r.statut()) ? "<form method=\"post\" action=\"/admin/remontees/"
                            + "rejouer\"><input type=\"hidden\" name=\"csrf\" value=\"" + e(s.jetonCsrf()) + "\"><input "
                            + "type=\"hidden\" name=\"id\" value=\"" + r.id() + "\"><input type=\"hidden\" name=\"retour\" "
                            + "value=\"/admin/remontees\"><button type=\"submit\">Rejouer la n° " + r.id() + "</button></form>" : "")
                    .append("</td></tr>");
        }
        return corps.append("</table>").append(ListePaginee.pages("/admin/remontees", p, FILTRES, page, total)).toString();
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

    private static String formulaire(Map<String, String> p) {
        StringBuilder options = new StringBuilder("<option value=\"\">tous</option>");
        for (String statut : List.of(Remontee.EN_ATTENTE, Remontee.ENVOYEE, Remontee.ECHEC)) {
            options.append("<option value=\"").append(statut).append("\"").append(statut.equals(p.get("statut")) ? " selected" : "")
                    .append(">").append(e(STATUTS.get(statut))).append("</option>");
        }
        return "<form method=\"get\" action=\"/admin/remontees\" id=\"filtres\"><label>État <select name=\"statut\">" + options
                + "</select></label> " + ListePaginee.champ("Code OPI", "code", p) + " <button type=\"submit\">Filtrer</button></form>";
    }
}
