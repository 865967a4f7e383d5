package fr.opiconnector.inscription;

import fr.opiconnector.journal.Appel;
import fr.opiconnector.journal.ClesFaute;
import fr.opiconnector.journal.OpiRefuseeException;
import fr.opiconnector.journal.RefusException;
import fr.opiconnector.journal.Transactions;

import fr.opiconnector.reception.EtatCivil;

import fr.opiconnector.reception.Evenements;
import fr.opiconnector.reception.Historique.Evenement;
import fr.opiconnector.reception.Individu;

import fr.opiconnector.journal.Journal;

import fr.opiconnector.common.NumeroOpi;

import fr.opiconnector.journal.Resultat;

import fr.opiconnector.reception.Voeu;
import fr.opiconnector.reception.IndividuRepository;

import fr.opiconnector.inscription.DossierInscription.InscriptionAAnnuler;
import fr.opiconnector.inscription.DossierInscription.InscriptionEnregistree;
import fr.opiconnector.inscription.DossierInscription.InscriptionVue;
import fr.opiconnector.inscription.DossierInscription.LaissezPasserVue;
import fr.opiconnector.inscription.DossierInscription.VoeuInscription;
import fr.opiconnector.inscription.FormationsService.Formations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registration side: consult an OPI with the IA primo login pair, record paid and cancelled IAs, grant and
 * withdraw laissez-passer, list the IAs to cancel by hand. Every change takes the individual's row lock (so it never
 * crosses an OPI being received), writes its history rows and journal row, and — for an IA — a remontées outbox row,
 * all in one transaction.
 */
public final class InscriptionService {

    private static final Logger LOG = LoggerFactory.getLogger(InscriptionService.class);
    private static final Pattern JJMMAAAA = Pattern.compile("[0-9]{8}");
    private static final String PAS_DE_DOSSIER = "Aucun dossier ne correspond à ce code OPI et à cette date de naissance.";

    private final EntityManagerFactory emf;
    private final Transactions transactions;
    private final Clock horloge;

    public InscriptionService(EntityManagerFactory emf, Clock horloge) {
        this.emf = emf;
        this.transactions = new Transactions(emf);
        this.horloge = horloge;
    }

    /** consulterDossier: an unknown OPI and a wrong birth date get the same fault. */
    public DossierInscription consulter(String code, String dateNaissance, Appel appel) throws OpiRefuseeException {
        return consulter(code, dateNaissance, null, null, appel);
    }

    /**
     * consulterDossier by exactly one of the OPI code, the INE and the student number (codEtuOpi), with the birth
     * date. An INE or student number that several stored individuals of that birth date carry (one per campaign)
     * is refused: the OPI code is then needed.
     */
    public DossierInscription consulter(String code, String dateNaissance, String ine, Integer codEtu, Appel appel)
            throws OpiRefuseeException {
        boolean parCode = code != null && !code.isBlank();
        boolean parIne = ine != null && !ine.isBlank();
        if ((parCode ? 1 : 0) + (parIne ? 1 : 0) + (codEtu != null ? 1 : 0) != 1) {
            refuser(appel, code, "codOpiIntEpo", "Donnez un et un seul identifiant : le code OPI (codOpiIntEpo), l'INE "
                    + "(ine) ou le numéro d'étudiant (codEtu).");
        }
        obligatoire(appel, code, dateNaissance, "dateNaissance",
                "La date de naissance (dateNaissance) est obligatoire, au format JJMMAAAA.");
        return transactions.executer(appel, code, em -> {
            IndividuRepository individus = new IndividuRepository(em);
            List<Individu> trouves = (parCode ? individus.trouver(code).stream().toList()
                    : parIne ? individus.parIne(ine) : individus.parCodeEtudiant(codEtu)).stream()
                    .filter(i -> i.donnees().donneesNaissance() != null
                            && dateNaissance.equals(i.donnees().donneesNaissance().dateNaiIndOpi()))
                    .toList();
            if (trouves.isEmpty()) {
                throw new RefusException(ClesFaute.DOSSIER_INTROUVABLE, parCode ? PAS_DE_DOSSIER
                        : "Aucun dossier ne correspond à cet identifiant et à cette date de naissance.");
            }
            if (trouves.size() > 1) {
                throw new RefusException(ClesFaute.PLUSIEURS_DOSSIERS, trouves.size() + " dossiers (un par campagne "
                        + "d'admission) correspondent à cet identifiant et à cette date de naissance : interrogez par "
                        + "code OPI (codOpiIntEpo).");
            }
            Individu individu = trouves.get(0);
            appel.consigner(em, individu.codOpiIntEpo(), null, Resultat.CONSULTED);
            return dossier(em, individu);
        });
    }

