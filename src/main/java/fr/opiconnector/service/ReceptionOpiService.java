package fr.opiconnector.service;

import fr.opiconnector.domain.Anomalies;
import fr.opiconnector.domain.Champs;
import fr.opiconnector.domain.CleVoeu;
import fr.opiconnector.domain.DonneeInvalideException;
import fr.opiconnector.domain.Empreinte;
import fr.opiconnector.domain.Historique;
import fr.opiconnector.domain.Historique.Evenement;
import fr.opiconnector.domain.Individu;
import fr.opiconnector.domain.Journal;
import fr.opiconnector.domain.Opi;
import fr.opiconnector.domain.OpiValidateur;
import fr.opiconnector.domain.Resultat;
import fr.opiconnector.domain.Voeu;
import fr.opiconnector.domain.VoeuOpi;
import fr.opiconnector.persistence.IndividuRepository;
import fr.opiconnector.persistence.JournalRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receiving an OPI (mettreajourDonneesOpi): checks it, then in one transaction creates or updates the individual,
 * reconciles the wishes (added, changed, withdrawn, taken back), writes a history row per change and the journal
 * row. All of it is stored, or nothing. Calls on the same OPI are serialised by a row lock; a call that loses a race
 * is replayed, so that callers never see a conflict.
 */
public final class ReceptionOpiService {

    private static final Logger LOG = LoggerFactory.getLogger(ReceptionOpiService.class);
    private static final int TENTATIVES = 8;

    private final EntityManagerFactory emf;
    private final Clock horloge;

    public ReceptionOpiService(EntityManagerFactory emf, Clock horloge) {
        this.emf = emf;
        this.horloge = horloge;
    }

    public Resultat recevoir(Opi opi, Appel appel) throws OpiRefuseeException {
        try {
            OpiValidateur.valider(opi, LocalDate.now(horloge));
        } catch (DonneeInvalideException e) {
            String cle = ClesFaute.DONNEE_INVALIDE + e.champ();
            refuser(appel, opi.codOpiIntEpo(), cle);
            throw new OpiRefuseeException(cle, e.getMessage());
        }
        String empreinte = Empreinte.de(opi);
        for (int tentative = 1; ; tentative++) {
            try {
                Resultat resultat = emf.callInTransaction(em -> enregistrer(em, opi, empreinte, appel));
                LOG.info("OPI {} {} ({} wish(es), {} ms)", opi.codOpiIntEpo(), resultat.code(), opi.voeux().size(),
                        appel.dureeMs());
                return resultat;
            } catch (RuntimeException e) {
                if (ErreursBase.injoignable(e)) {
                    LOG.warn("OPI {} not stored: database unreachable ({})", opi.codOpiIntEpo(), e.getClass().getSimpleName());
                    throw new OpiRefuseeException(ClesFaute.CONNEXION, "La base de données du connecteur est injoignable : "
                            + "l'OPI n'a pas été enregistrée. Renvoyez-la plus tard.", e);
                }
                if (ErreursBase.conflit(e) && tentative < TENTATIVES) {
                    LOG.info("OPI {}: a concurrent call on the same OPI got there first; replaying ({}, attempt {})",
                            opi.codOpiIntEpo(), e.getClass().getSimpleName(), tentative);
                    patienter(tentative);
                    continue;
                }
                LOG.error("OPI {} not stored after {} attempt(s)", opi.codOpiIntEpo(), tentative, e);
                refuser(appel, opi.codOpiIntEpo(), ClesFaute.ENREGISTREMENT);
                throw new OpiRefuseeException(ClesFaute.ENREGISTREMENT, "L'OPI n'a pas pu être enregistrée (erreur de la "
                        + "base de données) : rien n'a été enregistré. Renvoyez-la ; si l'erreur persiste, prévenez "
                        + "l'établissement.", e);
            }
        }
    }

