package fr.opiconnector.remontee;

import jakarta.persistence.EntityManager;
import java.util.Optional;

/** The "Tester connecteur" results, every one kept. */
public final class HandshakeRepository {

    private final EntityManager em;

    public HandshakeRepository(EntityManager em) {
        this.em = em;
    }

    public void ajouter(Handshake handshake) {
        em.persist(handshake);
    }

    /** The last test Parcoursup took part in (or the mark that a new one is needed). */
    public Optional<Handshake> dernierReel() {
        return em.createQuery("select h from Handshake h where h.resultat <> :local order by h.id desc", Handshake.class)
                .setParameter("local", Handshake.Resultat.NON_PARVENU).setMaxResults(1).getResultList().stream().findFirst();
    }

    public Optional<Handshake> dernier() {
        return em.createQuery("select h from Handshake h order by h.id desc", Handshake.class).setMaxResults(1)
                .getResultList().stream().findFirst();
    }
}
