package fr.opiconnector.reception;

import fr.opiconnector.common.NumeroOpi;

import fr.opiconnector.journal.Appel;
import fr.opiconnector.journal.OpiRefuseeException;
import fr.opiconnector.journal.Transactions;

import fr.opiconnector.journal.Journal;

import fr.opiconnector.journal.Resultat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receiving an OPI (mettreajourDonneesOpi): checks it, then in one transaction creates the individual or reconciles
 * it with the OPI ({@link Individu#reconcilier}), writes a history row per change and the journal row. A re-send of
 * the OPI last applied (same fingerprint, {@link Empreinte#recue}, read under the row lock) is unchanged by
 * definition: only its journal row is written, the individual is not read. What the call's operation version does not carry keeps its stored value. All of it is stored, or nothing. Calls on the same OPI are serialised by a row lock; a call that loses a race
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
        String recue = Empreinte.recue(opi, empreinte);
        java.util.Optional<IndividuRepository.Verrou> verrou = individus.verrouiller(opi.codOpiIntEpo());
        if (verrou.isPresent() && recue.equals(verrou.get().empreinteRecue())) {
            appel.consigner(em, opi.codOpiIntEpo(), empreinte, Resultat.UNCHANGED);
            return Resultat.UNCHANGED;
        }
        Evenements evenements = new Evenements();
        Individu individu = verrou.map(individus::verrouille).orElse(null);
        boolean cree = individu == null;
        if (cree) {
            individu = Individu.creer(opi, maintenant, evenements);
            // Before the INSERT (run at once: IDENTITY keys), so that it is not followed by an UPDATE.
            individu.retenirEmpreinte(recue);
            individus.ajouter(individu);
        } else {
            individu.reconcilier(opi, maintenant, evenements);
            individu.retenirEmpreinte(recue);
        }
        evenements.voeuxAjoutes().forEach(individus::ajouter);
        Resultat resultat = cree ? Resultat.CREATED : evenements.vide() ? Resultat.UNCHANGED : Resultat.UPDATED;
        Journal ligne = appel.consigner(em, opi.codOpiIntEpo(), empreinte, resultat);
        individus.ecrire(evenements, individu, ligne, maintenant);
        return resultat;
    }
}
