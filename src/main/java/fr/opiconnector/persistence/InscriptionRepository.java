package fr.opiconnector.persistence;

import fr.opiconnector.domain.Formation;
import fr.opiconnector.domain.Inscription;
import fr.opiconnector.domain.Individu;
import fr.opiconnector.domain.LaissezPasser;
import fr.opiconnector.domain.Remontee;
import jakarta.persistence.EntityManager;
import java.util.List;

/** IAs, laissez-passer, the remontées outbox and the formation mapping. */
public final class InscriptionRepository {

    private final EntityManager em;

    public InscriptionRepository(EntityManager em) {
        this.em = em;
    }

    public List<Inscription> inscriptions(Individu individu) {
        return em.createQuery("select i from Inscription i where i.individuId = :id order by i.id", Inscription.class)
                .setParameter("id", individu.id())
                .getResultList();
    }

    public List<LaissezPasser> laissezPasser(Individu individu) {
        return em.createQuery("select l from LaissezPasser l where l.voeu.individu = :individu order by l.id",
                LaissezPasser.class).setParameter("individu", individu).getResultList();
    }

    /** Valid IAs whose wish is now D or withdrawn and has no active laissez-passer. */
    public List<Inscription> aAnnuler() {
        return em.createQuery("""
                select i from Inscription i join fetch i.voeu v join fetch v.individu
                where i.etatInscription <> 3
                  and (v.codDecVeu = 'D' or v.etat = fr.opiconnector.domain.Voeu.Etat.RETIRE)
                  and not exists (select l from LaissezPasser l where l.voeu = v and l.retireLe is null)
                order by i.id""", Inscription.class).getResultList();
    }

    public void ajouter(Inscription inscription) {
        em.persist(inscription);
    }

    public void ajouter(LaissezPasser laissezPasser) {
        em.persist(laissezPasser);
    }

    public void ajouter(Remontee remontee) {
        em.persist(remontee);
    }

    public List<Remontee> remontees(Individu individu) {
        return em.createQuery("select r from Remontee r where r.individuId = :id order by r.id", Remontee.class)
                .setParameter("id", individu.id()).getResultList();
    }

    public List<Formation> formations() {
        return em.createQuery("select f from Formation f order by f.codeFormationPsup", Formation.class).getResultList();
    }

    /** Replaces the whole mapping. */
    public void remplacerFormations(List<Formation> formations) {
        em.createQuery("delete from Formation").executeUpdate();
        formations.forEach(em::persist);
    }
}
