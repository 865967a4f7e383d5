package fr.opiconnector.service;

import fr.opiconnector.domain.Journal;
import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the admin dashboard shows beside the remontées: OPIs and wishes by decision, and the recent journal. */
public final class TableauDeBordService {

    private final EntityManagerFactory emf;

    public TableauDeBordService(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /** Counts and journal rows: OPI codes, operations, outcomes and times only, no personal data. */
    public record Etat(long individus, Map<String, Long> voeuxParDecision, List<Journal> journal) {
    }

    public Etat etat(int lignesDeJournal) {
        return emf.callInTransaction(em -> {
            long individus = em.createQuery("select count(i) from Individu i", Long.class).getSingleResult();
            Map<String, Long> parDecision = new LinkedHashMap<>();
            for (String decision : List.of("F", "S", "D")) {
                parDecision.put(decision, 0L);
            }
            List<Object[]> lignes = em.createNativeQuery("SELECT cod_dec_veu, COUNT(*) FROM voeu WHERE etat = 'ACTIF' "
                    + "GROUP BY cod_dec_veu", Object[].class).getResultList();
            for (Object[] ligne : lignes) {
                parDecision.put(String.valueOf(ligne[0]), ((Number) ligne[1]).longValue());
            }
            List<Journal> journal = em.createQuery("select j from Journal j order by j.id desc", Journal.class)
                    .setMaxResults(lignesDeJournal).getResultList();
            return new Etat(individus, parDecision, journal);
        });
    }
}
