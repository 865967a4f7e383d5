package fr.opiconnector.inscription;

import fr.opiconnector.reception.Individu;

import fr.opiconnector.reception.Voeu;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * Valid IAs whose wish is now closed ({@link Voeu#ferme}, the same statement in JPQL: withdrawn, or a decision
     * that does not open registration), with or without a laissez-passer.
     */
    public List<Inscription> valideesSurVoeuFerme() {
        return em.createQuery("""
                select i from Inscription i join fetch i.voeu v join fetch v.individu
                where i.etatInscription <> :annulee
                  and (v.etat = fr.opiconnector.reception.Voeu.Etat.RETIRE
                       or v.codDecVeu is null or v.codDecVeu not in :ouvrantes)
                order by i.id""", Inscription.class)
                .setParameter("annulee", fr.opiconnector.inscription.EtatInscription.ANNULEE.code())
                .setParameter("ouvrantes", fr.opiconnector.reception.Decision.codesOuvrants()).getResultList();
    }

    /** The active laissez-passer of a wish, if any. */
    public Optional<LaissezPasser> laissezPasserActif(Voeu voeu) {
        return em.createQuery("select l from LaissezPasser l where l.voeu = :voeu and l.retireLe is null order by l.id desc",
                LaissezPasser.class).setParameter("voeu", voeu).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * When the wish last closed: its last withdrawal or its last change of decision to D, from its history; its
     * creation when it arrived closed.
     */
    public Instant fermeLe(Voeu voeu) {
        return em.createQuery("""
                select max(h.horodatage) from Historique h
                where h.voeuId = :voeu
                  and (h.evenement = fr.opiconnector.reception.Historique.Evenement.VOEU_RETIRE
                       or (h.evenement = fr.opiconnector.reception.Historique.Evenement.VOEU_MODIFIE
                           and h.champ like '%codDecVeu' and h.nouvelleValeur = 'D'))""", Instant.class)
                .setParameter("voeu", voeu.id()).getResultStream().filter(Objects::nonNull).findFirst()
                .orElse(voeu.creeLe());
    }

    public void ajouter(Inscription inscription) {
        em.persist(inscription);
    }

    /** The VETs of the active laissez-passer of these individuals (a wish's, or any other VET), by individual id. */
    public Map<Long, List<Vet>> vetsDesLaissezPasserActifs(List<Long> individus) {
        Map<Long, List<Vet>> vets = new HashMap<>();
        em.createQuery("select l from LaissezPasser l join fetch l.voeu v where v.individu.id in :ids "
                + "and l.retireLe is null order by l.id", LaissezPasser.class).setParameter("ids", individus)
                .getResultList().forEach(l -> vets.computeIfAbsent(l.voeu().individu().id(), k -> new ArrayList<>())
                        .add(Vet.de(l.voeu())));
        em.createQuery("select l from LaissezPasserHorsVoeu l where l.individuId in :ids and l.retireLe is null "
                + "order by l.id", LaissezPasserHorsVoeu.class).setParameter("ids", individus).getResultList()
                .forEach(l -> vets.computeIfAbsent(l.individuId(), k -> new ArrayList<>()).add(l.vet()));
        return vets;
    }

    public List<LaissezPasserHorsVoeu> laissezPasserHorsVoeux(Individu individu) {
        return em.createQuery("select l from LaissezPasserHorsVoeu l where l.individuId = :id order by l.id",
                LaissezPasserHorsVoeu.class).setParameter("id", individu.id()).getResultList();
    }

    public void ajouter(LaissezPasserHorsVoeu laissezPasser) {
        em.persist(laissezPasser);
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

    /** The payment dates of the valid IAs paid since then, for the campaign's days. */
    public List<java.time.LocalDate> paiementsDepuis(java.time.LocalDate depuis) {
        return em.createQuery("select i.datePaiement from Inscription i where i.datePaiement >= :depuis "
                + "and i.etatInscription <> :annulee", java.time.LocalDate.class).setParameter("depuis", depuis)
                .setParameter("annulee", EtatInscription.ANNULEE.code()).getResultList();
    }
}
