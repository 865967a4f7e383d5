package fr.opiconnector.service;

import fr.opiconnector.domain.Anomalies;
import fr.opiconnector.domain.Champs;
import fr.opiconnector.domain.CleVoeu;
import fr.opiconnector.domain.DonneesIndividu;
import fr.opiconnector.domain.Empreinte;
import fr.opiconnector.domain.Historique.Evenement;
import fr.opiconnector.domain.Individu;
import fr.opiconnector.domain.Journal;
import fr.opiconnector.domain.NumeroOpi;
import fr.opiconnector.domain.Opi;
import fr.opiconnector.domain.Resultat;
import fr.opiconnector.domain.Voeu;
import fr.opiconnector.domain.VoeuOpi;
import fr.opiconnector.persistence.IndividuRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receiving an OPI (mettreajourDonneesOpi): checks it, then in one transaction creates or updates the individual,
 * reconciles the wishes (added, changed, withdrawn, taken back), writes a history row per change and the journal
 * row. What the call's operation version does not carry keeps its stored value. All of it is stored, or nothing. Calls on the same OPI are serialised by a row lock; a call that loses a race
 * is replayed, so that callers never see a conflict.
 */
public final class ReceptionOpiService implements ReceptionOpi {

    private static final Logger LOG = LoggerFactory.getLogger(ReceptionOpiService.class);

    private final Transactions transactions;
    private final ValidationOpi validation;
    private final Clock horloge;

    public ReceptionOpiService(EntityManagerFactory emf, Clock horloge) {
        this.transactions = new Transactions(emf);
        this.validation = new ValidationOpi(horloge);
        this.horloge = horloge;
    }

    @Override
    public Resultat recevoir(Opi opi, Appel appel) throws OpiRefuseeException {
        validation.valider(opi, appel);
        String empreinte = Empreinte.de(opi);
        Resultat resultat = transactions.executer(appel, opi.codOpiIntEpo(), em -> enregistrer(em, opi, empreinte, appel));
        LOG.info("OPI {} {} ({} wish(es), {} ms)", NumeroOpi.masque(opi.codOpiIntEpo()), resultat.code(), opi.voeux().size(), appel.dureeMs());
        return resultat;
    }

    private Resultat enregistrer(EntityManager em, Opi opi, String empreinte, Appel appel) {
        Instant maintenant = horloge.instant();
        IndividuRepository individus = new IndividuRepository(em);
        Evenements historique = new Evenements();
        Individu individu = individus.trouverPourMiseAJour(opi.codOpiIntEpo()).orElse(null);
        boolean cree = individu == null;
        if (cree) {
            individu = new Individu(opi.individu(), Anomalies.individu(opi.individu()), maintenant);
            individus.ajouter(individu);
            historique.ajouter(null, Evenement.INDIVIDU_CREE);
        } else {
            DonneesIndividu donnees = opi.version().completer(opi.individu(), individu.donnees());
            for (Champs.Changement changement : individu.remplacer(donnees, Anomalies.individu(donnees), maintenant)) {
                historique.ajouter(null, Evenement.INDIVIDU_MODIFIE, changement);
            }
        }
        Set<CleVoeu> recues = new HashSet<>();
        for (VoeuOpi envoye : opi.voeux()) {
            recues.add(envoye.cle());
            Voeu voeu = individu.voeu(envoye.cle()).orElse(null);
            VoeuOpi recu = voeu == null ? envoye : opi.version().completer(envoye, voeu.donnees());
            if (voeu == null) {
                voeu = new Voeu(individu, recu, Anomalies.voeu(recu), maintenant);
                individus.ajouter(voeu);
                individu.ajouter(voeu);
                historique.ajouter(voeu, Evenement.VOEU_AJOUTE);
                continue;
            }
            if (!voeu.estActif()) {
                voeu.reprendre(maintenant);
                historique.ajouter(voeu, Evenement.VOEU_REPRIS);
            }
            for (Champs.Changement changement : voeu.remplacer(recu, Anomalies.voeu(recu), maintenant)) {
                historique.ajouter(voeu, Evenement.VOEU_MODIFIE, changement);
            }
        }
        for (Voeu voeu : individu.voeux()) {
            if (voeu.estActif() && !recues.contains(voeu.cle())) {
                voeu.retirer(maintenant);
                historique.ajouter(voeu, Evenement.VOEU_RETIRE);
            }
        }
        Resultat resultat = cree ? Resultat.CREATED : historique.vide() ? Resultat.UNCHANGED : Resultat.UPDATED;
        if (resultat == Resultat.UPDATED) {
            individu.toucher(maintenant);
        }
        Journal ligne = appel.consigner(em, opi.codOpiIntEpo(), empreinte, resultat);
        historique.ecrire(individus, individu, ligne, maintenant);
        return resultat;
    }
}
