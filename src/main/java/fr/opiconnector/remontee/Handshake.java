package fr.opiconnector.remontee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One "Tester connecteur" result (or the mark that a new test is needed). Parcoursup sends no OPI before a test has
 * passed, and the connector sends no remontée while the last row is not OK.
 */
@Entity
@Table(name = "handshake")
public class Handshake {

    /**
     * OK and NOK are Parcoursup's answers; ERREUR: no usable answer (HTTP error, no answer in time); A_REFAIRE: refused
     * credentials; NON_PARVENU: the request never reached Parcoursup (no credentials or UAI configured, unknown host,
     * connection refused), a local error that says nothing of Parcoursup's side.
     */
    public enum Resultat {
        OK,
        NOK,
        ERREUR,
        A_REFAIRE,
        NON_PARVENU;

        /** Whether Parcoursup took part in this outcome: only those decide whether remontées may go. */
        public boolean reel() {
            return this != NON_PARVENU;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant effectueLe;

    @Enumerated(EnumType.STRING)
    @Column(length = 16, nullable = false, updatable = false)
    private Resultat resultat;

    @Column(length = 1000, updatable = false)
    private String message;

    @Column(updatable = false)
    private Integer httpStatus;

    @Column(length = 64, nullable = false, updatable = false)
    private String origine;

    protected Handshake() {
    }

    public Handshake(Instant effectueLe, Resultat resultat, String message, Integer httpStatus, String origine) {
        this.effectueLe = effectueLe;
        this.resultat = resultat;
        this.message = message == null || message.length() <= 1000 ? message : message.substring(0, 1000);
        this.httpStatus = httpStatus;
        this.origine = origine;
    }

    public Instant effectueLe() {
        return effectueLe;
    }

    public Resultat resultat() {
        return resultat;
    }

    public String message() {
        return message;
    }

    public Integer httpStatus() {
        return httpStatus;
    }

    public String origine() {
        return origine;
    }
}
