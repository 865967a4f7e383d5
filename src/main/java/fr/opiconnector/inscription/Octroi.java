package fr.opiconnector.inscription;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every laissez-passer holds, on a wish or on another VET: who granted it, when and why, and — once withdrawn, when
 * it stays as a record — who withdrew it, when and why.
 */
@MappedSuperclass
public abstract class Octroi {

    @Column(length = 500, nullable = false, updatable = false)
    private String motif;

    @Column(length = 100, nullable = false, updatable = false)
    private String auteur;

    @Column(nullable = false, updatable = false)
    private Instant accordeLe;

    private Instant retireLe;

    @Column(length = 500)
    private String motifRetrait;

    @Column(length = 100)
    private String auteurRetrait;

    protected Octroi() {
    }

    protected Octroi(String motif, String auteur, Instant maintenant) {
        this.motif = motif;
        this.auteur = auteur;
        this.accordeLe = maintenant;
    }

    public void retirer(String motif, String auteur, Instant maintenant) {
        this.motifRetrait = motif;
        this.auteurRetrait = auteur;
        this.retireLe = maintenant;
    }

    public boolean estActif() {
        return retireLe == null;
    }

    public String motif() {
        return motif;
    }

    public String auteur() {
        return auteur;
    }

    public Instant accordeLe() {
        return accordeLe;
    }

    public Instant retireLe() {
        return retireLe;
    }

    public String motifRetrait() {
        return motifRetrait;
    }

    public String auteurRetrait() {
        return auteurRetrait;
    }
}
