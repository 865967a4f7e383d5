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
import java.util.Optional;

/** The stored individual of an OPI, keyed on codOpiIntEpo; its blocks are the last ones Parcoursup sent. */
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

    public Individu(DonneesIndividu donnees, List<String> anomalies, Instant maintenant) {
        this.codOpiIntEpo = donnees.codOpiIntEpo();
        this.creeLe = maintenant;
        this.modifieLe = maintenant;
        remplacer(donnees, anomalies, maintenant);
    }

    /** Takes the blocks of a new call; returns what changed, field by field. */
    public List<Champs.Changement> remplacer(DonneesIndividu nouvelles, List<String> nouvellesAnomalies, Instant maintenant) {
        List<Champs.Changement> changements = Champs.differences("", DonneesIndividu.class, donnees(), nouvelles);
        codEtuOpi = nouvelles.codEtuOpi();
        etatCivil = nouvelles.etatCivil();
        donneesNaissance = nouvelles.donneesNaissance();
        donneesPersonnelles = nouvelles.donneesPersonnelles();
        adresseFixe = nouvelles.adresseFixe();
        adresseAnnuelle = nouvelles.adresseAnnuelle();
        bac = nouvelles.bac();
        dac = nouvelles.dac();
        premiereInscription = nouvelles.premiereInscription();
        dernierEtbFrequente = nouvelles.dernierEtbFrequente();
        situationAnnPre = nouvelles.situationAnnPre();
        dernierDiplObt = nouvelles.dernierDiplObt();
        inscriptionParallele = nouvelles.inscriptionParallele();
        prgEchange = nouvelles.prgEchange();
        donneesThese = nouvelles.donneesThese();
        voeuxModEnv = nouvelles.voeuxModEnv();
        anomalies = Anomalies.joindre(nouvellesAnomalies);
        nomsRecherche = NomsRecherche.de(etatCivil);
        if (!changements.isEmpty()) {
            modifieLe = maintenant;
        }
        return changements;
    }

    /**
     * A new individual from its first OPI: the individual and each wish created.
     */
    public static Individu creer(Opi opi, Instant maintenant, Evenements evenements) {
        Individu individu = new Individu(opi.individu(), Anomalies.individu(opi.individu()), maintenant);
        evenements.ajouter(null, Historique.Evenement.INDIVIDU_CREE);
        for (VoeuOpi envoye : opi.voeux()) {
            individu.ajouterVoeu(envoye, maintenant, evenements);
        }
        return individu;
    }

    /**
     * The reconciliation of a received OPI with what is stored: the individual's blocks replaced (what the call's
     * operation version does not carry keeps its stored value), each wish added, changed, taken back, or withdrawn
     * when the OPI no longer carries it. Returns nothing; every change is in the events.
     */
    public void reconcilier(Opi opi, Instant maintenant, Evenements evenements) {
        DonneesIndividu donnees = opi.version().completer(opi.individu(), donnees());
        for (Champs.Changement changement : remplacer(donnees, Anomalies.individu(donnees), maintenant)) {
            evenements.ajouter(null, Historique.Evenement.INDIVIDU_MODIFIE, changement);
        }
        java.util.Set<CleVoeu> recues = new java.util.HashSet<>();
        for (VoeuOpi envoye : opi.voeux()) {
            recues.add(envoye.cle());
            Voeu voeu = voeu(envoye.cle()).orElse(null);
            if (voeu == null) {
                ajouterVoeu(envoye, maintenant, evenements);
                continue;
            }
            VoeuOpi recu = opi.version().completer(envoye, voeu.donnees());
            if (!voeu.estActif()) {
                voeu.reprendre(maintenant);
                evenements.ajouter(voeu, Historique.Evenement.VOEU_REPRIS);
            }
            for (Champs.Changement changement : voeu.remplacer(recu, Anomalies.voeu(recu), maintenant)) {
                evenements.ajouter(voeu, Historique.Evenement.VOEU_MODIFIE, changement);
            }
        }
        for (Voeu voeu : voeux) {
            if (voeu.estActif() && !recues.contains(voeu.cle())) {
                voeu.retirer(maintenant);
                evenements.ajouter(voeu, Historique.Evenement.VOEU_RETIRE);
            }
        }
        if (!evenements.vide()) {
            // A wish changed: concurrent writers conflict on the individual's version.
            modifieLe = maintenant;
        }
    }

    private void ajouterVoeu(VoeuOpi envoye, Instant maintenant, Evenements evenements) {
        Voeu voeu = new Voeu(this, envoye, Anomalies.voeu(envoye), maintenant);
        voeux.add(voeu);
        evenements.voeuAjoute(voeu);
    }


    public DonneesIndividu donnees() {
        return new DonneesIndividu(codOpiIntEpo, codEtuOpi, etatCivil, donneesNaissance, donneesPersonnelles,
                adresseFixe, adresseAnnuelle, bac, dac, premiereInscription, dernierEtbFrequente, situationAnnPre,
                dernierDiplObt, inscriptionParallele, prgEchange, donneesThese, voeuxModEnv);
    }

    public Optional<Voeu> voeu(CleVoeu cle) {
        return voeux.stream().filter(v -> v.cle().equals(cle)).findFirst();
    }

    /** The fingerprint of the OPI just applied ({@link Empreinte#recue}): its re-send will be known unchanged. */
    public void retenirEmpreinte(String empreinte) {
        this.empreinteRecue = empreinte;
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
