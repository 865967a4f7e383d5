package fr.opiconnector.reception;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change to an individual or a wish: when, from which call (journal row), and the field's old → new value. */
@Entity
@Table(name = "historique")
public class Historique {

    /** What happened. Field changes carry the field and its two values; the others carry none. */
    public enum Evenement {
        INDIVIDU_CREE("individu créé"),
        INDIVIDU_MODIFIE("individu modifié"),
        VOEU_AJOUTE("vœu ajouté"),
        VOEU_MODIFIE("vœu modifié"),
        VOEU_RETIRE("vœu retiré de l'OPI"),
        VOEU_REPRIS("vœu repris dans l'OPI"),
        INSCRIPTION_ENREGISTREE("IA enregistrée"),
        INSCRIPTION_MODIFIEE("IA modifiée"),
        INSCRIPTION_ANNULEE("IA annulée"),
        LAISSEZ_PASSER_ACCORDE("laissez-passer accordé"),
        LAISSEZ_PASSER_RETIRE("laissez-passer retiré");

        private final String libelle;

        Evenement(String libelle) {
            this.libelle = libelle;
        }

        /** The event as a registrar reads it. */
        public String libelle() {
            return libelle;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Long individuId;

    @Column(updatable = false)
    private Long voeuId;

    @Column(nullable = false, updatable = false)
    private Long journalId;

    @Column(nullable = false, updatable = false)
    private Instant horodatage;

    @Enumerated(EnumType.STRING)
    @Column(length = 32, nullable = false, updatable = false)
    private Evenement evenement;

    @Column(length = 120, updatable = false)
    private String champ;

    @Column(length = 500, updatable = false)
    private String ancienneValeur;

    @Column(length = 500, updatable = false)
    private String nouvelleValeur;

    protected Historique() {
    }

    public Historique(Long individuId, Long voeuId, Long journalId, Instant horodatage, Evenement evenement,
            String champ, String ancienneValeur, String nouvelleValeur) {
        this.individuId = individuId;
        this.voeuId = voeuId;
        this.journalId = journalId;
        this.horodatage = horodatage;
        this.evenement = evenement;
        this.champ = champ;
        this.ancienneValeur = ancienneValeur;
        this.nouvelleValeur = nouvelleValeur;
    }

    public Long id() {
        return id;
    }

    public Long voeuId() {
        return voeuId;
    }

    public Long journalId() {
        return journalId;
    }

    public Instant horodatage() {
        return horodatage;
    }

    public Evenement evenement() {
        return evenement;
    }

    public String champ() {
        return champ;
    }

    public String ancienneValeur() {
        return ancienneValeur;
    }

    public String nouvelleValeur() {
        return nouvelleValeur;
    }
}
