package fr.opiconnector.reception;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The registrars' one search box: what they type is read as an OPI code (any case), an INE, a student number, a birth
 * date (03/04/2008 or 03042008) or the start of a name (accents and case ignored), and every individual it may mean is
 * listed, at most {@link #MAX}, in OPI code order.
 */
public final class RechercheIndividus {

    public static final int MAX = 50;

    private final EntityManagerFactory emf;

    public RechercheIndividus(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /** One individual found: what tells two apart in a list. */
    public record Trouve(String codOpiIntEpo, String nom, String prenom, String dateNaissance, String ine, Integer codEtu) {
    }

    public List<Trouve> chercher(String saisie) {
        String texte = saisie == null ? "" : saisie.strip();
        if (texte.isEmpty()) {
            return List.of();
        }
        return emf.callInTransaction(em -> {
            IndividuRepository individus = new IndividuRepository(em);
            List<Individu> trouves = new ArrayList<>();
            String majuscules = texte.toUpperCase(Locale.ROOT);
            if (texte.matches("[0-9]{2}/[0-9]{2}/[0-9]{4}")) {
                trouves.addAll(individus.parDateDeNaissance(texte.replace("/", ""), MAX));
            } else if (texte.matches("[0-9]{1,9}")) {
                trouves.addAll(individus.parCodeEtudiant(Integer.parseInt(texte)));
                if (texte.length() == 8) {
                    trouves.addAll(individus.parDateDeNaissance(texte, MAX));
                }
            } else if (majuscules.matches("[0-9]{9}[A-Z]{2}|[0-9]{10}[A-Z]")) {
                trouves.addAll(individus.parIne(majuscules));
            } else if (majuscules.matches("[A-Z0-9]{1,10}") && majuscules.matches(".*[0-9].*")) {
                individus.trouver(majuscules).ifPresent(trouves::add);
                if (!majuscules.equals(texte)) {
                    individus.trouver(texte).ifPresent(trouves::add);
                }
            } else if (NomsRecherche.normaliser(texte).length() >= 2) {
                trouves.addAll(individus.parNom(NomsRecherche.normaliser(texte), MAX));
            }
            Map<String, Trouve> parCode = new LinkedHashMap<>();
            trouves.stream().sorted(Comparator.comparing(Individu::codOpiIntEpo)).limit(MAX)
                    .forEach(i -> parCode.putIfAbsent(i.codOpiIntEpo(), trouve(i)));
            return List.copyOf(parCode.values());
        });
    }

    private static Trouve trouve(Individu individu) {
        DonneesIndividu d = individu.donnees();
        EtatCivil ec = d.etatCivil();
        return new Trouve(individu.codOpiIntEpo(), ec == null ? null : ec.libNomPatIndOpi(),
                ec == null ? null : ec.libPr1IndOpi(),
                d.donneesNaissance() == null ? null : d.donneesNaissance().dateNaiIndOpi(),
                ec == null ? null : ec.codNneIndOpi(), d.codEtuOpi());
    }
}
