package fr.opiconnector.inscription;

import fr.opiconnector.reception.Voeu;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A registrar's authorisation to register on a wish whatever its decision; withdrawn, it stays as a record. */
@Entity
@Table(name = "laissez_passer")
public class LaissezPasser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "voeu_id", nullable = false, updatable = false)
    private Voeu voeu;

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

    protected LaissezPasser() {
    }

    public LaissezPasser(Voeu voeu, String motif, String auteur, Instant maintenant) {
        this.voeu = voeu;
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

    public Voeu voeu() {
        return voeu;
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
