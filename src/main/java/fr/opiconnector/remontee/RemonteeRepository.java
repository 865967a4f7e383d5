package fr.opiconnector.remontee;

import fr.opiconnector.inscription.Formation;
import fr.opiconnector.reception.Individu;
import fr.opiconnector.inscription.Remontee;

import fr.opiconnector.inscription.Inscription;

import fr.opiconnector.inscription.Vet;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;

/**
 * The remontées outbox. A row is claimed with a row lock taken with SKIP LOCKED, so that several senders on one
 * database (replicas, a command line run during the daily one) never send the same row twice at the same time.
 */
public final class RemonteeRepository {

    private final EntityManager em;

    public RemonteeRepository(EntityManager em) {
        this.em = em;
    }

    private static final int PAGE = 100;

    /**
     * Claims the next row to send, locked until the transaction ends: a pending row whose retry time has come and
     * that is the oldest unsent row of its candidate (a candidate's rows go in the order they were written; a row
     * set aside as failed holds back the later ones until it is replayed).
     *
     * <p>Statements: a plain read of the candidates' head rows, in id order:
     * {@code SELECT r.id FROM remontee r WHERE r.statut = 'EN_ATTENTE' AND (r.prochain_essai_le IS NULL OR
     * r.prochain_essai_le <= ?) AND NOT EXISTS (SELECT 1 FROM remontee p WHERE p.individu_id = r.individu_id AND
     * p.id < r.id AND p.statut <> 'ENVOYEE') ORDER BY r.id LIMIT 100 OFFSET ?} (the indexes on (statut, id) and
     * (individu_id, id) keep it short however long the queue), then for each until one is free:
     * {@code SELECT id FROM remontee WHERE id = ? AND statut = 'EN_ATTENTE' FOR UPDATE SKIP LOCKED}; the next 100
     * heads only when all of these are taken by other senders.
     */
    public Optional<Remontee> reclamer(Instant maintenant) {
        for (int debut = 0; ; debut += PAGE) {
            List<Long> tetes = em.createQuery("""
                    select r.id from Remontee r
                    where r.statut = :attente and (r.prochainEssaiLe is null or r.prochainEssaiLe <= :maintenant)
                      and not exists (select p.id from Remontee p
                                      where p.individuId = r.individuId and p.id < r.id and p.statut <> :envoyee)
                    order by r.id""", Long.class)
                    .setParameter("attente", Remontee.EN_ATTENTE)
                    .setParameter("envoyee", Remontee.ENVOYEE)
                    .setParameter("maintenant", maintenant)
                    .setFirstResult(debut)
                    .setMaxResults(PAGE)
                    .getResultList();
            for (Long id : tetes) {
                List<?> libre = em.createNativeQuery(
                        "SELECT id FROM remontee WHERE id = ?1 AND statut = 'EN_ATTENTE' FOR UPDATE SKIP LOCKED")
                        .setParameter(1, id).getResultList();
                if (!libre.isEmpty()) {
                    Remontee remontee = em.find(Remontee.class, id);
                    em.refresh(remontee);
                    return Optional.of(remontee);
                }
            }
            if (tetes.size() < PAGE) {
                return Optional.empty();
            }
        }
    }

    /** When the next delayed retry is due, if a pending row waits for one. */
    public Optional<Instant> prochainEssai() {
        return em.createQuery("select min(r.prochainEssaiLe) from Remontee r where r.statut = :statut", Instant.class)
                .setParameter("statut", Remontee.EN_ATTENTE).getResultList().stream().filter(java.util.Objects::nonNull).findFirst();
    }

    public List<Remontee> lister(Optional<String> statut) {
        return statut.map(s -> em.createQuery("select r from Remontee r where r.statut = :s order by r.id", Remontee.class)
                        .setParameter("s", s))
                .orElseGet(() -> em.createQuery("select r from Remontee r order by r.id", Remontee.class))
                .getResultList();
    }

    /** The VET of each remontée's IA, by remontée id. */
    public Map<Long, Vet> vets(List<Remontee> remontees) {
        Map<Long, Vet> vets = new HashMap<>();
        if (remontees.isEmpty()) {
            return vets;
        }
        Map<Long, Vet> parInscription = new HashMap<>();
        em.createQuery("select i from Inscription i where i.id in :ids", Inscription.class)
                .setParameter("ids", remontees.stream().map(Remontee::inscriptionId).distinct().toList())
                .getResultList().forEach(i -> parInscription.put(i.id(), i.vet()));
        remontees.forEach(r -> vets.put(r.id(), parInscription.get(r.inscriptionId())));
        return vets;
    }

