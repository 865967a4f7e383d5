package fr.opiconnector.export;

import static fr.opiconnector.export.Acces.de;

import fr.opiconnector.reception.Adresse;
import fr.opiconnector.reception.DonneesIndividu;
import fr.opiconnector.reception.DonneesNaissance;
import fr.opiconnector.reception.DonneesPersonnelles;
import fr.opiconnector.reception.EtatCivil;
import fr.opiconnector.inscription.Formation;

import fr.opiconnector.export.IndividuExporte.VoeuExporte;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Pégase OPI import files, in eCandidat's layout (its Pégase OPI export): candidat.csv (one row per candidate),
 * candidature.csv (one row per wish) and inscription.csv (one row per candidate with up to five wishes). UTF-8, ';',
 * no quoting, a header line, "\n". A candidate is exported with the wishes it may register on: still in the OPI with
 * decision F or S. The Parcoursup codes of a wish come from the formation mapping (the formation holding the wish's
 * VET as its Oui or Oui-Si VET).
 */
public final class ExportPegase {

    public static final String CANDIDAT = "candidat.csv";
    public static final String CANDIDATURE = "candidature.csv";
    public static final String INSCRIPTION = "inscription.csv";
    public static final String A_COMPLETER = "pegase-a-completer.csv";

    /** Apogée and Pégase both code France 100. */
    static final String PAYS_FRANCE = "100";
    static final int VOEUX_PAR_INSCRIPTION = 5;

    public static final List<String> COLONNES_CANDIDAT = List.of("numero_candidat", "sexe", "nom_famille", "nom_usuel",
            "prenom", "prenom2", "prenom3", "date_naissance", "code_pays_naissance", "code_commune_naissance",
            "libelle_commune_naissance", "code_nationalite", "ine", "adresse_code_pays", "adresse_ligne1_etage",
            "adresse_ligne2_batiment", "adresse_ligne3_voie", "adresse_ligne4_complement", "adresse_code_postal",
            "adresse_code_commune", "adresse_cp_ville_etranger", "numero_telephone1", "numero_telephone2", "courriel");

    public static final List<String> COLONNES_CANDIDATURE = List.of("numero_candidat", "origine_admission",
            "voie_admission", "annee_concours", "code_voeu", "code_periode", "code_formation_psup", "code_sise",
            "code_etablissement_affectation");

    public static final List<String> COLONNES_INSCRIPTION = colonnesInscription();

    private static final String CANDIDAT_INCOMPLET = "candidate row incomplete (see " + CANDIDAT + ")";
    private static final String SANS_CANDIDATURE = "no complete candidature row (see " + CANDIDATURE + ")";

    private final Repertoire repertoire;
    private final String origineAdmission;
    private final String fichierCandidat;
    private final String fichierCandidature;
    private final String fichierInscription;
    private final ACompleter aCompleter = new ACompleter();

    private ExportPegase(Repertoire repertoire, String origineAdmission, String candidat, String candidature,
            String inscription) {
        this.repertoire = repertoire;
        this.origineAdmission = origineAdmission;
        this.fichierCandidat = candidat;
        this.fichierCandidature = candidature;
        this.fichierInscription = inscription;
    }

    private static String nomDate(String fichier, String suffixe) {
        return fichier.replace(".csv", suffixe + ".csv");
    }

    /** Writes the three files and the to-complete list into the directory (created when missing). */
    public static Bilan exporter(ExportService exports, Path dossier, String origineAdmission) throws IOException {
        return exporter(exports, dossier, origineAdmission, null, null);
    }

