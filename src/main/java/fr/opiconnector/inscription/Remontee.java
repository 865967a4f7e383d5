package fr.opiconnector.inscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An outbox row: a registration change to report to Parcoursup (majInscriptionAdministrative), written in the same
 * transaction as the change. Rows wait in state EN_ATTENTE until they are sent.
 */
@Entity
@Table(name = "remontee")
public class Remontee {

    /** Why the row was written. */
    public enum Evenement {
        INSCRIPTION,
        CHANGEMENT_ETAT,
        ANNULATION
    }

    public static final String EN_ATTENTE = "EN_ATTENTE";
    public static final String ENVOYEE = "ENVOYEE";
    public static final String ECHEC = "ECHEC";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Long inscriptionId;

    @Column(nullable = false, updatable = false)
    private Long individuId;

    @Column(length = 10, nullable = false, updatable = false)
    private String codOpiIntEpo;

    @Column(length = 32, nullable = false, updatable = false)
    private String evenement;

    @Column(nullable = false, updatable = false)
    private int etatInscription;

    @Column(updatable = false)
    private Integer codeFormationPsup;

    @Column(nullable = false, updatable = false)
    private Instant creeLe;

    @Column(length = 16, nullable = false)
    private String statut;

    @Column(nullable = false)
    private int tentatives;

    private Instant envoyeLe;

    @Column(length = 500)
    private String dernierMessage;

    private Instant prochainEssaiLe;

    private Integer httpStatus;

    protected Remontee() {
    }

    public Remontee(Inscription inscription, String codOpiIntEpo, Evenement evenement, Instant maintenant) {
        this.inscriptionId = inscription.id();
        this.individuId = inscription.individuId();
        this.codOpiIntEpo = codOpiIntEpo;
        this.evenement = evenement.name();
        this.etatInscription = inscription.etat().code();
        this.codeFormationPsup = inscription.codeFormationPsup();
        this.creeLe = maintenant;
        this.statut = EN_ATTENTE;
    }

    /** Parcoursup took it. */
    public void envoyee(Instant maintenant, int status, String message) {
        tentatives++;
        statut = ENVOYEE;
        envoyeLe = maintenant;
        httpStatus = status;
        dernierMessage = tronquer(message);
        prochainEssaiLe = null;
    }

    /** A transient failure: try again at the given time. */
    public void reporter(Instant prochainEssai, Integer status, String message) {
        tentatives++;
        httpStatus = status;
        dernierMessage = tronquer(message);
        prochainEssaiLe = prochainEssai;
    }

    /** Set aside: retrying cannot help (NOK, attempts exhausted, data missing); an operator may replay it. */
    public void echec(Integer status, String message, boolean tentative) {
        if (tentative) {
            tentatives++;
        }
        statut = ECHEC;
        httpStatus = status;
        dernierMessage = tronquer(message);
        prochainEssaiLe = null;
    }

    /** An operator puts a failed row back in the queue. */
    public void rejouer() {
        statut = EN_ATTENTE;
        tentatives = 0;
        prochainEssaiLe = null;
    }

    private static String tronquer(String message) {
        return message == null || message.length() <= 500 ? message : message.substring(0, 500);
    }

    public Long id() {
        return id;
    }

    public Long inscriptionId() {
        return inscriptionId;
    }

    public Long individuId() {
        return individuId;
    }

    public String codOpiIntEpo() {
        return codOpiIntEpo;
    }

    public Integer codeFormationPsup() {
        return codeFormationPsup;
    }

    public Instant creeLe() {
        return creeLe;
    }

    public int tentatives() {
        return tentatives;
    }

    public Instant envoyeLe() {
        return envoyeLe;
    }

    public String dernierMessage() {
        return dernierMessage;
    }

    public Instant prochainEssaiLe() {
        return prochainEssaiLe;
    }

    public Integer httpStatus() {
        return httpStatus;
    }

    public String evenement() {
        return evenement;
    }

    public int etatInscription() {
        return etatInscription;
    }

    public String statut() {
        return statut;
    }
}
