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

    /** The count of calls a row of refusals before authentication stands for, once its period is over. */
    public void fixerNombre(long id, int nombre) {
        em.createQuery("update Journal j set j.nombre = :n where j.id = :id").setParameter("n", nombre)
                .setParameter("id", id).executeUpdate();
    }

    /** The last rows, newest first. */
    public List<Journal> derniers(int nombre) {
        return em.createQuery("select j from Journal j order by j.id desc", Journal.class).setMaxResults(nombre)
                .getResultList();
    }

    public List<Journal> parCode(String codOpiIntEpo) {
        return em.createQuery("select j from Journal j where j.codOpiIntEpo = :code order by j.id", Journal.class)
                .setParameter("code", codOpiIntEpo)
                .getResultList();
    }
}
