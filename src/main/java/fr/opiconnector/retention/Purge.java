package fr.opiconnector.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A purge of personal data: who ran it, when, on what, and the counts of what it deleted (no personal data). */
@Entity
@Table(name = "purge_donnees")
public class Purge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant le;

    @Column(length = 64, nullable = false, updatable = false)
    private String auteur;

    @Column(updatable = false)
    private Integer campagne;

    @Column(updatable = false)
    private LocalDate avant;

    @Column(nullable = false, updatable = false)
    private int individus;

    @Column(nullable = false, updatable = false)
    private int voeux;

    @Column(length = 200, nullable = false, updatable = false)
    private String voeuxParDecision;

    @Column(nullable = false, updatable = false)
    private int inscriptions;

    @Column(nullable = false, updatable = false)
    private int laissezPasser;

    @Column(nullable = false, updatable = false)
    private int remontees;

    @Column(nullable = false, updatable = false)
    private int historique;

    @Column(nullable = false, updatable = false)
    private int journalAnonymise;

    protected Purge() {
    }

    public Purge(Instant le, String auteur, Integer campagne, LocalDate avant, int individus, int voeux,
            String voeuxParDecision, int inscriptions, int laissezPasser, int remontees, int historique,
            int journalAnonymise) {
        this.le = le;
        this.auteur = auteur;
        this.campagne = campagne;
        this.avant = avant;
        this.individus = individus;
        this.voeux = voeux;
        this.voeuxParDecision = voeuxParDecision;
        this.inscriptions = inscriptions;
        this.laissezPasser = laissezPasser;
        this.remontees = remontees;
        this.historique = historique;
        this.journalAnonymise = journalAnonymise;
    }

    public Long id() {
        return id;
    }
}