    /**
     * With depuis, only the candidates created or changed since then, in files named after the day
     * ({@code candidat-yyyyMMdd.csv}, …), as eCandidat's daily export writes them.
     */
    public static Bilan exporter(ExportService exports, Path dossier, String origineAdmission, Instant depuis,
            LocalDate jour) throws IOException {
        String suffixe = depuis == null ? "" : "-" + DateTimeFormatter.BASIC_ISO_DATE.format(jour);
        String candidat = nomDate(CANDIDAT, suffixe);
        String candidature = nomDate(CANDIDATURE, suffixe);
        String inscription = nomDate(INSCRIPTION, suffixe);
        try (Repertoire repertoire = new Repertoire(dossier)) {
            repertoire.ouvrir(candidat, StandardCharsets.UTF_8, String.join(";", COLONNES_CANDIDAT));
            repertoire.ouvrir(candidature, StandardCharsets.UTF_8, String.join(";", COLONNES_CANDIDATURE));
            repertoire.ouvrir(inscription, StandardCharsets.UTF_8, String.join(";", COLONNES_INSCRIPTION));
            ExportPegase export = new ExportPegase(repertoire, origineAdmission, candidat, candidature, inscription);
            exports.parcourir(depuis == null ? Instant.EPOCH : depuis, export::ajouter);
            return export.aCompleter.conclure(repertoire, A_COMPLETER);
        }
    }

    private void ajouter(IndividuExporte dossier) {
        List<VoeuExporte> voeux = dossier.voeux().stream().filter(VoeuExporte::inscriptible).toList();
        if (voeux.isEmpty()) {
            return;
        }
        String code = dossier.codOpiIntEpo();
        LigneCsv candidat = candidat(dossier.individu());
        List<LigneCsv> candidatures = voeux.stream().map(v -> candidature(code, v, origineAdmission)).toList();
        if (!candidat.complete()) {
            candidat.problemes().forEach(p -> aCompleter.lister(fichierCandidat, code, "", p));
            for (int k = 0; k < voeux.size(); k++) {
                LigneCsv candidature = candidatures.get(k);
                String vet = voeux.get(k).vet().toString();
                if (candidature.complete()) {
                    aCompleter.lister(fichierCandidature, code, vet, CANDIDAT_INCOMPLET);
                } else {
                    candidature.problemes().forEach(p -> aCompleter.lister(fichierCandidature, code, vet, p));
                }
            }
            aCompleter.lister(fichierInscription, code, "", CANDIDAT_INCOMPLET);
            return;
        }
        List<LigneCsv> completes = new ArrayList<>();
        List<VoeuExporte> ecrits = new ArrayList<>();
        for (int k = 0; k < voeux.size(); k++) {
            LigneCsv candidature = candidatures.get(k);
            String vet = voeux.get(k).vet().toString();
            if (candidature.complete()) {
                completes.add(candidature);
                ecrits.add(voeux.get(k));
            } else {
                candidature.problemes().forEach(p -> aCompleter.lister(fichierCandidature, code, vet, p));
            }
        }
        if (completes.isEmpty()) {
            aCompleter.lister(fichierCandidat, code, "", SANS_CANDIDATURE);
            aCompleter.lister(fichierInscription, code, "", SANS_CANDIDATURE);
            return;
        }
        LigneCsv inscription = inscription(dossier.individu(), ecrits.stream().map(VoeuExporte::formation).toList(), origineAdmission);
        if (!inscription.complete()) {
            throw new IllegalStateException("inscription row of " + code + " has problems its candidate row has not: "
                    + inscription.problemes());
        }
        repertoire.ecrire(fichierCandidat, candidat.texte(COLONNES_CANDIDAT));
        completes.forEach(c -> repertoire.ecrire(fichierCandidature, c.texte(COLONNES_CANDIDATURE)));
        repertoire.ecrire(fichierInscription, inscription.texte(COLONNES_INSCRIPTION));
        for (VoeuExporte enTrop : ecrits.subList(Math.min(VOEUX_PAR_INSCRIPTION, ecrits.size()), ecrits.size())) {
            aCompleter.lister(fichierInscription, code, enTrop.vet().toString(), fichierInscription + " holds at most "
                    + VOEUX_PAR_INSCRIPTION + " wishes per candidate (the wish is in " + fichierCandidature + ")");
        }
    }

