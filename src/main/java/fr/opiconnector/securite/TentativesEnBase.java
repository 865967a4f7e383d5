package fr.opiconnector.securite;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;

/**
 * {@link AttemptsPerAddress}'s rule for the admin logins, counted in the database: every replica sees the same
 * attempts. An attempt is counted under the address's row lock, before its verdict, so that parallel attempts get no
 * more; the first attempt of two at once from a new address may lose the insert, and is then counted again on the row
 * the other wrote.
 */
final class TentativesEnBase {

    private final EntityManagerFactory emf;

    TentativesEnBase(EntityManagerFactory emf) {
        this.emf = emf;
    }

    Duration admettre(String adresse, Instant maintenant) {
        try {
            return compter(adresse, maintenant);
        } catch (PersistenceException e) {
            return compter(adresse, maintenant);
        }
    }

    private Duration compter(String adresse, Instant maintenant) {
        return emf.callInTransaction(em -> {
            CompteRepository comptes = new CompteRepository(em);
            comptes.oublierTentativesAvant(maintenant.minus(AttemptsPerAddress.OUBLI));
            TentativesAdresse tentatives = comptes.tentatives(adresse).orElse(null);
            if (tentatives != null) {
                return tentatives.admettre(maintenant);
            }
            TentativesAdresse premiere = new TentativesAdresse(adresse);
            Duration attente = premiere.admettre(maintenant);
            comptes.ajouter(premiere);
            return attente;
        });
    }

    void reussite(String adresse) {
        emf.runInTransaction(em -> new CompteRepository(em).oublierTentatives(adresse));
    }
}