    /** The OPI codes stored for an INE or a student number (the registrar's lookups), in OPI code order. */
    public List<String> codesPar(String ine, Integer codEtu) {
        return emf.callInTransaction(em -> {
            IndividuRepository individus = new IndividuRepository(em);
            return (ine != null ? individus.parIne(ine) : individus.parCodeEtudiant(codEtu)).stream()
                    .map(Individu::codOpiIntEpo).toList();
        });
    }

    /** The same view for the registrar's command line, without the birth date. */
    public Optional<DossierInscription> dossier(String code) {
        return emf.callInTransaction(em -> new IndividuRepository(em).trouver(code).map(i -> dossier(em, i)));
    }

    /**
     * enregistrerInscription: a paid IA on a wish, on the VET offered for it. By the web, a closed wish (D, withdrawn)
     * without laissez-passer is refused; a registrar ({@code gestionnaire}, with their login) may record it on the
     * wish's own VET: the IA is flagged, and reported to Parcoursup like any other.
     */
    public InscriptionEnregistree enregistrer(String code, String codEtp, Integer codVrsVet, Integer etatInscription,
            String datePaiement, String nomCanal, String auteur, Appel appel) throws OpiRefuseeException {
        identifierVoeu(appel, code, codEtp, codVrsVet);
        Canal canal = Canal.depuis(nomCanal).orElse(null);
        if (canal == null) {
            refuser(appel, code, "canal", "Le canal (canal) vaut « web » (par défaut) ou « gestionnaire » (IA saisie par "
                    + "un gestionnaire de scolarité).");
        }
        String gestionnaire = auteur == null ? "" : auteur.strip();
        if (canal == Canal.GESTIONNAIRE && (gestionnaire.isEmpty() || gestionnaire.length() > 64)) {
            refuser(appel, code, "auteur", "Une IA gestionnaire porte l'identifiant du gestionnaire qui la saisit "
                    + "(auteur, 64 caractères au plus).");
        }
        EtatInscription etat = EtatInscription.depuisCode(etatInscription)
                .filter(e -> e != EtatInscription.ANNULEE)
                .orElse(null);
        if (etat == null) {
            refuser(appel, code, "etatInscription", "L'état de l'inscription (etatInscription) est obligatoire et vaut 1 "
                    + "(principale), 2 (double cursus), 4 (parallèle) ou 5 (parallèle secondaire) ; pour annuler une "
                    + "inscription, utilisez annulerInscription.");
        }
        LocalDate date = datePaiement(appel, code, datePaiement);
        return transactions.executer(appel, code, em -> {
            Instant maintenant = horloge.instant();
            Contexte c = contexte(em, code);
            Voeu voeu = c.voeu(codEtp, codVrsVet);
            Offre offre = c.offre(voeu);
            boolean surVoeuFerme = !offre.inscriptible();
            if (surVoeuFerme && canal == Canal.WEB) {
                throw new RefusException(ClesFaute.VOEU_NON_INSCRIPTIBLE, "Le vœu " + voeu.cle()
                        + " ne permet pas l'inscription par le web : " + offre.motif().libelle());
            }
            Vet vet = surVoeuFerme ? Vet.de(voeu) : offre.vet();
            if (etat == EtatInscription.PRINCIPALE && Inscription.principaleSurUnAutreVoeu(c.inscriptions, voeu)) {
                throw new RefusException(ClesFaute.INSCRIPTION_PRINCIPALE_EXISTANTE, "Cet étudiant a déjà une inscription "
                        + "principale valide sur un autre vœu : annulez-la d'abord, ou enregistrez celle-ci en double "
                        + "cursus (2) ou en parallèle (4, 5).");
            }
            Evenements historique = new Evenements();
            Inscription inscription = c.inscription(voeu).orElse(null);
            Resultat resultat;
            Remontee.Evenement remontee = null;
            if (inscription == null) {
                inscription = new Inscription(c.individu.id(), voeu, vet, etat, date, offre.codCatOuiSi(),
                        offre.mtfCat(), offre.cursusAmenage(), offre.codeFormationPsup(), maintenant);
                if (canal == Canal.GESTIONNAIRE) {
                    inscription.parGestionnaire(gestionnaire, surVoeuFerme);
                }
                c.repository.ajouter(inscription);
                historique.ajouter(voeu, Evenement.INSCRIPTION_ENREGISTREE, "inscription.etatInscription", null,
                        String.valueOf(etat.code()));
                remontee = Remontee.Evenement.INSCRIPTION;
                resultat = Resultat.CREATED;
            } else if (inscription.estValide() && inscription.etat() == etat && inscription.datePaiement().equals(date)) {
                resultat = Resultat.UNCHANGED;
            } else {
                boolean reouverte = !inscription.estValide();
                if (inscription.etat() != etat) {
                    historique.ajouter(voeu, Evenement.INSCRIPTION_MODIFIEE, "inscription.etatInscription",
                            String.valueOf(inscription.etat().code()), String.valueOf(etat.code()));
                    remontee = reouverte ? Remontee.Evenement.INSCRIPTION : Remontee.Evenement.CHANGEMENT_ETAT;
                }
                if (!inscription.datePaiement().equals(date)) {
                    historique.ajouter(voeu, Evenement.INSCRIPTION_MODIFIEE, "inscription.datePaiement",
                            inscription.datePaiement().toString(), date.toString());
                }
                inscription.modifier(etat, date, maintenant);
                resultat = Resultat.UPDATED;
            }
            String remarque = surVoeuFerme && resultat != Resultat.UNCHANGED ? "IA gestionnaire (" + gestionnaire
                    + ") sur un vœu " + (offre.motif() == Offre.Motif.RETIRE ? "retiré" : "défavorable") : null;
            Journal ligne = appel.consigner(em, c.individu.codOpiIntEpo(), null, resultat, remarque);
            new IndividuRepository(em).ecrire(historique, c.individu, ligne, maintenant);
            if (remontee != null) {
                c.repository.ajouter(new Remontee(inscription, code, remontee, maintenant));
            }
            LOG.info("{} {} {}: {} ({}, {}{})", appel.operation(), NumeroOpi.masque(code), voeu.cle(), resultat.code(), etat,
                    canal.code(), surVoeuFerme ? ", closed wish" : "");
            return new InscriptionEnregistree(vue(code, inscription), resultat);
        });
    }