    private static LigneCsv candidat(DonneesIndividu i) {
        EtatCivil ec = i.etatCivil();
        DonneesNaissance n = i.donneesNaissance();
        DonneesPersonnelles p = i.donneesPersonnelles();
        Adresse a = i.adresseFixe();
        LigneCsv ligne = new LigneCsv()
                .obligatoire("numero_candidat", i.codOpiIntEpo())
                .obligatoire("sexe", de(ec, EtatCivil::codSexEtuOpi))
                .obligatoire("nom_famille", de(ec, EtatCivil::libNomPatIndOpi))
                .valeur("nom_usuel", de(ec, EtatCivil::libNomUsuIndOpi))
                .obligatoire("prenom", de(ec, EtatCivil::libPr1IndOpi))
                .valeur("prenom2", de(ec, EtatCivil::libPr2IndOpi))
                .valeur("prenom3", de(ec, EtatCivil::libPr3IndOpi));
        dateNaissance(ligne, n);
        ligne.valeur("code_pays_naissance", paysNaissance(n))
                .valeur("code_commune_naissance", de(n, DonneesNaissance::codComNaiEtuOpi))
                .valeur("libelle_commune_naissance", de(n, DonneesNaissance::libVilNaiEtuOpi))
                .valeur("code_nationalite", de(n, DonneesNaissance::codPayNat))
                .valeur("ine", de(ec, EtatCivil::codNneIndOpi));
        adresse(ligne, a);
        return ligne
                .valeur("adresse_code_postal", de(a, Adresse::codBdi))
                .valeur("adresse_code_commune", de(a, Adresse::codCom))
                .valeur("adresse_cp_ville_etranger", de(a, Adresse::libAde))
                .valeur("numero_telephone1", de(a, Adresse::numTel))
                .valeur("numero_telephone2", de(p, DonneesPersonnelles::numTelPorOpi))
                .valeur("courriel", de(p, DonneesPersonnelles::adrMailOpi));
    }

    /** The address columns both files share: Apogée's lib1 is the street (voie), lib2 the floor, lib3 the building. */
    private static void adresse(LigneCsv ligne, Adresse a) {
        ligne.valeur("adresse_code_pays", de(a, Adresse::codPay))
                .valeur("adresse_ligne1_etage", de(a, Adresse::lib2))
                .valeur("adresse_ligne2_batiment", de(a, Adresse::lib3))
                .valeur("adresse_ligne3_voie", de(a, Adresse::lib1))
                .valeur("adresse_ligne4_complement", null);
    }

    private static LigneCsv candidature(String code, VoeuExporte voeu, String origineAdmission) {
        LigneCsv ligne = new LigneCsv()
                .obligatoire("numero_candidat", code)
                .valeur("origine_admission", origineAdmission)
                .valeur("voie_admission", null)
                .valeur("annee_concours", null);
        if (voeu.formationMappee().isEmpty()) {
            return ligne.valeur("code_voeu", null).valeur("code_periode", null)
                    .valeur("code_formation_psup", null).valeur("code_sise", null)
                    .valeur("code_etablissement_affectation", null)
                    .probleme("no formation of the mapping (formations.csv) holds VET " + voeu.vet());
        }
        Formation f = voeu.formation();
        ligne.valeur("code_voeu", f.codeVoeuPegase().orElse(null))
                .valeur("code_periode", f.codePeriodePegase().orElse(null));
        if (f.codeVoeuPegase().isEmpty() || f.codePeriodePegase().isEmpty()) {
            ligne.probleme("formation " + f.codeFormationPsup() + " has no codeVoeuPegase and codePeriodePegase in the "
                    + "mapping (formations.csv)");
        }
        return ligne.obligatoire("code_formation_psup", Integer.toString(f.codeFormationPsup()))
                .obligatoire("code_sise", f.codeSise())
                .obligatoire("code_etablissement_affectation", f.uaiAffectation());
    }

