package fr.opiconnector.inscription;

import fr.opiconnector.reception.DonneesIndividu;

import fr.opiconnector.journal.Resultat;

import fr.opiconnector.reception.VoeuOpi;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An OPI as the registration application sees it: the identity summary and, per wish, what can be done. */
public record DossierInscription(
        String codOpiIntEpo,
        String ine,
        String sexe,
        String nomPatronymique,
        String nomUsuel,
        String prenom1,
        String prenom2,
        String dateNaissance,
        List<String> anomalies,
        List<VoeuInscription> voeux,
        List<LaissezPasserVue> laissezPasserHorsVoeux,
        DonneesIndividu individu) {

    /** A wish with its offer (whether it can be registered on, why, which VET), laissez-passer and IA. */
    public record VoeuInscription(VoeuOpi donnees, String etatVoeu, Offre offre, LaissezPasserVue laissezPasser,
            InscriptionVue inscription) {
    }

    /** An IA. */
    public record InscriptionVue(String codOpiIntEpo, Vet vet, EtatInscription etat, LocalDate datePaiement,
            String codCatOuiSi, String mtfCat, String cursusAmenage, Integer codeFormationPsup, Instant enregistreeLe,
            Instant modifieeLe, String motifAnnulation, Canal canal, String auteur, boolean surVoeuFerme) {
    }

    /** The outcome of enregistrerInscription: the IA and whether the call created, changed or repeated it. */
    public record InscriptionEnregistree(InscriptionVue inscription, Resultat resultat) {
    }

    /** A laissez-passer on the wish of VET vetVoeu. */
    public record LaissezPasserVue(String codOpiIntEpo, Vet vetVoeu, boolean actif, String motif, String auteur,
            Instant accordeLe, String motifRetrait, String auteurRetrait, Instant retireLe, List<String> anomalies) {
    }

    /** A valid IA that a registrar must cancel by hand, and why; whether a laissez-passer covers it. */
    public record InscriptionAAnnuler(String codOpiIntEpo, Vet vetVoeu, Vet vetInscription, EtatInscription etat,
            LocalDate datePaiement, String codDecVeu, String etatVoeu, String raison, String libelleRaison,
            Instant depuisLe, boolean couverteParLaissezPasser) {
    }
}