    /** annulerInscription: state 3; cancelling a cancelled IA changes nothing. */
    public InscriptionEnregistree annuler(String code, String codEtp, Integer codVrsVet, String motif, Appel appel)
            throws OpiRefuseeException {
        identifierVoeu(appel, code, codEtp, codVrsVet);
        obligatoire(appel, code, motif, "motif", "Le motif de l'annulation (motif) est obligatoire.");
        longueur(appel, code, motif, "motif", 500);
        return transactions.executer(appel, code, em -> {
            Instant maintenant = horloge.instant();
            Contexte c = contexte(em, code);
            Voeu voeu = c.voeu(codEtp, codVrsVet);
            Inscription inscription = c.inscription(voeu).orElseThrow(() -> new RefusException(
                    ClesFaute.INSCRIPTION_INTROUVABLE, "Le vœu " + voeu.cle() + " n'a pas d'inscription à annuler."));
            Evenements historique = new Evenements();
            Resultat resultat = Resultat.UNCHANGED;
            if (inscription.estValide()) {
                historique.ajouter(voeu, Evenement.INSCRIPTION_ANNULEE, "inscription.etatInscription",
                        String.valueOf(inscription.etat().code()), String.valueOf(EtatInscription.ANNULEE.code()));
                inscription.annuler(motif, maintenant);
                resultat = Resultat.UPDATED;
            }
            ecrire(em, c, appel, resultat, historique, maintenant);
            if (resultat == Resultat.UPDATED) {
                c.repository.ajouter(new Remontee(inscription, code, Remontee.Evenement.ANNULATION, maintenant));
            }
            LOG.info("{} {} {}: {}", appel.operation(), NumeroOpi.masque(code), voeu.cle(), resultat.code());
            return new InscriptionEnregistree(vue(code, inscription), resultat);
        });
    }

