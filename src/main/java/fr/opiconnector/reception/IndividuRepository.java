package fr.opiconnector.reception;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Individuals, their wishes (through the individual) and their history. */
public final class IndividuRepository {

    private final EntityManager em;

    public IndividuRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The one statement that locks an individual's row until the transaction ends (one writer per OPI at a time) and
     * reads what decides whether a received OPI changes it ({@link EcritureOpi}).
     */
    public static final String VERROU = "SELECT id, empreinte_recue FROM individu WHERE cod_opi_int_epo = ? FOR UPDATE";

    /** The locked row of an individual: its id and the fingerprint of the last OPI applied to it. */
    public record Verrou(long id, String empreinteRecue) {
    }

    /** The individual of an OPI code, its row locked until the transaction ends (one writer per OPI at a time). */
    // getResultList, not getResultStream: Hibernate runs a stream through a scrollable cursor, several times dearer
    // for one row (a sixth of a call's time on the hot path).
    public Optional<Individu> trouverPourMiseAJour(String codOpiIntEpo) {
        return em.createQuery("select i from Individu i where i.codOpiIntEpo = :code", Individu.class)
                .setParameter("code", codOpiIntEpo)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream()
                .findFirst();
    }

    public Optional<Individu> trouver(String codOpiIntEpo) {
        return em.createQuery("select i from Individu i where i.codOpiIntEpo = :code", Individu.class)
                .setParameter("code", codOpiIntEpo)
                .getResultList().stream()
                .findFirst();
    }

    /** The individuals of an INE (one per campaign the student was admitted in), in OPI code order. */
    public List<Individu> parIne(String ine) {
        return em.createQuery("select i from Individu i where i.etatCivil.codNneIndOpi = :ine order by i.codOpiIntEpo",
                Individu.class).setParameter("ine", ine).getResultList().stream()
                .filter(i -> ine.equals(i.donnees().etatCivil().codNneIndOpi())).toList();
    }

    /** The individuals of a student number (codEtuOpi), in OPI code order. */
    public List<Individu> parCodeEtudiant(int codEtuOpi) {
        return em.createQuery("select i from Individu i where i.codEtuOpi = :etu order by i.codOpiIntEpo", Individu.class)
                .setParameter("etu", codEtuOpi).getResultList();
    }

    /**
     * The admin search: individuals whose names have a word starting with the prefix (see {@link NomsRecherche}),
     * or born that day (JJMMAAAA), at most max, in OPI code order.
     */
    public List<Individu> parNom(String prefixeNormalise, int max) {
        return em.createQuery("select i from Individu i where i.nomsRecherche like :motif order by i.codOpiIntEpo",
                Individu.class).setParameter("motif", "% " + prefixeNormalise.replace("%", "").replace("_", "") + "%")
                .setMaxResults(max).getResultList();
    }

    public List<Individu> parDateDeNaissance(String jjmmaaaa, int max) {
        return em.createQuery("select i from Individu i where i.donneesNaissance.dateNaiIndOpi = :date "
                + "order by i.codOpiIntEpo", Individu.class).setParameter("date", jjmmaaaa).setMaxResults(max)
                .getResultList();
    }

    /** Up to taille individuals whose OPI code comes after the given one, in OPI code order (the exports). */
    public List<Individu> lot(String apres, int taille) {
        return lot(apres, taille, Instant.EPOCH);
    }

    /** The same, among the individuals created or changed (their data or a wish) at or after depuis. */
    public List<Individu> lot(String apres, int taille, Instant depuis) {
        return em.createQuery("select i from Individu i where i.codOpiIntEpo > :apres and i.modifieLe >= :depuis "
                        + "order by i.codOpiIntEpo", Individu.class)
                .setParameter("apres", apres)
                .setParameter("depuis", depuis)
                .setMaxResults(taille)
                .getResultList();
    }

