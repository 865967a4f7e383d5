package fr.opiconnector.inscription;

import fr.opiconnector.reception.Voeu;

import java.util.Objects;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An administrative registration (IA) on a wish: paid, on the VET offered for it, in one of Parcoursup's states.
 * A cancelled IA keeps its row (state 3); registering again re-opens it.
 */
@Entity
@Table(name = "inscription")
public class Inscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Long individuId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "voeu_id", nullable = false, updatable = false)
    private Voeu voeu;

    @Column(length = 64, nullable = false)
    private String codEtp;

    @Column(nullable = false)
    private Integer codVrsVet;

    @Column(nullable = false)
    private int etatInscription;

    @Column(nullable = false)
    private LocalDate datePaiement;

    @Column(length = 64)
    private String codCatOuiSi;

    @Column(length = 500)
    private String mtfCat;

    @Column(length = 64)
    private String cursusAmenage;

    private Integer codeFormationPsup;

    @Column(length = 500)
    private String motifAnnulation;

    @Column(length = 16, nullable = false, updatable = false)
    private String canal = Canal.WEB.code();

    @Column(length = 64, updatable = false)
    private String auteur;

    @Column(nullable = false, updatable = false)
    private boolean surVoeuFerme;

    @Column(nullable = false)
    private Instant creeLe;

    @Column(nullable = false)
    private Instant modifieLe;

    @Version
    private int version;

    protected Inscription() {
    }

    public Inscription(Long individuId, Voeu voeu, Vet vet, EtatInscription etat, LocalDate datePaiement,
            String codCatOuiSi, String mtfCat, String cursusAmenage, Integer codeFormationPsup, Instant maintenant) {
        this.individuId = individuId;
        this.voeu = voeu;
        this.codEtp = vet.codEtp();
        this.codVrsVet = vet.codVrsVet();
        this.etatInscription = etat.code();
        this.datePaiement = datePaiement;
        this.codCatOuiSi = codCatOuiSi;
        this.mtfCat = mtfCat;
        this.cursusAmenage = cursusAmenage;
        this.codeFormationPsup = codeFormationPsup;
        this.creeLe = maintenant;
        this.modifieLe = maintenant;
    }

    /**
     * Recorded by a registrar (« IA gestionnaire »): their login, and whether the wish was closed (D or withdrawn,
     * without laissez-passer) — an IA the web would have refused, flagged wherever the dossier is read.
     */
    public void parGestionnaire(String auteur, boolean surVoeuFerme) {
        this.canal = Canal.GESTIONNAIRE.code();
        this.auteur = auteur;
        this.surVoeuFerme = surVoeuFerme;
    }

    public Canal canal() {
        return Canal.depuis(canal).orElse(Canal.WEB);
    }

    public String auteur() {
        return auteur;
    }

    public boolean surVoeuFerme() {
        return surVoeuFerme;
    }

    /** A new state or payment date for a valid or cancelled IA. */
    public void modifier(EtatInscription etat, LocalDate date, Instant maintenant) {
        this.etatInscription = etat.code();
        this.datePaiement = date;
        this.motifAnnulation = null;
        this.modifieLe = maintenant;
    }

    public void annuler(String motif, Instant maintenant) {
        this.etatInscription = EtatInscription.ANNULEE.code();
        this.motifAnnulation = motif;
        this.modifieLe = maintenant;
    }

    public boolean estValide() {
        return etatInscription != EtatInscription.ANNULEE.code();
    }

    /**
     * « IA to cancel by hand » (operational note §I.C): valid, on a wish now closed, and no registrar has acted since
     * it closed — neither a laissez-passer granted after the closing, nor this IA recorded by a registrar on the wish
     * already closed. A laissez-passer granted before the closing does not count: nobody has looked at it since.
     *
     * @param fermeLe when the wish last closed
     * @param laissezPasserAccordeLe when its active laissez-passer was granted, if it has one
     */
    public boolean aAnnuler(Instant fermeLe, Optional<Instant> laissezPasserAccordeLe) {
        return estValide() && voeu.estFerme()
                && laissezPasserAccordeLe.map(accorde -> !accorde.isAfter(fermeLe)).orElse(true)
                && !(surVoeuFerme && !creeLe.isBefore(fermeLe));
    }

    /** « One principal IA »: whether another wish than this one already has a valid principal IA. */
    public static boolean principaleSurUnAutreVoeu(List<Inscription> inscriptions, Voeu voeu) {
        return inscriptions.stream().anyMatch(i -> !Objects.equals(i.voeu().id(), voeu.id()) && i.estValide()
                && i.etat() == EtatInscription.PRINCIPALE);
    }

    public Long id() {
        return id;
    }

    public Long individuId() {
        return individuId;
    }

    public Voeu voeu() {
        return voeu;
    }

    public Vet vet() {
        return new Vet(codEtp, codVrsVet);
    }

    public EtatInscription etat() {
        return EtatInscription.depuisCode(etatInscription).orElseThrow();
    }

    public LocalDate datePaiement() {
        return datePaiement;
    }

    public String codCatOuiSi() {
        return codCatOuiSi;
    }

    public String mtfCat() {
        return mtfCat;
    }

    public String cursusAmenage() {
        return cursusAmenage;
    }

    public Integer codeFormationPsup() {
        return codeFormationPsup;
    }

    public String motifAnnulation() {
        return motifAnnulation;
    }

    public Instant creeLe() {
        return creeLe;
    }

    public Instant modifieLe() {
        return modifieLe;
    }
}