    /** accorderLaissezPasser: an active laissez-passer on the wish; granting it again changes nothing. */
    public LaissezPasserVue accorderLaissezPasser(String code, String codEtp, Integer codVrsVet, String motif,
            String auteur, Appel appel) throws OpiRefuseeException {
        return surLaissezPasser(code, codEtp, codVrsVet, motif, auteur, appel, (em, c, voeu, maintenant) -> {
            Evenements historique = new Evenements();
            LaissezPasser laissezPasser = c.laissezPasser(voeu).orElse(null);
            Resultat resultat = Resultat.UNCHANGED;
            if (laissezPasser == null) {
                laissezPasser = new LaissezPasser(voeu, motif, auteur, maintenant);
                c.repository.ajouter(laissezPasser);
                historique.ajouter(voeu, Evenement.LAISSEZ_PASSER_ACCORDE, "laissezPasser.motif", null, motif);
                resultat = Resultat.CREATED;
            }
            ecrire(em, c, appel, resultat, historique, maintenant);
            LOG.info("{} {} {}: {}", appel.operation(), NumeroOpi.masque(code), voeu.cle(), resultat.code());
            return vue(code, laissezPasser);
        }, (em, c, vet, maintenant) -> accorderHorsVoeu(em, c, vet, motif, auteur, appel, maintenant));
    }

    /** retirerLaissezPasser: the wish's active laissez-passer is withdrawn (kept as a record). */
    public LaissezPasserVue retirerLaissezPasser(String code, String codEtp, Integer codVrsVet, String motif,
            String auteur, Appel appel) throws OpiRefuseeException {
        return surLaissezPasser(code, codEtp, codVrsVet, motif, auteur, appel, (em, c, voeu, maintenant) -> {
            LaissezPasser laissezPasser = c.laissezPasser(voeu).orElseThrow(() -> new RefusException(
                    ClesFaute.LAISSEZ_PASSER_INTROUVABLE, "Le vœu " + voeu.cle() + " n'a pas de laissez-passer actif."));
            laissezPasser.retirer(motif, auteur, maintenant);
            Evenements historique = new Evenements();
            historique.ajouter(voeu, Evenement.LAISSEZ_PASSER_RETIRE, "laissezPasser.motifRetrait", null, motif);
            ecrire(em, c, appel, Resultat.UPDATED, historique, maintenant);
            LOG.info("{} {} {}: withdrawn", appel.operation(), NumeroOpi.masque(code), voeu.cle());
            return vue(code, laissezPasser);
        }, (em, c, vet, maintenant) -> retirerHorsVoeu(em, c, vet, motif, auteur, appel, maintenant));
    }

    /** What a laissez-passer operation does on the wish that carries the VET, or on a VET no wish carries. */
    private interface SurLeVoeu {
        LaissezPasserVue appliquer(EntityManager em, Contexte c, Voeu voeu, Instant maintenant);
    }

    private interface HorsVoeu {
        LaissezPasserVue appliquer(EntityManager em, Contexte c, Vet vet, Instant maintenant);
    }

