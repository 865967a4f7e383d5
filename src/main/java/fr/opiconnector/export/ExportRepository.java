package fr.opiconnector.export;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;

/** When each incremental export last started. */
public final class ExportRepository {

    private final EntityManager em;

    public ExportRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Instant> dernierDebut(String nom) {
        return em.createNativeQuery("SELECT dernier_debut FROM export_incremental WHERE nom = ?1", Instant.class)
                .setParameter(1, nom).getResultList().stream().map(Instant.class::cast).findFirst();
    }

    public void noterDebut(String nom, Instant debut) {
        int modifiees = em.createNativeQuery("UPDATE export_incremental SET dernier_debut = ?1 WHERE nom = ?2")
                .setParameter(1, debut).setParameter(2, nom).executeUpdate();
        if (modifiees == 0) {
            em.createNativeQuery("INSERT INTO export_incremental (nom, dernier_debut) VALUES (?1, ?2)")
                    .setParameter(1, nom).setParameter(2, debut).executeUpdate();
        }
    }
}
