package fr.opiconnector.journal;

import jakarta.persistence.EntityManager;
import java.util.List;

/** The call journal. */
public final class JournalRepository {

    private final EntityManager em;

    public JournalRepository(EntityManager em) {
        this.em = em;
    }

    public void ajouter(Journal journal) {
        em.persist(journal);
    }

    public List<Journal> parCode(String codOpiIntEpo) {
        return em.createQuery("select j from Journal j where j.codOpiIntEpo = :code order by j.id", Journal.class)
                .setParameter("code", codOpiIntEpo)
                .getResultList();
    }
}