    /** The wishes of these individuals, withdrawn ones included, in one query. */
    public List<Voeu> voeux(List<Individu> individus) {
        return em.createQuery("select v from Voeu v where v.individu in :individus order by v.id", Voeu.class)
                .setParameter("individus", individus)
                .getResultList();
    }

    /** The call's history rows, pointing at its journal row. */
    public void ecrire(fr.opiconnector.reception.Evenements evenements, Individu individu, fr.opiconnector.journal.Journal journal,
            java.time.Instant maintenant) {
        evenements.historique(individu, journal, maintenant).forEach(this::ajouter);
    }

    public void ajouter(Historique historique) {
        em.persist(historique);
    }

    public List<Historique> historique(Individu individu) {
        return em.createQuery("select h from Historique h where h.individuId = :id order by h.id", Historique.class)
                .setParameter("id", individu.id())
                .getResultList();
    }

    public long compter() {
        return em.createQuery("select count(i) from Individu i", Long.class).getSingleResult();
    }

    /** The wishes still in the OPIs, by decision (every decision present, 0 when none). */
    public java.util.Map<Decision, Long> voeuxActifsParDecision() {
        java.util.Map<Decision, Long> parDecision = new java.util.EnumMap<>(Decision.class);
        for (Decision decision : Decision.values()) {
            parDecision.put(decision, 0L);
        }
        em.createQuery("select v.codDecVeu, count(v) from Voeu v where v.etat = :actif group by v.codDecVeu", Object[].class)
                .setParameter("actif", Voeu.Etat.ACTIF).getResultList()
                .forEach(l -> Decision.depuisCode((String) l[0]).ifPresent(d -> parDecision.put(d, (Long) l[1])));
        return parDecision;
    }

    /** A decision the campaign took on a wish at that instant: F, S or D, or {@link #RETRAIT} for a wish withdrawn. */
    public record DecisionRecue(Instant le, String decision) {
    }

    public static final String RETRAIT = "RETRAIT";

    /**
     * The decisions taken since then, from the history: a wish added counts with the decision it came with (its
     * current one, or the one its first later change replaced), a change of decision with the new one, a withdrawal
     * as {@link #RETRAIT}.
     */
    public List<DecisionRecue> decisionsDepuis(Instant depuis) {
        List<Object[]> changements = em.createQuery("select h.horodatage, h.voeuId, h.ancienneValeur, h.nouvelleValeur "
                + "from Historique h where h.horodatage >= :depuis and h.evenement = :modifie and h.champ = 'codDecVeu' "
                + "order by h.id", Object[].class).setParameter("depuis", depuis)
                .setParameter("modifie", Historique.Evenement.VOEU_MODIFIE).getResultList();
        java.util.Map<Long, String> premiereAncienne = new java.util.HashMap<>();
        List<DecisionRecue> decisions = new java.util.ArrayList<>();
        for (Object[] c : changements) {
            premiereAncienne.putIfAbsent((Long) c[1], (String) c[2]);
            decisions.add(new DecisionRecue((Instant) c[0], (String) c[3]));
        }
        em.createQuery("select h.horodatage, h.voeuId, v.codDecVeu from Historique h, Voeu v where v.id = h.voeuId "
                + "and h.horodatage >= :depuis and h.evenement = :ajoute", Object[].class).setParameter("depuis", depuis)
                .setParameter("ajoute", Historique.Evenement.VOEU_AJOUTE).getResultList()
                .forEach(a -> decisions.add(new DecisionRecue((Instant) a[0],
                        premiereAncienne.getOrDefault((Long) a[1], (String) a[2]))));
        em.createQuery("select h.horodatage from Historique h where h.horodatage >= :depuis and h.evenement = :retire",
                Instant.class).setParameter("depuis", depuis).setParameter("retire", Historique.Evenement.VOEU_RETIRE)
                .getResultList().forEach(le -> decisions.add(new DecisionRecue(le, RETRAIT)));
        return decisions;
    }
}