    /** Journals a call that stored nothing, in a transaction of its own. */
    public void refuser(Appel appel, String codOpiIntEpo, String cleFaute) {
        try {
            emf.runInTransaction(em -> new JournalRepository(em).ajouter(new Journal(horloge.instant(), appel.operation(),
                    codOpiIntEpo, null, Resultat.REFUSED, cleFaute, appel.dureeMs(), appel.adresseAppelant())));
            LOG.info("OPI {} refused: {}", codOpiIntEpo == null ? "(no code)" : codOpiIntEpo, cleFaute);
        } catch (RuntimeException e) {
            LOG.warn("OPI {} refused ({}); the journal row could not be written: {}", codOpiIntEpo, cleFaute,
                    e.getClass().getSimpleName());
        }
    }

    private Resultat enregistrer(EntityManager em, Opi opi, String empreinte, Appel appel) {
        Instant maintenant = horloge.instant();
        IndividuRepository individus = new IndividuRepository(em);
        List<Changement> historique = new ArrayList<>();
        Individu individu = individus.trouverPourMiseAJour(opi.codOpiIntEpo()).orElse(null);
        boolean cree = individu == null;
        if (cree) {
            individu = new Individu(opi.individu(), Anomalies.individu(opi.individu()), maintenant);
            individus.ajouter(individu);
            historique.add(new Changement(null, Evenement.INDIVIDU_CREE, null));
        } else {
            for (Champs.Changement changement : individu.remplacer(opi.individu(), Anomalies.individu(opi.individu()),
                    maintenant)) {
                historique.add(new Changement(null, Evenement.INDIVIDU_MODIFIE, changement));
            }
        }
        Set<CleVoeu> recues = new HashSet<>();
        for (VoeuOpi recu : opi.voeux()) {
            recues.add(recu.cle());
            Voeu voeu = individu.voeu(recu.cle()).orElse(null);
            if (voeu == null) {
                voeu = new Voeu(individu, recu, Anomalies.voeu(recu), maintenant);
                individus.ajouter(voeu);
                individu.ajouter(voeu);
                historique.add(new Changement(voeu, Evenement.VOEU_AJOUTE, null));
                continue;
            }
            if (!voeu.estActif()) {
                voeu.reprendre(maintenant);
                historique.add(new Changement(voeu, Evenement.VOEU_REPRIS, null));
            }
            for (Champs.Changement changement : voeu.remplacer(recu, Anomalies.voeu(recu), maintenant)) {
                historique.add(new Changement(voeu, Evenement.VOEU_MODIFIE, changement));
            }
        }
        for (Voeu voeu : individu.voeux()) {
            if (voeu.estActif() && !recues.contains(voeu.cle())) {
                voeu.retirer(maintenant);
                historique.add(new Changement(voeu, Evenement.VOEU_RETIRE, null));
            }
        }
        Resultat resultat = cree ? Resultat.CREATED : historique.isEmpty() ? Resultat.UNCHANGED : Resultat.UPDATED;
        if (resultat == Resultat.UPDATED) {
            individu.toucher(maintenant);
        }
        Journal journal = new Journal(maintenant, appel.operation(), opi.codOpiIntEpo(), empreinte, resultat, null,
                appel.dureeMs(), appel.adresseAppelant());
        new JournalRepository(em).ajouter(journal);
        for (Changement changement : historique) {
            Champs.Changement champ = changement.champ();
            individus.ajouter(new Historique(individu.id(), changement.voeu() == null ? null : changement.voeu().id(),
                    journal.id(), maintenant, changement.evenement(), champ == null ? null : champ.champ(),
                    champ == null ? null : champ.avant(), champ == null ? null : champ.apres()));
        }
        return resultat;
    }

    /** A change waiting for the journal row it belongs to. */
    private record Changement(Voeu voeu, Evenement evenement, Champs.Changement champ) {
    }

    private static void patienter(int tentative) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * tentative));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying a concurrent call", e);
        }
    }
}
