package fr.opiconnector.securite;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;

/** The admin sessions. */
public final class SessionRepository {

    private final EntityManager em;

    public SessionRepository(EntityManager em) {
        this.em = em;
    }

    public void ajouter(SessionOuverte session) {
        em.persist(session);
    }

    public Optional<SessionOuverte> trouver(String cle) {
        return Optional.ofNullable(em.find(SessionOuverte.class, cle));
    }

    public void supprimer(String cle) {
        em.createQuery("delete from SessionOuverte s where s.cle = :cle").setParameter("cle", cle).executeUpdate();
    }

    /** Forgets the sessions over at that time. */
    public int purgerExpirees(Instant maintenant) {
        return em.createQuery("delete from SessionOuverte s where s.finLe < :maintenant").setParameter("maintenant", maintenant)
                .executeUpdate();
    }
}
