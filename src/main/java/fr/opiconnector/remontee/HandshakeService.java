package fr.opiconnector.remontee;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Tester connecteur": Parcoursup's fixed test request, whose success Parcoursup requires before it sends any OPI,
 * and which the connector requires before it sends any remontée. Every result is stored; a test that never reached
 * Parcoursup (NON_PARVENU) is shown beside the last real outcome and does not replace it.
 */
public final class HandshakeService {

    private static final Logger LOG = LoggerFactory.getLogger(HandshakeService.class);

    private final EntityManagerFactory emf;
    private final Parcoursup parcoursup;
    private final String uai;
    private final boolean identifiants;
    private final Clock horloge;

    public HandshakeService(EntityManagerFactory emf, Parcoursup parcoursup, String uai, boolean identifiants, Clock horloge) {
        this.emf = emf;
        this.parcoursup = parcoursup;
        this.uai = uai;
        this.identifiants = identifiants;
        this.horloge = horloge;
    }

    /** Sends the test request and stores the outcome. */
    public Handshake tester(String origine) {
        Handshake resultat;
        if (!identifiants) {
            resultat = new Handshake(horloge.instant(), Handshake.Resultat.NON_PARVENU, "Identifiants Parcoursup absents : "
                    + "renseignez OPI_PARCOURSUP_LOGIN et OPI_PARCOURSUP_PASSWORD (ou _PASSWORD_FILE).", null, origine);
        } else if (uai.isEmpty()) {
            resultat = new Handshake(horloge.instant(), Handshake.Resultat.NON_PARVENU, "UAI de l'établissement absent : "
                    + "renseignez OPI_PARCOURSUP_UAI.", null, origine);
        } else {
            resultat = envoyer(origine);
        }
        emf.runInTransaction(em -> new HandshakeRepository(em).ajouter(resultat));
        LOG.info("Tester connecteur ({}): {}{}", origine, resultat.resultat(),
                resultat.httpStatus() == null ? "" : " (HTTP " + resultat.httpStatus() + ")");
        return resultat;
    }

    private Handshake envoyer(String origine) {
        try {
            Parcoursup.Reponse reponse = parcoursup.majInscriptionAdministrative(MajInscription.test(uai));
            return new Handshake(horloge.instant(), reponse.ok() ? Handshake.Resultat.OK : Handshake.Resultat.NOK,
                    reponse.message(), reponse.httpStatus(), origine);
        } catch (Parcoursup.IndisponibleException e) {
            return new Handshake(horloge.instant(), e.nonParvenu() ? Handshake.Resultat.NON_PARVENU
                    : Handshake.Resultat.ERREUR, e.getMessage(), e.httpStatus(), origine);
        } catch (Parcoursup.AuthentificationException e) {
            return new Handshake(horloge.instant(), Handshake.Resultat.NOK, e.getMessage(), e.httpStatus(), origine);
        }
    }

    /** Parcoursup refused the credentials during the remontées: nothing more is sent until a new test passes. */
    void aRefaire(Parcoursup.AuthentificationException e, String origine) {
        Handshake marque = new Handshake(horloge.instant(), Handshake.Resultat.A_REFAIRE, e.getMessage()
                + " pendant les remontées : refaites « Tester connecteur ».", e.httpStatus(), origine);
        emf.runInTransaction(em -> new HandshakeRepository(em).ajouter(marque));
        LOG.warn("Remontées stopped: Parcoursup answered HTTP {}; a new 'tester-connecteur' is needed", e.httpStatus());
    }

    /** The last real outcome: the last test Parcoursup took part in (or the mark that a new one is needed). */
    public Optional<Handshake> dernier() {
        return emf.callInTransaction(em -> new HandshakeRepository(em).dernierReel());
    }

    /** The last test when it never reached Parcoursup and came after the last real outcome. */
    public Optional<Handshake> nonParvenuDepuis() {
        return emf.callInTransaction(em -> new HandshakeRepository(em).dernier().filter(h -> !h.resultat().reel()));
    }

    /** Whether the last real outcome is a success. */
    public boolean valide() {
        return dernier().map(h -> h.resultat() == Handshake.Resultat.OK).orElse(false);
    }
}
