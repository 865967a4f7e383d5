package fr.opiconnector.securite;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** The admin accounts and their audit. */
public final class CompteRepository {

    private final EntityManager em;

    public CompteRepository(EntityManager em) {
        this.em = em;
    }

    public void ajouter(Compte compte) {
        em.persist(compte);
    }

    public void ajouter(Audit audit) {
        em.persist(audit);
    }

    public boolean loginPris(String login) {
        return em.createQuery("select count(c) from Compte c where c.login = :v", Long.class).setParameter("v", login)
                .getSingleResult() > 0;
    }

    /** Whether that e-mail is already an account's (other than that login's, when given). */
    public boolean emailPris(String email, String saufLogin) {
        return em.createQuery("select count(c) from Compte c where c.email = :v and c.login <> :l", Long.class)
                .setParameter("v", email).setParameter("l", saufLogin == null ? "" : saufLogin).getSingleResult() > 0;
    }

    /** The account whose activation link has that hash. */
    public Optional<Compte> parJetonActivation(String hache) {
        return em.createQuery("select c from Compte c where c.jetonActivation = :j", Compte.class).setParameter("j", hache)
                .getResultList().stream().findFirst();
    }

    /** The same, locked until the transaction ends. */
    public Optional<Compte> parJetonActivationPourMiseAJour(String hache) {
        return em.createQuery("select c from Compte c where c.jetonActivation = :j", Compte.class).setParameter("j", hache)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream().findFirst();
    }

    /** The account whose unlock link has that hash, locked until the transaction ends. */
    public Optional<Compte> parJetonDeverrouillagePourMiseAJour(String hache) {
        return em.createQuery("select c from Compte c where c.jetonDeverrouillage = :j", Compte.class)
                .setParameter("j", hache).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream().findFirst();
    }

    public List<Compte> tous() {
        return em.createQuery("select c from Compte c order by c.login", Compte.class).getResultList();
    }

    /** The account of this login, active or not, locked until the transaction ends. */
    public Optional<Compte> pourMiseAJour(String login) {
        return em.createQuery("select c from Compte c where c.login = :l", Compte.class).setParameter("l", login)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream().findFirst();
    }

    public Optional<Compte> actif(String login) {
        return em.createQuery("select c from Compte c where c.login = :l and c.actif = true", Compte.class)
                .setParameter("l", login).getResultList().stream().findFirst();
    }

    /** The active accounts, locked: the checks on the number of administrators see them all. */
    public List<Compte> actifsPourMiseAJour() {
        return em.createQuery("select c from Compte c where c.actif = true", Compte.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** The audit rows of one account, newest first. */
    public List<Audit> audit(String login) {
        return em.createQuery("select a from Audit a where a.login = :l order by a.le desc, a.id desc", Audit.class)
                .setParameter("l", login).getResultList();
    }

    /** The audit rows of that account and event (each when null), newest first, from that row on. */
    public List<Audit> audit(String login, Audit.Evenement evenement, int debut, int nombre) {
        return em.createQuery("select a from Audit a where (:l is null or a.login = :l) and (:e is null or a.evenement = :e) "
                + "order by a.le desc, a.id desc", Audit.class).setParameter("l", login).setParameter("e", evenement)
                .setFirstResult(debut).setMaxResults(nombre).getResultList();
    }

    public long compterAudit(String login, Audit.Evenement evenement) {
        return em.createQuery("select count(a) from Audit a where (:l is null or a.login = :l) and (:e is null "
                + "or a.evenement = :e)", Long.class).setParameter("l", login).setParameter("e", evenement).getSingleResult();
    }

    /** The attempts of that address, locked until the transaction ends. */
    public java.util.Optional<TentativesAdresse> tentatives(String adresse) {
        return java.util.Optional.ofNullable(em.find(TentativesAdresse.class, adresse, LockModeType.PESSIMISTIC_WRITE));
    }

    public void ajouter(TentativesAdresse tentatives) {
        em.persist(tentatives);
    }

    public void oublierTentatives(String adresse) {
        em.createQuery("delete from TentativesAdresse t where t.adresse = :a").setParameter("a", adresse).executeUpdate();
    }

    /** Forgets the addresses quiet since then: their count would start again anyway. */
    public void oublierTentativesAvant(java.time.Instant limite) {
        em.createQuery("delete from TentativesAdresse t where t.derniere < :limite").setParameter("limite", limite)
                .executeUpdate();
    }
}