    /** When a remontée was last sent, if ever. */
    public Optional<Instant> dernierEnvoi() {
        return Optional.ofNullable(em.createQuery("select max(r.envoyeLe) from Remontee r", Instant.class).getSingleResult());
    }

    /** The first failed rows, oldest first. */
    public List<Remontee> echecs(int nombre) {
        return em.createQuery("select r from Remontee r where r.statut = :echec order by r.id", Remontee.class)
                .setParameter("echec", Remontee.ECHEC).setMaxResults(nombre).getResultList();
    }

    public Optional<Formation> formation(int codeFormationPsup) {
        return Optional.ofNullable(em.find(Formation.class, codeFormationPsup));
    }

    /** The individual a remontée reports on. */
    public Individu individu(Remontee remontee) {
        return em.find(Individu.class, remontee.individuId());
    }

    public long compter(String statut) {
        return em.createQuery("select count(r) from Remontee r where r.statut = :s", Long.class).setParameter("s", statut)
                .getSingleResult();
    }

    /**
     * The pending rows held back by a failed row of the same candidate (they go once it is replayed and sent), and
     * the ids of those failed rows, the first 20.
     */
    public Retenues retenues() {
        long nombre = em.createQuery("""
                select count(r) from Remontee r where r.statut = :attente
                  and exists (select p.id from Remontee p
                              where p.individuId = r.individuId and p.id < r.id and p.statut = :echec)""", Long.class)
                .setParameter("attente", Remontee.EN_ATTENTE).setParameter("echec", Remontee.ECHEC).getSingleResult();
        List<Long> echecs = nombre == 0 ? List.of() : em.createQuery("""
                select p.id from Remontee p where p.statut = :echec
                  and exists (select r.id from Remontee r
                              where r.individuId = p.individuId and r.id > p.id and r.statut = :attente)
                order by p.id""", Long.class)
                .setParameter("attente", Remontee.EN_ATTENTE).setParameter("echec", Remontee.ECHEC)
                .setMaxResults(20).getResultList();
        return new Retenues(nombre, echecs);
    }

    /** Pending rows held behind failed ones: how many, and the failed rows to replay (the first 20 ids). */
    public record Retenues(long nombre, List<Long> echecsARejouer) {
    }

    public Optional<Instant> plusAncienne(String statut) {
        return em.createQuery("select min(r.creeLe) from Remontee r where r.statut = :s", Instant.class)
                .setParameter("s", statut).getResultList().stream().filter(java.util.Objects::nonNull).findFirst();
    }

    public Optional<Remontee> trouver(long id) {
        return Optional.ofNullable(em.find(Remontee.class, id));
    }

    /** When the remontées sent since then were sent, for the campaign's days. */
    public List<Instant> envoisDepuis(Instant depuis) {
        return em.createQuery("select r.envoyeLe from Remontee r where r.envoyeLe >= :depuis", Instant.class)
                .setParameter("depuis", depuis).getResultList();
    }

    /** When the remontées now failed were written, for the campaign's days. */
    public List<Instant> echecsDepuis(Instant depuis) {
        return em.createQuery("select r.creeLe from Remontee r where r.statut = :echec and r.creeLe >= :depuis",
                Instant.class).setParameter("echec", Remontee.ECHEC).setParameter("depuis", depuis).getResultList();
    }

    /** The remontées of that state and OPI code (either may be absent), newest first, from the given position. */
    public List<Remontee> filtrer(Optional<String> statut, Optional<String> code, int debut, int nombre) {
        jakarta.persistence.TypedQuery<Remontee> requete = em.createQuery("select r from Remontee r"
                + conditions(statut, code) + " order by r.id desc", Remontee.class);
        statut.ifPresent(s -> requete.setParameter("statut", s));
        code.ifPresent(c -> requete.setParameter("code", c));
        return requete.setFirstResult(debut).setMaxResults(nombre).getResultList();
    }

    public long compter(Optional<String> statut, Optional<String> code) {
        jakarta.persistence.TypedQuery<Long> requete = em.createQuery("select count(r) from Remontee r"
                + conditions(statut, code), Long.class);
        statut.ifPresent(s -> requete.setParameter("statut", s));
        code.ifPresent(c -> requete.setParameter("code", c));
        return requete.getSingleResult();
    }

    private static String conditions(Optional<String> statut, Optional<String> code) {
        List<String> conditions = new java.util.ArrayList<>();
        statut.ifPresent(s -> conditions.add("r.statut = :statut"));
        code.ifPresent(c -> conditions.add("r.codOpiIntEpo = :code"));
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
