package fr.opiconnector.retention;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The purge's reads and deletes, by individual ids taken 500 at a time (an IN list of bounded length), all in the
 * caller's transaction: a purge deletes everything it selected, or nothing.
 */
public final class PurgeRepository {

    private static final int LOT = 500;

    private final EntityManager em;

    public PurgeRepository(EntityManager em) {
        this.em = em;
    }

    /** A stored individual as the purge selects it: its code, first reception and last change (its IAs included). */
    public record Dossier(long id, String codOpiIntEpo, Instant recuLe, Instant dernierChangement) {
    }

    /** What a purge of these individuals deletes, or deleted. */
    public record Comptes(long individus, long voeux, Map<String, Long> voeuxParDecision, long inscriptions,
            long laissezPasser, long remontees, long historique, long journal) {
    }

    public void ajouter(Purge purge) {
        em.persist(purge);
    }

    public List<Dossier> dossiers() {
        Map<Long, Instant> derniereInscription = new HashMap<>();
        for (Object[] ligne : em.createQuery("select s.individuId, max(s.modifieLe) from Inscription s group by s.individuId",
                Object[].class).getResultList()) {
            derniereInscription.put((Long) ligne[0], (Instant) ligne[1]);
        }
        List<Dossier> dossiers = new ArrayList<>();
        for (Object[] ligne : em.createQuery("select i.id, i.codOpiIntEpo, i.creeLe, i.modifieLe from Individu i order by i.id",
                Object[].class).getResultList()) {
            Instant modifie = (Instant) ligne[3];
            Instant inscription = derniereInscription.get((Long) ligne[0]);
            dossiers.add(new Dossier((Long) ligne[0], (String) ligne[1], (Instant) ligne[2],
                    inscription != null && inscription.isAfter(modifie) ? inscription : modifie));
        }
        return dossiers;
    }

    /** The remontées of these individuals in this state. */
    public long remontees(List<Long> individus, String statut) {
        return somme(individus, lot -> nombre("SELECT COUNT(*) FROM remontee WHERE statut = ?1 AND individu_id IN (?2)",
                statut, lot));
    }

    public Comptes compter(List<Long> individus, List<String> codes) {
        Map<String, Long> parDecision = new TreeMap<>();
        for (List<Long> lot : lots(individus)) {
            for (Object ligne : em.createNativeQuery("SELECT COALESCE(cod_dec_veu, '?'), COUNT(*) FROM voeu "
                    + "WHERE individu_id IN (?1) GROUP BY COALESCE(cod_dec_veu, '?')").setParameter(1, lot).getResultList()) {
                Object[] colonnes = (Object[]) ligne;
                parDecision.merge((String) colonnes[0], ((Number) colonnes[1]).longValue(), Long::sum);
            }
        }
        return new Comptes(individus.size(),
                parDecision.values().stream().mapToLong(Long::longValue).sum(), parDecision,
                somme(individus, lot -> nombre("SELECT COUNT(*) FROM inscription WHERE individu_id IN (?1)", lot)),
                somme(individus, lot -> nombre("SELECT COUNT(*) FROM laissez_passer WHERE voeu_id IN "
                        + "(SELECT id FROM voeu WHERE individu_id IN (?1))", lot)
                        + nombre("SELECT COUNT(*) FROM laissez_passer_hors_voeu WHERE individu_id IN (?1)", lot)),
                somme(individus, lot -> nombre("SELECT COUNT(*) FROM remontee WHERE individu_id IN (?1)", lot)),
                somme(individus, lot -> nombre("SELECT COUNT(*) FROM historique WHERE individu_id IN (?1)", lot)),
                sommeCodes(codes, lot -> nombre("SELECT COUNT(*) FROM journal WHERE cod_opi_int_epo IN (?1)", lot)));
    }

    /**
     * Deletes these individuals and everything hanging from them, children first; their journal rows lose the OPI
     * code and the payload hash and keep the rest (time, operation, outcome, fault key, duration, caller).
     */
    public void supprimer(List<Long> individus, List<String> codes) {
        for (List<Long> lot : lots(individus)) {
            executer("DELETE FROM historique WHERE individu_id IN (?1)", lot);
            executer("DELETE FROM remontee WHERE individu_id IN (?1)", lot);
            executer("DELETE FROM laissez_passer WHERE voeu_id IN (SELECT id FROM voeu WHERE individu_id IN (?1))", lot);
            executer("DELETE FROM laissez_passer_hors_voeu WHERE individu_id IN (?1)", lot);
            executer("DELETE FROM inscription WHERE individu_id IN (?1)", lot);
            executer("DELETE FROM voeu WHERE individu_id IN (?1)", lot);
            executer("DELETE FROM individu WHERE id IN (?1)", lot);
        }
        for (List<String> lot : lots(codes)) {
            em.createNativeQuery("UPDATE journal SET cod_opi_int_epo = NULL, empreinte = NULL WHERE cod_opi_int_epo IN (?1)")
                    .setParameter(1, lot).executeUpdate();
        }
        em.clear();
    }

    private void executer(String sql, List<Long> lot) {
        em.createNativeQuery(sql).setParameter(1, lot).executeUpdate();
    }

    private long nombre(String sql, List<?> lot) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, lot).getSingleResult()).longValue();
    }

    private long nombre(String sql, String statut, List<?> lot) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, statut).setParameter(2, lot).getSingleResult())
                .longValue();
    }

    private static long somme(List<Long> ids, Function<List<Long>, Long> requete) {
        return lots(ids).stream().mapToLong(requete::apply).sum();
    }

    private static long sommeCodes(List<String> codes, Function<List<String>, Long> requete) {
        return lots(codes).stream().mapToLong(requete::apply).sum();
    }

    private static <T> List<List<T>> lots(List<T> elements) {
        List<List<T>> lots = new ArrayList<>();
        for (int debut = 0; debut < elements.size(); debut += LOT) {
            lots.add(elements.subList(debut, Math.min(elements.size(), debut + LOT)));
        }
        return lots;
    }
}
