package fr.opiconnector.web.admin;

import fr.opiconnector.reception.Decision;
import fr.opiconnector.journal.Journal;
import fr.opiconnector.inscription.Remontee;
import java.time.Instant;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the admin dashboard shows beside the remontées: OPIs and wishes by decision, and the recent journal. */
public final class TableauDeBordService {

    private final EntityManagerFactory emf;

    public TableauDeBordService(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /**
     * Counts, the remontées' last sending and failed rows, and journal rows: OPI codes, operations, outcomes and times
     * only, no personal data.
     */
    public record Etat(long individus, Map<Decision, Long> voeuxParDecision, Optional<Instant> dernierEnvoi,
            List<Remontee> echecs, List<Journal> journal) {
    }

    public Etat etat(int lignesDeJournal) {
        return emf.callInTransaction(em -> {
            long individus = em.createQuery("select count(i) from Individu i", Long.class).getSingleResult();
            Map<Decision, Long> parDecision = new java.util.EnumMap<>(Decision.class);
            for (Decision decision : Decision.values()) {
                parDecision.put(decision, 0L);
            }
            List<Object[]> lignes = em.createNativeQuery("SELECT cod_dec_veu, COUNT(*) FROM voeu WHERE etat = 'ACTIF' "
                    + "GROUP BY cod_dec_veu", Object[].class).getResultList();
            for (Object[] ligne : lignes) {
                Decision.depuisCode(String.valueOf(ligne[0]))
                        .ifPresent(d -> parDecision.put(d, ((Number) ligne[1]).longValue()));
            }
            List<Journal> journal = em.createQuery("select j from Journal j order by j.id desc", Journal.class)
                    .setMaxResults(lignesDeJournal).getResultList();
            Optional<Instant> dernierEnvoi = Optional.ofNullable(em.createQuery(
                    "select max(r.envoyeLe) from Remontee r", Instant.class).getSingleResult());
            List<Remontee> echecs = em.createQuery("select r from Remontee r where r.statut = :echec order by r.id",
                    Remontee.class).setParameter("echec", Remontee.ECHEC).setMaxResults(lignesDeJournal).getResultList();
            return new Etat(individus, parDecision, dernierEnvoi, echecs, journal);
        });
    }
}