    private LaissezPasserVue surLaissezPasser(String code, String codEtp, Integer codVrsVet, String motif, String auteur,
            Appel appel, SurLeVoeu surLeVoeu, HorsVoeu horsVoeu) throws OpiRefuseeException {
        motifEtAuteur(appel, code, codEtp, codVrsVet, motif, auteur);
        return transactions.executer(appel, code, em -> {
            Instant maintenant = horloge.instant();
            Contexte c = contexte(em, code);
            Optional<Voeu> porteur = c.voeuSiPresent(codEtp, codVrsVet);
            return porteur.isEmpty() ? horsVoeu.appliquer(em, c, new Vet(codEtp, codVrsVet), maintenant)
                    : surLeVoeu.appliquer(em, c, porteur.get(), maintenant);
        });
    }

    /**
     * A laissez-passer on a VET none of the wishes carries: any VET of the university's offer; one the formation
     * mapping lacks is accepted, flagged VET_HORS_OFFRE. One active laissez-passer per VET.
     */
    private LaissezPasserVue accorderHorsVoeu(EntityManager em, Contexte c, Vet vet, String motif, String auteur,
            Appel appel, Instant maintenant) {
        Optional<LaissezPasserHorsVoeu> actif = c.repository.laissezPasserHorsVoeux(c.individu).stream()
                .filter(l -> l.estActif() && l.vet().equals(vet)).findFirst();
        Resultat resultat = Resultat.UNCHANGED;
        LaissezPasserHorsVoeu laissezPasser;
        if (actif.isPresent()) {
            laissezPasser = actif.get();
        } else {
            laissezPasser = new LaissezPasserHorsVoeu(c.individu.id(), vet, c.formations.contenant(vet).isPresent(), motif,
                    auteur, maintenant);
            c.repository.ajouter(laissezPasser);
            resultat = Resultat.CREATED;
        }
        Evenements historique = new Evenements();
        if (resultat == Resultat.CREATED) {
            historique.ajouter(null, Evenement.LAISSEZ_PASSER_ACCORDE, "laissezPasser[" + vet + "].motif", null, motif);
        }
        ecrire(em, c, appel, resultat, historique, maintenant);
        LOG.info("{} {} {} (no wish carries it{}): {}", appel.operation(), NumeroOpi.masque(c.individu.codOpiIntEpo()),
                vet, laissezPasser.anomalies().isEmpty() ? "" : ", outside the formation mapping", resultat.code());
        return vue(c.individu.codOpiIntEpo(), laissezPasser);
    }

    private LaissezPasserVue retirerHorsVoeu(EntityManager em, Contexte c, Vet vet, String motif, String auteur,
            Appel appel, Instant maintenant) {
        LaissezPasserHorsVoeu laissezPasser = c.repository.laissezPasserHorsVoeux(c.individu).stream()
                .filter(l -> l.estActif() && l.vet().equals(vet)).findFirst()
                .orElseThrow(() -> new RefusException(ClesFaute.LAISSEZ_PASSER_INTROUVABLE, "L'OPI "
                        + c.individu.codOpiIntEpo() + " n'a pas de laissez-passer actif sur la VET " + vet + "."));
        laissezPasser.retirer(motif, auteur, maintenant);
        Evenements historique = new Evenements();
        historique.ajouter(null, Evenement.LAISSEZ_PASSER_RETIRE, "laissezPasser[" + vet + "].motifRetrait", null, motif);
        ecrire(em, c, appel, Resultat.UPDATED, historique, maintenant);
        LOG.info("{} {} {} (no wish carries it): withdrawn", appel.operation(), NumeroOpi.masque(c.individu.codOpiIntEpo()),
                vet);
        return vue(c.individu.codOpiIntEpo(), laissezPasser);
    }

