package fr.opiconnector.inscription;

import fr.opiconnector.reception.DonneesIndividu;
import fr.opiconnector.reception.VoeuOpi;
import java.util.List;

/**
 * What the connector holds for one OPI code: the individual, its wishes, their history, the calls journaled, and the
 * registration view (per wish: what can be registered on, laissez-passer, IA).
 */
public record Dossier(
        DonneesIndividu individu,
        List<String> anomalies,
        String creeLe,
        String modifieLe,
        List<VoeuDossier> voeux,
        List<LigneHistorique> historique,
        List<LigneJournal> journal,
        DossierInscription inscription) {

    /** A stored wish: its data as last sent, whether it is still in the list, its decision in words. */
    public record VoeuDossier(long id, String etat, String decision, List<String> anomalies, String creeLe,
            String modifieLe, VoeuOpi donnees) {
    }

    /** One change: voeu is the wish's VET (codCge/codEtp/codVrsVet) or null for the individual. */
    public record LigneHistorique(String horodatage, long journal, String evenement, String voeu, String champ,
            String ancienneValeur, String nouvelleValeur) {
    }

    /** One call: no personal data here, only the code, the hash and the outcome. */
    public record LigneJournal(long id, String recuLe, String operation, String resultat, String cleFaute,
            int dureeMs, String adresseAppelant, String empreinte) {
    }
}
