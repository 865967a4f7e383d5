package fr.opiconnector.reception;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored individual of an OPI, keyed on codOpiIntEpo; its blocks are the last ones Parcoursup sent. A received OPI
 * writes its row in JDBC ({@link EcritureOpi}); everything else reads it, and locks it, through this entity.
 */
@Entity
@Table(name = "individu")
public class Individu {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 10, nullable = false, unique = true, updatable = false)
    private String codOpiIntEpo;

    private Integer codEtuOpi;

    @Embedded
    private EtatCivil etatCivil;
    @Embedded
    private DonneesNaissance donneesNaissance;
    @Embedded
    private DonneesPersonnelles donneesPersonnelles;
    @Embedded
    private Adresse adresseFixe;
    @Embedded
    private Adresse adresseAnnuelle;
    @Embedded
    private Bac bac;
    @Embedded
    private Dac dac;
    @Embedded
    private PremiereInscription premiereInscription;
    @Embedded
    private DernierEtbFrequente dernierEtbFrequente;
    @Embedded
    private SituationAnnPre situationAnnPre;
    @Embedded
    private DernierDiplObt dernierDiplObt;
    @Embedded
    private InscriptionParallele inscriptionParallele;
    @Embedded
    private PrgEchange prgEchange;
    @Embedded
    private DonneesThese donneesThese;

    @Column(length = 64)
    private String voeuxModEnv;

    @Column(length = 1000)
    private String anomalies;

    @Column(length = 800)
    private String nomsRecherche;

    @Column(length = 80)
    private String empreinteRecue;

    @Column(nullable = false)
    private Instant creeLe;

    @Column(nullable = false)
    private Instant modifieLe;

    @Version
    private int version;

    @OneToMany(mappedBy = "individu")
    @OrderBy("id")
    private List<Voeu> voeux = new ArrayList<>();

    protected Individu() {
    }

    public DonneesIndividu donnees() {
        return new DonneesIndividu(codOpiIntEpo, codEtuOpi, etatCivil, donneesNaissance, donneesPersonnelles,
                adresseFixe, adresseAnnuelle, bac, dac, premiereInscription, dernierEtbFrequente, situationAnnPre,
                dernierDiplObt, inscriptionParallele, prgEchange, donneesThese, voeuxModEnv);
    }

    public Long id() {
        return id;
    }

    public String codOpiIntEpo() {
        return codOpiIntEpo;
    }

    public List<Voeu> voeux() {
        return List.copyOf(voeux);
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