    /**
     * listerInscriptionsAAnnuler: valid IAs on a wish now D or withdrawn, until a registrar acts — cancels the IA, or
     * grants a laissez-passer after the wish closed. A laissez-passer granted before the wish closed does not take the
     * IA off the list (nobody has looked at it since): the row says it covers the IA.
     */
    public List<InscriptionAAnnuler> aAnnuler(Appel appel) throws OpiRefuseeException {
        return transactions.executer(appel, null, em -> {
            appel.consigner(em, null, null, Resultat.CONSULTED);
            return IasAAnnuler.lister(new InscriptionRepository(em));
        });
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** What one call needs about an individual, read under its row lock. */
    private static final class Contexte {

        private final Individu individu;
        private final InscriptionRepository repository;
        private final Formations formations;
        private final List<Inscription> inscriptions;
        private final List<LaissezPasser> laissezPasser;
        private final List<Voeu> voeux;

        Contexte(Individu individu, InscriptionRepository repository, Formations formations) {
            this.individu = individu;
            this.repository = repository;
            this.formations = formations;
            this.voeux = individu.voeux();
            this.inscriptions = repository.inscriptions(individu);
            this.laissezPasser = repository.laissezPasser(individu);
        }

        Optional<Inscription> inscription(Voeu voeu) {
            return inscriptions.stream().filter(i -> Objects.equals(i.voeu().id(), voeu.id())).findFirst();
        }

        Optional<LaissezPasser> laissezPasser(Voeu voeu) {
            return laissezPasser.stream().filter(l -> Objects.equals(l.voeu().id(), voeu.id()) && l.estActif()).findFirst();
        }

        Offre offre(Voeu voeu) {
            return Inscriptibilite.evaluer(voeu, laissezPasser(voeu).isPresent(), formations.contenant(Vet.de(voeu)));
        }

        /** The wish of this VET: its own VET first (an active wish before a withdrawn one), then the VET offered. */
        Voeu voeu(String codEtp, Integer codVrsVet) {
            return voeuSiPresent(codEtp, codVrsVet)
                    .orElseThrow(() -> new RefusException(ClesFaute.VOEU_INTROUVABLE, "L'OPI " + individu.codOpiIntEpo()
                            + " n'a pas de vœu sur la VET " + codEtp + "/" + codVrsVet + "."));
        }

        Optional<Voeu> voeuSiPresent(String codEtp, Integer codVrsVet) {
            return voeux.stream().filter(v -> Vet.de(v).est(codEtp, codVrsVet))
                    .sorted((a, b) -> Boolean.compare(b.estActif(), a.estActif())).findFirst()
                    .or(() -> voeux.stream().filter(v -> {
                        Vet offerte = offre(v).vet();
                        return offerte != null && offerte.est(codEtp, codVrsVet);
                    }).findFirst());
        }
    }

    private Contexte contexte(EntityManager em, String code) {
        Individu individu = new IndividuRepository(em).trouverPourMiseAJour(code)
                .orElseThrow(() -> new RefusException(ClesFaute.DOSSIER_INTROUVABLE,
                        "Aucune OPI de code " + code + " n'a été reçue."));
        return new Contexte(individu, new InscriptionRepository(em), FormationsService.dans(em));
    }

    private void ecrire(EntityManager em, Contexte c, Appel appel, Resultat resultat, Evenements historique,
            Instant maintenant) {
        Journal ligne = appel.consigner(em, c.individu.codOpiIntEpo(), null, resultat);
        new IndividuRepository(em).ecrire(historique, c.individu, ligne, maintenant);
    }

    private DossierInscription dossier(EntityManager em, Individu individu) {
        Contexte c = new Contexte(individu, new InscriptionRepository(em), FormationsService.dans(em));
        EtatCivil etatCivil = individu.donnees().etatCivil();
        List<VoeuInscription> voeux = c.voeux.stream().map(v -> new VoeuInscription(v.donnees(), v.etat().name(),
                c.offre(v), c.laissezPasser(v).map(l -> vue(individu.codOpiIntEpo(), l)).orElse(null),
                c.inscription(v).map(i -> vue(individu.codOpiIntEpo(), i)).orElse(null))).toList();
        return new DossierInscription(individu.codOpiIntEpo(), etatCivil.codNneIndOpi(), etatCivil.codSexEtuOpi(),
                etatCivil.libNomPatIndOpi(), etatCivil.libNomUsuIndOpi(), etatCivil.libPr1IndOpi(), etatCivil.libPr2IndOpi(),
                individu.donnees().donneesNaissance().dateNaiIndOpi(), individu.anomalies(), voeux,
                c.repository.laissezPasserHorsVoeux(individu).stream().map(l -> vue(individu.codOpiIntEpo(), l)).toList(),
                individu.donnees());
    }

    private static InscriptionVue vue(String code, Inscription i) {
        return new InscriptionVue(code, i.vet(), i.etat(), i.datePaiement(), i.codCatOuiSi(), i.mtfCat(),
                i.cursusAmenage(), i.codeFormationPsup(), i.creeLe(), i.modifieLe(), i.motifAnnulation(), i.canal(),
                i.auteur(), i.surVoeuFerme());
    }

    private static LaissezPasserVue vue(String code, LaissezPasser l) {
        return new LaissezPasserVue(code, Vet.de(l.voeu()), l.estActif(), l.motif(), l.auteur(), l.accordeLe(),
                l.motifRetrait(), l.auteurRetrait(), l.retireLe(), List.of());
    }

    private static LaissezPasserVue vue(String code, LaissezPasserHorsVoeu l) {
        return new LaissezPasserVue(code, l.vet(), l.estActif(), l.motif(), l.auteur(), l.accordeLe(), l.motifRetrait(),
                l.auteurRetrait(), l.retireLe(), l.anomalies());
    }

    // --- checks of the parameters, before any transaction --------------------------------------------------------

    private void identifierVoeu(Appel appel, String code, String codEtp, Integer codVrsVet) throws OpiRefuseeException {
        obligatoire(appel, code, code, "codOpiIntEpo", "Le code OPI (codOpiIntEpo) est obligatoire.");
        obligatoire(appel, code, codEtp, "codEtp", "L'étape (codEtp) est obligatoire.");
        if (codVrsVet == null) {
            refuser(appel, code, "codVrsVet", "La version d'étape (codVrsVet) est obligatoire.");
        }
    }

    private void motifEtAuteur(Appel appel, String code, String codEtp, Integer codVrsVet, String motif, String auteur)
            throws OpiRefuseeException {
        identifierVoeu(appel, code, codEtp, codVrsVet);
        obligatoire(appel, code, motif, "motif", "Le motif (motif) est obligatoire.");
        obligatoire(appel, code, auteur, "auteur", "L'auteur (auteur) est obligatoire : qui prend la décision.");
        longueur(appel, code, motif, "motif", 500);
        longueur(appel, code, auteur, "auteur", 100);
    }

    private LocalDate datePaiement(Appel appel, String code, String texte) throws OpiRefuseeException {
        obligatoire(appel, code, texte, "datePaiement", "La date de paiement (datePaiement) est obligatoire, au format JJMMAAAA.");
        LocalDate date = null;
        if (JJMMAAAA.matcher(texte).matches()) {
            try {
                date = LocalDate.of(Integer.parseInt(texte.substring(4)), Integer.parseInt(texte.substring(2, 4)),
                        Integer.parseInt(texte.substring(0, 2)));
            } catch (DateTimeException e) {
                date = null;
            }
        }
        if (date == null || date.isAfter(LocalDate.now(horloge)) || date.getYear() < 2000) {
            refuser(appel, code, "datePaiement", "La date de paiement (datePaiement) doit être une date réelle au format "
                    + "JJMMAAAA, entre 2000 et aujourd'hui.");
        }
        return date;
    }

    private void obligatoire(Appel appel, String code, String valeur, String champ, String message)
            throws OpiRefuseeException {
        if (valeur == null || valeur.isBlank()) {
            refuser(appel, code, champ, message);
        }
    }

    private void longueur(Appel appel, String code, String valeur, String champ, int max) throws OpiRefuseeException {
        if (valeur.length() > max) {
            refuser(appel, code, champ, "Le champ " + champ + " compte " + valeur.length() + " caractères ; au plus " + max + ".");
        }
    }

    private void refuser(Appel appel, String code, String champ, String message) throws OpiRefuseeException {
        String cle = ClesFaute.DONNEE_INVALIDE + champ;
        appel.refuser(code, cle);
        throw new OpiRefuseeException(cle, message);
    }
}
