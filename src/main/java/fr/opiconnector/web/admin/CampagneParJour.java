package fr.opiconnector.web.admin;

import static fr.opiconnector.web.admin.Html.e;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The campaign at a glance on the dashboard: for the last {@link #JOURS} days, OPIs received, IAs paid, remontées sent
 * and failed, each as a bar chart drawn on the server (no script) with its total and busiest day said in words, and
 * every figure in a table beside them.
 */
final class CampagneParJour {

    static final int JOURS = 30;
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CampagneParJour() {
    }

    static String section(List<TableauDeBordService.Jour> jours) {
        StringBuilder corps = new StringBuilder("<section><h2>La campagne jour par jour (").append(JOURS)
                .append(" derniers jours)</h2>");
        corps.append(serie("opi-par-jour", "OPI reçues", jours, TableauDeBordService.Jour::opis))
                .append(serie("ia-par-jour", "IA payées", jours, TableauDeBordService.Jour::ias))
                .append(serie("envois-par-jour", "Remontées envoyées", jours, TableauDeBordService.Jour::envois))
                .append(serie("echecs-par-jour", "Remontées en échec", jours, TableauDeBordService.Jour::echecs));
        corps.append("<table id=\"par-jour\"><caption>Les chiffres, du plus récent au plus ancien</caption><tr><th>Jour</th>"
                + "<th>OPI reçues</th><th>IA payées</th><th>Remontées envoyées</th><th>Remontées en échec</th></tr>");
        for (int i = jours.size() - 1; i >= 0; i--) {
            TableauDeBordService.Jour j = jours.get(i);
            corps.append("<tr><td>").append(e(DATE.format(j.jour()))).append("</td><td>").append(j.opis())
                    .append("</td><td>").append(j.ias()).append("</td><td>").append(j.envois()).append("</td><td>")
                    .append(j.echecs()).append("</td></tr>");
        }
        return corps.append("</table></section>").toString();
    }

    private static String serie(String id, String titre, List<TableauDeBordService.Jour> jours,
            ToLongFunction<TableauDeBordService.Jour> valeur) {
        long total = jours.stream().mapToLong(valeur).sum();
        TableauDeBordService.Jour pic = jours.stream().max((a, b) -> Long.compare(valeur.applyAsLong(a),
                valeur.applyAsLong(b))).orElseThrow();
        long max = Math.max(1, valeur.applyAsLong(pic));
        String resume = titre + " : " + total + " en " + jours.size() + " jours" + (total == 0 ? ""
                : ", au plus " + valeur.applyAsLong(pic) + " le " + DATE.format(pic.jour()));
        StringBuilder svg = new StringBuilder("<figure><figcaption>").append(e(resume)).append("</figcaption><svg id=\"")
                .append(id).append("\" role=\"img\" aria-label=\"").append(e(resume)).append("\" width=\"")
                .append(jours.size() * 14 + 10).append("\" height=\"80\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (int i = 0; i < jours.size(); i++) {
            long v = valeur.applyAsLong(jours.get(i));
            long hauteur = Math.round(60.0 * v / max);
            svg.append("<rect x=\"").append(5 + i * 14).append("\" y=\"").append(65 - hauteur).append("\" width=\"10\" height=\"")
                    .append(hauteur).append("\" fill=\"#4a7ab5\"><title>").append(e(JOUR.format(jours.get(i).jour())))
                    .append(" : ").append(v).append("</title></rect>");
        }
        return svg.append("<line x1=\"0\" y1=\"65\" x2=\"").append(jours.size() * 14 + 10)
                .append("\" y2=\"65\" stroke=\"#333\"/></svg></figure>").toString();
    }
}
