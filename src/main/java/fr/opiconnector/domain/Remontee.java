package fr.opiconnector.domain;

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

    public Long id() {
        return id;
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
