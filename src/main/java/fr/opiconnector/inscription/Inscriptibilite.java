package fr.opiconnector.inscription;

import fr.opiconnector.reception.Decision;
import fr.opiconnector.reception.Voeu;
import fr.opiconnector.reception.VoeuOpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The registration rules of the operational note (fiche pratique Parcoursup–Apogée, §I.A): F and S → the wish's own
 * VET is offered (« la VET du vœu sera proposée »: the Oui and Oui-Si VETs are set up in Parcoursup, which sends the
 * matching one in the wish); for S, with the category, the motif and the category's cursus aménagé from the mapping;
 * D → nothing, unless a laissez-passer exists. A wish no longer in the OPI is closed too, unless a laissez-passer
 * exists. The decision applied is the last one received. The formation mapping checks the wish's VET — the Oui VET
 * for F, the Oui-Si VET of the category's course length for S — and flags a mismatch; it never replaces it.
 */
public final class Inscriptibilite {

    public static final String VET_HORS_FORMATIONS = "VET_HORS_FORMATIONS";
    public static final String CATEGORIE_OUI_SI_NON_PARAMETREE = "CATEGORIE_OUI_SI_NON_PARAMETREE";
    public static final String VET_NE_CORRESPOND_PAS_A_LA_DECISION = "VET_NE_CORRESPOND_PAS_A_LA_DECISION";

    private Inscriptibilite() {
    }

    /**
     * @param formation the formation whose VETs include the wish's VET, when the mapping has one
     */
    public static Offre evaluer(Voeu voeu, boolean laissezPasserActif, Optional<Formation> formation) {
        List<String> anomalies = new ArrayList<>();
        if (formation.isEmpty()) {
            anomalies.add(VET_HORS_FORMATIONS);
        }
        Optional<Decision> decision = voeu.decision();
        boolean ferme = voeu.estFerme();
        if (ferme && !laissezPasserActif) {
            Offre.Motif motif = voeu.estActif() ? Offre.Motif.DEFAVORABLE : Offre.Motif.RETIRE;
            return new Offre(false, motif, null, null, null, null, null, code(formation), libelle(formation), anomalies);
        }
        Offre.Motif motif = ferme ? Offre.Motif.LAISSEZ_PASSER : null;
        VoeuOpi donnees = voeu.donnees();
        if (decision.isPresent() && decision.get() == Decision.S) {
            Optional<CategorieOuiSi> categorie = formation.flatMap(f -> f.categorie(donnees.codCatOuiSi()));
            Optional<Vet> attendue = categorie.flatMap(c -> formation.get().vetOuiSi(c.dureeAnnees()));
            if (formation.isPresent() && categorie.isEmpty()) {
                anomalies.add(CATEGORIE_OUI_SI_NON_PARAMETREE);
            } else if (categorie.isPresent() && !attendue.equals(Optional.of(Vet.de(voeu)))) {
                anomalies.add(VET_NE_CORRESPOND_PAS_A_LA_DECISION);
            }
            return new Offre(true, motif == null ? Offre.Motif.OUI_SI : motif, Vet.de(voeu),
                    donnees.codCatOuiSi(), donnees.mtfCat(), categorie.map(CategorieOuiSi::dureeAnnees).orElse(null),
                    categorie.map(CategorieOuiSi::cursusAmenage).orElse(null), code(formation), libelle(formation), anomalies);
        }
        if (motif == null && formation.isPresent() && !formation.get().vetOui().equals(Vet.de(voeu))) {
            anomalies.add(VET_NE_CORRESPOND_PAS_A_LA_DECISION);
        }
        return new Offre(true, motif == null ? Offre.Motif.FAVORABLE : motif, Vet.de(voeu), null, null, null, null,
                code(formation), libelle(formation), anomalies);
    }

    private static Integer code(Optional<Formation> formation) {
        return formation.map(Formation::codeFormationPsup).orElse(null);
    }

    private static String libelle(Optional<Formation> formation) {
        return formation.map(Formation::libelle).orElse(null);
    }
}
