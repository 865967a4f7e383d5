package fr.opiconnector.securite;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** The admin login attempts of one source address: how many in a row, the last, and when the next may come. */
@Entity
@Table(name = "tentatives_connexion")
public class TentativesAdresse {

    @Id
    @Column(length = 64)
    private String adresse;

    @Column(nullable = false)
    private int tentatives;

    @Column(nullable = false)
    private Instant derniere;

    @Column(nullable = false)
    private Instant prochaine;

    protected TentativesAdresse() {
    }

    TentativesAdresse(String adresse) {
        this.adresse = adresse;
    }

    /** {@link Duration#ZERO} and the attempt counted, or the wait before the next may come (this one not counted). */
    Duration admettre(Instant maintenant) {
        if (prochaine != null && maintenant.isBefore(prochaine)) {
            return Duration.between(maintenant, prochaine);
        }
        tentatives = AttemptsPerAddress.enSuite(tentatives, derniere, maintenant);
        derniere = maintenant;
        prochaine = maintenant.plus(AttemptsPerAddress.attenteApres(tentatives));
        return Duration.ZERO;
    }
}
