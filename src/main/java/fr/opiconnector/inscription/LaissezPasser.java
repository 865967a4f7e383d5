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
public class LaissezPasser extends Octroi {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "voeu_id", nullable = false, updatable = false)
    private Voeu voeu;

    protected LaissezPasser() {
    }

    public LaissezPasser(Voeu voeu, String motif, String auteur, Instant maintenant) {
        super(motif, auteur, maintenant);
        this.voeu = voeu;
    }

    public Voeu voeu() {
        return voeu;
    }
}
