package fr.opiconnector.reception;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A stored wish of an individual. A wish that disappears from a later OPI is marked withdrawn, never deleted;
 * sent again, it becomes active again ({@link EcritureOpi} writes these rows; the rest of the connector reads them here).
 */
@Entity
@Table(name = "voeu")
public class Voeu {

    /** Whether the wish is in the individual's current list. */
    public enum Etat {
        ACTIF,
        RETIRE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "individu_id", nullable = false, updatable = false)
    private Individu individu;

    @Column(length = 64, nullable = false, updatable = false)
    private String codCge;

    @Column(length = 64, nullable = false, updatable = false)
    private String codEtp;

    @Column(nullable = false, updatable = false)
    private Integer codVrsVet;

    private Integer numCls;

    @Column(length = 64)
    private String codDecVeu;

    @Column(length = 64)
    private String codCatOuiSi;

    @Column(length = 500)
    private String mtfCat;

    @Column(length = 64)
    private String codDemDos;

    @Column(length = 64)
    private String codDip;

    private Integer codVrsVdi;

    @Column(length = 64)
    private String codCmp;

    @Column(length = 64)
    private String codRge;

    @Column(length = 64)
    private String codAttDec;

    @Column(length = 64)
    private String codMfo;

    @Column(length = 64)
    private String codSpe1Opi;

    @Column(length = 64)
    private String codSpe2Opi;

    @Column(length = 64)
    private String codSpe3Opi;

    @Column(length = 64)
    private String codTyd;

    @Column(length = 500)
    private String libCmtJur;

    @Column(length = 64)
    private String temValPsd;

    @Column(length = 64)
    private String ctrAdr;

    @Column(length = 64)
    private String codCatExoExt;

    @Column(length = 255)
    private String comExoExt;
    @Embedded
    private TitreAccesExterne titreAccesExterne;

    @Embedded
    private Convocation convocation;

    @Enumerated(EnumType.STRING)
    @Column(length = 16, nullable = false)
    private Etat etat;

    @Column(length = 1000)
    private String anomalies;

    @Column(nullable = false)
    private Instant creeLe;

    @Column(nullable = false)
    private Instant modifieLe;

    protected Voeu() {
    }

    /**
     * A wish in memory, with the values its row would hold. Rows are written by {@link EcritureOpi}; this is for a rule
     * that reads a wish to be evaluated on one.
     */
    public Voeu(Individu individu, VoeuOpi donnees, Etat etat, List<String> anomalies, Instant maintenant) {
        this.individu = individu;
        this.codCge = donnees.codCge();
        this.codEtp = donnees.codEtp();
        this.codVrsVet = donnees.codVrsVet();
        this.etat = etat;
        this.creeLe = maintenant;
        this.modifieLe = maintenant;
        VoeuOpi d = donnees;
        this.numCls = d.numCls();
        this.codDecVeu = d.codDecVeu();
        this.codCatOuiSi = d.codCatOuiSi();
        this.mtfCat = d.mtfCat();
        this.codDemDos = d.codDemDos();
        this.codDip = d.codDip();
        this.codVrsVdi = d.codVrsVdi();
        this.codCmp = d.codCmp();
        this.codRge = d.codRge();
        this.codAttDec = d.codAttDec();
        this.codMfo = d.codMfo();
        this.codSpe1Opi = d.codSpe1Opi();
        this.codSpe2Opi = d.codSpe2Opi();
        this.codSpe3Opi = d.codSpe3Opi();
        this.codTyd = d.codTyd();
        this.libCmtJur = d.libCmtJur();
        this.temValPsd = d.temValPsd();
        this.ctrAdr = d.ctrAdr();
        this.codCatExoExt = d.codCatExoExt();
        this.comExoExt = d.comExoExt();
        this.titreAccesExterne = d.titreAccesExterne();
        this.convocation = d.convocation();
        this.anomalies = Anomalies.joindre(anomalies);
    }

    public VoeuOpi donnees() {
        return new VoeuOpi(
                codCge, codEtp, codVrsVet, numCls, codDecVeu, codCatOuiSi, mtfCat, codDemDos, codDip, codVrsVdi,
                codCmp, codRge, codAttDec, codMfo, codSpe1Opi, codSpe2Opi, codSpe3Opi, codTyd, libCmtJur,
                temValPsd, ctrAdr, codCatExoExt, comExoExt, titreAccesExterne, convocation);
    }

    public CleVoeu cle() {
        return new CleVoeu(codCge, codEtp, codVrsVet);
    }

    public Optional<Decision> decision() {
        return Decision.depuisCode(codDecVeu);
    }

    public Long id() {
        return id;
    }

    public Individu individu() {
        return individu;
    }

    public Etat etat() {
        return etat;
    }

    public boolean estActif() {
        return etat == Etat.ACTIF;
    }

    /** Withdrawn from the OPI, or its decision does not open registration: closed, unless a laissez-passer opens it. */
    public boolean estFerme() {
        return ferme(estActif(), decision());
    }

    /** The one statement of « closed wish », for the wish and for its exported copy. */
    public static boolean ferme(boolean actif, Optional<Decision> decision) {
        return !actif || decision.map(d -> !d.ouvre()).orElse(true);
    }

    public List<String> anomalies() {
        return Anomalies.separer(anomalies);
    }

    public Instant creeLe() {
        return creeLe;
    }

    public Instant modifieLe() {
        return modifieLe;
    }
}
