package fr.opiconnector.inscription;

import fr.opiconnector.reception.EtatCivil;
import fr.opiconnector.reception.Individu;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every laissez-passer, on a wish ({@link LaissezPasser}) or on another VET ({@link LaissezPasserHorsVoeu}), as one
 * list: newest grant first, filtered by state, VET, the registrar who granted it and the OPI code. The two kinds live in
 * two tables: each is read with the same filter (JPQL, bound parameters), its first {@code debut + nombre} rows in the
 * list's order, and the two are merged; a campaign grants laissez-passer by hand, a few hundred or thousand at most.
 */
public final class ListeLaissezPasser {

    /**
     * What to keep; a null member keeps everything. actif: true the active ones, false the withdrawn ones. codEtp and
     * codVrsVet: the VET opened (the wish's, or the other VET). auteur: the login that granted it, exactly. The OPI
     * code as typed or in capitals.
     */
    public record Filtre(Boolean actif, String codEtp, Integer codVrsVet, String auteur, String codOpiIntEpo) {

        public static final Filtre AUCUN = new Filtre(null, null, null, null, null);
    }

    /**
     * One laissez-passer: on a wish (with that wish's decision code and whether it is still in the OPI) or on another
     * VET; who granted it, when and why; once withdrawn, who withdrew it, when and why; its anomalies (a VET outside
     * the offer).
     */
    public record Ligne(boolean surVoeu, String codOpiIntEpo, String nom, String prenom, Vet vet, String codDecVeu,
            boolean voeuActif, String motif, String auteur, Instant accordeLe, Instant retireLe, String auteurRetrait,
            String motifRetrait, List<String> anomalies) {

        public boolean actif() {
            return retireLe == null;
        }
    }

    /** The list's order, the same across both kinds: newest grant first, then a fixed order between kinds and ids. */
    private record Rang(Ligne ligne, long id) {
    }

    private static final Comparator<Rang> ORDRE = Comparator.comparing((Rang r) -> r.ligne().accordeLe()).reversed()
            .thenComparing(r -> r.ligne().surVoeu())
            .thenComparing(Comparator.comparingLong(Rang::id).reversed());

    private final EntityManagerFactory emf;

    public ListeLaissezPasser(EntityManagerFactory emf) {
        this.emf = emf;
    }

    public long compter(Filtre filtre) {
        return emf.callInTransaction(em -> requete(em, "select count(l)", SUR_VOEU, filtre, "", Long.class)
                .getSingleResult() + requete(em, "select count(l)", HORS_VOEU, filtre, "", Long.class).getSingleResult());
    }

    /** The rows the filter keeps, newest grant first, from position debut, at most nombre. */
    public List<Ligne> lignes(Filtre filtre, int debut, int nombre) {
        int jusqua = debut + nombre;
        return emf.callInTransaction(em -> {
            List<Rang> rangs = new ArrayList<>();
            for (Object[] l : requete(em, "select l, i, l.id", SUR_VOEU, filtre, " order by l.accordeLe desc, l.id desc",
                    Object[].class).setMaxResults(jusqua).getResultList()) {
                LaissezPasser lp = (LaissezPasser) l[0];
                rangs.add(new Rang(ligne(true, (Individu) l[1], lp, Vet.de(lp.voeu()), lp.voeu().donnees().codDecVeu(),
                        lp.voeu().estActif(), List.of()), (Long) l[2]));
            }
            for (Object[] l : requete(em, "select l, i, l.id", HORS_VOEU, filtre, " order by l.accordeLe desc, l.id desc",
                    Object[].class).setMaxResults(jusqua).getResultList()) {
                LaissezPasserHorsVoeu lp = (LaissezPasserHorsVoeu) l[0];
                rangs.add(new Rang(ligne(false, (Individu) l[1], lp, lp.vet(), null, false, lp.anomalies()), (Long) l[2]));
            }
            return rangs.stream().sorted(ORDRE).skip(debut).limit(nombre).map(Rang::ligne).toList();
        });
    }

    private static Ligne ligne(boolean surVoeu, Individu individu, Octroi lp, Vet vet, String codDecVeu,
            boolean voeuActif, List<String> anomalies) {
        EtatCivil etatCivil = individu.donnees().etatCivil();
        return new Ligne(surVoeu, individu.codOpiIntEpo(), etatCivil == null ? null : etatCivil.libNomPatIndOpi(),
                etatCivil == null ? null : etatCivil.libPr1IndOpi(), vet, codDecVeu, voeuActif, lp.motif(), lp.auteur(),
                lp.accordeLe(), lp.retireLe(), lp.auteurRetrait(), lp.motifRetrait(), List.copyOf(anomalies));
    }

    /** A kind of laissez-passer: its from clause (l the laissez-passer, i its individual) and its VET's attributes. */
    private record Sorte(String depuis, String codEtp, String codVrsVet) {
    }

    private static final Sorte SUR_VOEU = new Sorte(" from LaissezPasser l join l.voeu v join v.individu i", "v.codEtp",
            "v.codVrsVet");
    private static final Sorte HORS_VOEU = new Sorte(" from LaissezPasserHorsVoeu l join Individu i on i.id = l.individuId",
            "l.codEtp", "l.codVrsVet");

    /** The query of that selection on one kind, every value a bound parameter. */
    private static <T> TypedQuery<T> requete(EntityManager em, String select, Sorte sorte, Filtre f, String ordre,
            Class<T> type) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parametres = new LinkedHashMap<>();
        if (f.actif() != null) {
            conditions.add(f.actif() ? "l.retireLe is null" : "l.retireLe is not null");
        }
        if (f.codEtp() != null) {
            conditions.add(sorte.codEtp() + " = :codEtp");
            parametres.put("codEtp", f.codEtp());
        }
        if (f.codVrsVet() != null) {
            conditions.add(sorte.codVrsVet() + " = :codVrsVet");
            parametres.put("codVrsVet", f.codVrsVet());
        }
        if (f.auteur() != null) {
            conditions.add("l.auteur = :auteur");
            parametres.put("auteur", f.auteur());
        }
        if (f.codOpiIntEpo() != null) {
            conditions.add("i.codOpiIntEpo in :codes");
            parametres.put("codes", List.of(f.codOpiIntEpo(), f.codOpiIntEpo().toUpperCase(Locale.ROOT)));
        }
        TypedQuery<T> requete = em.createQuery(select + sorte.depuis()
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)) + ordre, type);
        parametres.forEach(requete::setParameter);
        return requete;
    }
}
