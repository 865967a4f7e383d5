package fr.opiconnector.securite;

import fr.opiconnector.common.Periods;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed logins, counted in memory and audited as one row per source address, account and {@link #PERIODE} with the
 * count, once the period is over: a flood of attempts costs a bounded number of rows. Past {@link #CLES_MAX} distinct
 * addresses and accounts in a period, the others are counted together under "(autres adresses)".
 */
final class EchecsConnexion {

    static final Duration PERIODE = Duration.ofMinutes(5);
    static final int CLES_MAX = 10_000;
    static final String AUTRES_ADRESSES = "(autres adresses)";
    /** The login of the rows of attempts on logins that are no account (what was typed is not kept). */
    static final String INCONNU = "(inconnu)";
    /** The login of the rows of attempts refused before any check: their address tries too often. */
    static final String TROP_DE_TENTATIVES = "(trop de tentatives)";
    private static final Logger LOG = LoggerFactory.getLogger(EchecsConnexion.class);

    private record Cle(Instant debut, String adresse, String login) {
    }

    private final EntityManagerFactory emf;
    private final Map<Cle, Integer> compteurs = new ConcurrentHashMap<>();
    private final Periods periodes = new Periods(PERIODE);

    EchecsConnexion(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /** One refused attempt; the login is an existing account's, {@link #INCONNU} or {@link #TROP_DE_TENTATIVES}. */
    void compter(String adresse, String login, Instant maintenant) {
        Instant debut = periodes.debut(maintenant);
        Cle cle = new Cle(debut, adresse == null ? "" : adresse, login);
        if (compteurs.size() >= CLES_MAX && !compteurs.containsKey(cle)) {
            cle = new Cle(debut, AUTRES_ADRESSES, login);
        }
        compteurs.merge(cle, 1, Integer::sum);
        // After the count, so that a writing that missed the key still sees its end (see ecrire).
        periodes.noter(debut);
    }

    /** Writes the rows of the periods over at that time (all of them when {@code tout}, at a stop). */
    void ecrire(Instant maintenant, boolean tout) {
        List<Audit> lignes = new ArrayList<>();
        periodes.terminees(compteurs, Cle::debut, maintenant, tout).forEach((cle, nombre) -> lignes.add(new Audit(
                cle.debut(), cle.login(), Audit.Evenement.ECHEC_CONNEXION, detail(cle, nombre, periodes.fin(cle.debut())),
                cle.login(), cle.adresse(), nombre)));
        if (lignes.isEmpty()) {
            return;
        }
        try {
            emf.runInTransaction(em -> lignes.forEach(new CompteRepository(em)::ajouter));
        } catch (RuntimeException e) {
            LOG.warn("{} audit row(s) of failed logins could not be written ({} attempts; the metrics counted them)",
                    lignes.size(), lignes.stream().mapToInt(Audit::nombre).sum(), e);
        }
    }

    private static String detail(Cle cle, int nombre, Instant fin) {
        return (!cle.login().equals(TROP_DE_TENTATIVES) ? nombre + " échec(s) de connexion"
                : nombre + " tentative(s) refusée(s) sans vérification, trop rapprochées depuis cette adresse")
                + " entre " + cle.debut() + " et " + fin;
    }
}
