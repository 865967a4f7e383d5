package fr.opiconnector.web.admin;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The campaign at a glance on the dashboard: for the last {@link #JOURS} days, OPIs received, IAs paid, remontées sent
 * and failed, and the decisions taken on wishes (Oui, Oui-Si, Non, withdrawn), each as a bar chart with its total and
 * busiest day said in words.
 */
public final class CampagneParJour {

    static final int JOURS = 30;
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int HAUT = 60;
    private static final int PAS = 14;

    private CampagneParJour() {
    }

    /** The activity charts: one series each. */
    static List<Graphique> activite(List<TableauDeBordService.Jour> jours) {
        return List.of(serie("opi-par-jour", "OPI reçues", jours, TableauDeBordService.Jour::opis),
                serie("ia-par-jour", "IA payées", jours, TableauDeBordService.Jour::ias),
                serie("envois-par-jour", "Remontées envoyées", jours, TableauDeBordService.Jour::envois),
                serie("echecs-par-jour", "Remontées en échec", jours, TableauDeBordService.Jour::echecs));
    }

    /** The decisions taken per day, stacked: Oui, Oui-Si, Non, withdrawn. */
    static Graphique decisions(List<TableauDeBordService.Jour> jours) {
        List<ToLongFunction<TableauDeBordService.Jour>> parts = List.of(TableauDeBordService.Jour::oui,
                TableauDeBordService.Jour::ouiSi, TableauDeBordService.Jour::non, TableauDeBordService.Jour::retraits);
        List<String> classes = List.of("serie-oui", "serie-ouisi", "serie-non", "serie-retrait");
        ToLongFunction<TableauDeBordService.Jour> total = j -> j.oui() + j.ouiSi() + j.non() + j.retraits();
        long max = Math.max(1, jours.stream().mapToLong(total).max().orElse(0));
        List<Graphique.Colonne> colonnes = new ArrayList<>();
        for (int i = 0; i < jours.size(); i++) {
            TableauDeBordService.Jour j = jours.get(i);
            List<Graphique.Segment> segments = new ArrayList<>();
            long cumul = 0;
            for (int k = 0; k < parts.size(); k++) {
                long v = parts.get(k).applyAsLong(j);
                int bas = (int) Math.round((double) HAUT * cumul / max);
                cumul += v;
                int haut = (int) Math.round((double) HAUT * cumul / max);
                if (haut > bas) {
                    segments.add(new Graphique.Segment(HAUT + 5 - haut, haut - bas, classes.get(k)));
                }
            }
            colonnes.add(new Graphique.Colonne(5 + i * PAS, JOUR.format(j.jour()) + " : " + j.oui() + " Oui, " + j.ouiSi()
                    + " Oui-Si, " + j.non() + " Non, " + j.retraits() + " retirés", segments));
        }
        long oui = jours.stream().mapToLong(TableauDeBordService.Jour::oui).sum();
        long ouiSi = jours.stream().mapToLong(TableauDeBordService.Jour::ouiSi).sum();
        long non = jours.stream().mapToLong(TableauDeBordService.Jour::non).sum();
        long retraits = jours.stream().mapToLong(TableauDeBordService.Jour::retraits).sum();
        String resume = "Décisions reçues en " + jours.size() + " jours : " + oui + " Oui, " + ouiSi + " Oui-Si, " + non
                + " Non, " + retraits + " vœux retirés";
        return new Graphique("decisions-par-jour", resume, jours.size() * PAS + 10, HAUT + 20, colonnes, List.of(
                new Graphique.Legende("Oui", "serie-oui"), new Graphique.Legende("Oui-Si", "serie-ouisi"),
                new Graphique.Legende("Non", "serie-non"), new Graphique.Legende("vœu retiré", "serie-retrait")));
    }

    private static Graphique serie(String id, String titre, List<TableauDeBordService.Jour> jours,
            ToLongFunction<TableauDeBordService.Jour> valeur) {
        long total = jours.stream().mapToLong(valeur).sum();
        TableauDeBordService.Jour pic = jours.stream().max((a, b) -> Long.compare(valeur.applyAsLong(a),
                valeur.applyAsLong(b))).orElseThrow();
        long max = Math.max(1, valeur.applyAsLong(pic));
        String resume = titre + " : " + total + " en " + jours.size() + " jours" + (total == 0 ? ""
                : ", au plus " + valeur.applyAsLong(pic) + " le " + DATE.format(pic.jour()));
        List<Graphique.Colonne> colonnes = new ArrayList<>();
        for (int i = 0; i < jours.size(); i++) {
            long v = valeur.applyAsLong(jours.get(i));
            int hauteur = (int) Math.round((double) HAUT * v / max);
            colonnes.add(new Graphique.Colonne(5 + i * PAS, JOUR.format(jours.get(i).jour()) + " : " + v,
                    hauteur == 0 ? List.of() : List.of(new Graphique.Segment(HAUT + 5 - hauteur, hauteur, "serie"))));
        }
        return new Graphique(id, resume, jours.size() * PAS + 10, HAUT + 20, colonnes, List.of());
    }

    /** A day as the tables write it. */
    public static String date(java.time.LocalDate jour) {
        return DATE.format(jour);
    }
}