    /** @param formations the formations of the candidate's written candidatures, in order */
    private static LigneCsv inscription(DonneesIndividu i, List<Formation> formations, String origineAdmission) {
        EtatCivil ec = i.etatCivil();
        DonneesNaissance n = i.donneesNaissance();
        DonneesPersonnelles p = i.donneesPersonnelles();
        Adresse a = i.adresseFixe();
        LigneCsv ligne = new LigneCsv()
                .obligatoire("nom_naissance", de(ec, EtatCivil::libNomPatIndOpi))
                .valeur("nom_usage", de(ec, EtatCivil::libNomUsuIndOpi))
                .obligatoire("prenom", de(ec, EtatCivil::libPr1IndOpi))
                .valeur("prenom2", de(ec, EtatCivil::libPr2IndOpi))
                .valeur("prenom3", de(ec, EtatCivil::libPr3IndOpi))
                .obligatoire("sexe", de(ec, EtatCivil::codSexEtuOpi));
        dateNaissance(ligne, n);
        ligne.valeur("code_pays_naissance", paysNaissance(n))
                .valeur("code_commune_naissance", de(n, DonneesNaissance::codComNaiEtuOpi))
                .valeur("libelle_commune_naissance_etranger", "P".equals(de(n, DonneesNaissance::codTypDepPayNai))
                        ? de(n, DonneesNaissance::libVilNaiEtuOpi) : null)
                .valeur("code_nationalite", de(n, DonneesNaissance::codPayNat))
                .valeur("ine", de(ec, EtatCivil::codNneIndOpi));
        adresse(ligne, a);
        ligne.valeur("adresse_ligne5_etranger", de(a, Adresse::libAde))
                .valeur("adresse_code_postal", de(a, Adresse::codBdi))
                .valeur("adresse_code_commune", de(a, Adresse::codCom))
                .valeur("numero_telephone1", de(a, Adresse::numTel))
                .valeur("numero_telephone2", de(p, DonneesPersonnelles::numTelPorOpi))
                .valeur("mail", de(p, DonneesPersonnelles::adrMailOpi));
        for (int k = 1; k <= VOEUX_PAR_INSCRIPTION; k++) {
            Formation f = k <= formations.size() ? formations.get(k - 1) : null;
            ligne.valeur("origine_admission" + k, f != null ? origineAdmission : null)
                    .valeur("annee_concours" + k, null)
                    .valeur("code_voeu" + k, f == null ? null : f.codeVoeuPegase().orElse(null))
                    .valeur("code_periode" + k, f == null ? null : f.codePeriodePegase().orElse(null));
        }
        return ligne;
    }

    /** date_naissance as dd/MM/yyyy (eCandidat's format) from the OPI's DDMMYYYY. */
    private static void dateNaissance(LigneCsv ligne, DonneesNaissance n) {
        String date = de(n, DonneesNaissance::dateNaiIndOpi);
        if (Acces.vide(date)) {
            ligne.obligatoire("date_naissance", null);
        } else if (date.matches("[0-9]{8}")) {
            ligne.valeur("date_naissance", date.substring(0, 2) + "/" + date.substring(2, 4) + "/" + date.substring(4));
        } else {
            ligne.valeur("date_naissance", null).probleme("date_naissance: the stored birth date is not DDMMYYYY");
        }
    }

    /** Born abroad (P): the country code sent; born in a French département (D): France. */
    private static String paysNaissance(DonneesNaissance n) {
        String type = de(n, DonneesNaissance::codTypDepPayNai);
        if ("P".equals(type)) {
            return n.codDepPayNai();
        }
        return "D".equals(type) ? PAYS_FRANCE : null;
    }

    private static List<String> colonnesInscription() {
        List<String> colonnes = new ArrayList<>(List.of("nom_naissance", "nom_usage", "prenom", "prenom2", "prenom3",
                "sexe", "date_naissance", "code_pays_naissance", "code_commune_naissance",
                "libelle_commune_naissance_etranger", "code_nationalite", "ine", "adresse_code_pays",
                "adresse_ligne1_etage", "adresse_ligne2_batiment", "adresse_ligne3_voie", "adresse_ligne4_complement",
                "adresse_ligne5_etranger", "adresse_code_postal", "adresse_code_commune", "numero_telephone1",
                "numero_telephone2", "mail"));
        for (int k = 1; k <= VOEUX_PAR_INSCRIPTION; k++) {
            colonnes.addAll(List.of("origine_admission" + k, "annee_concours" + k, "code_voeu" + k, "code_periode" + k));
        }
        return List.copyOf(colonnes);
    }
}
