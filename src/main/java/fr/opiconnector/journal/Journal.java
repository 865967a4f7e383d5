package fr.opiconnector.journal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One row per call received: time, operation, OPI code, payload hash, outcome, fault key, duration, caller. A row of
 * refusals before authentication stands for all those of its period, service, caller and key: {@link #nombre()}.
 * It holds no personal data: no name, INE or birth date.
 */
@Entity
@Table(name = "journal")
public class Journal {

    private static final int LONGUEUR_CODE = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant recuLe;

    @Column(length = 64, nullable = false, updatable = false)
    private String operation;

    @Column(length = LONGUEUR_CODE, updatable = false)
    private String codOpiIntEpo;

    @Column(length = 64, updatable = false)
    private String empreinte;

    @Column(length = 16, nullable = false, updatable = false)
    private String resultat;

    @Column(length = 200, updatable = false)
    private String cleFaute;

    @Column(nullable = false, updatable = false)
    private int dureeMs;

    @Column(length = 64, updatable = false)
    private String adresseAppelant;

    /** How many calls the row stands for: 1, or the refusals before authentication of its period. */
    @Column(nullable = false)
    private int nombre = 1;

    @Column(length = 200, updatable = false)
    private String remarque;

    protected Journal() {
    }

    public Journal(Instant recuLe, String operation, String codOpiIntEpo, String empreinte, Resultat resultat,
            String cleFaute, int dureeMs, String adresseAppelant) {
        this.recuLe = recuLe;
        this.operation = operation;
        // A refused call may carry a code longer than any valid one: its start is enough to find it.
        this.codOpiIntEpo = codOpiIntEpo == null || codOpiIntEpo.length() <= LONGUEUR_CODE
                ? codOpiIntEpo : codOpiIntEpo.substring(0, LONGUEUR_CODE);
        this.empreinte = empreinte;
        this.resultat = resultat.code();
        this.cleFaute = cleFaute;
        this.dureeMs = dureeMs;
        this.adresseAppelant = adresseAppelant;
    }

    /** A note a reader of the journal must see; set before the row is written. */
    public Journal avecRemarque(String remarque) {
        this.remarque = remarque;
        return this;
    }

    public String remarque() {
        return remarque;
    }

    public Long id() {
        return id;
    }

    /** The id the database gave the row when it was written ({@link JournalRepository#ajouter}). */
    void numeroter(long id) {
        this.id = id;
    }

    public Instant recuLe() {
        return recuLe;
    }

    public String operation() {
        return operation;
    }

    public String codOpiIntEpo() {
        return codOpiIntEpo;
    }

    public String empreinte() {
        return empreinte;
    }

    public Resultat resultat() {
        return Resultat.depuisCode(resultat);
    }

    public String cleFaute() {
        return cleFaute;
    }

    public int dureeMs() {
        return dureeMs;
    }

    public String adresseAppelant() {
        return adresseAppelant;
    }

    public int nombre() {
        return nombre;
    }

    /** The same row standing for that many calls (refusals before authentication, counted over a period). */
    public Journal avecNombre(int nombre) {
        this.nombre = nombre;
        return this;
    }
}
