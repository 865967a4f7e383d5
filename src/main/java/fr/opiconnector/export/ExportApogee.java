package fr.opiconnector.export;

import static fr.opiconnector.export.Acces.de;

import fr.opiconnector.reception.Adresse;
import fr.opiconnector.reception.Bac;
import fr.opiconnector.reception.DonneesIndividu;
import fr.opiconnector.reception.DonneesNaissance;
import fr.opiconnector.reception.DonneesPersonnelles;
import fr.opiconnector.reception.EtatCivil;
import fr.opiconnector.inscription.Vet;
import fr.opiconnector.reception.VoeuOpi;

import fr.opiconnector.export.IndividuExporte.VoeuExporte;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Apogée OPI load files of the operational note (fiche pratique Parcoursup–Apogée §I.B–C), in the flat layout of
 * Strasbourg's ARIA tool: candidate lines and wish lines in separate files, fields of fixed width separated by ':',
 * ISO-8859-1, "\n", no header. Two sets: the usual file (wishes still in the OPI with decision F or S) and the second
 * file of unfavourable wishes (decision D — failed bac, withdrawn candidature — or wishes no longer in the OPI).
 */
public final class ExportApogee {

    public static final String CANDIDATS = "candidats.opi";
    public static final String VOEUX = "voeux.opi";
    public static final String CANDIDATS_DEFAVORABLES = "candidats-defavorables.opi";
    public static final String VOEUX_DEFAVORABLES = "voeux-defavorables.opi";
    public static final String A_COMPLETER = "apogee-a-completer.csv";
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final Pattern CAMPAGNE = Pattern.compile("P([0-9]{2})[0-9]{7}");

    /** Apogée's country code of France. */
    private static final String FRANCE = "100";
    private static final String CANDIDAT_INCOMPLET = "candidate line incomplete (see ";
    private static final String SANS_VOEU = "no complete wish line (see ";

    /** One set of files: the candidates of its wishes, then the wishes. */
    private record Jeu(String candidats, String voeux, Predicate<VoeuExporte> selection) {
    }

    private static final List<Jeu> JEUX = List.of(new Jeu(CANDIDATS, VOEUX, VoeuExporte::inscriptible),
            new Jeu(CANDIDATS_DEFAVORABLES, VOEUX_DEFAVORABLES, VoeuExporte::defavorable));

    private final Repertoire repertoire;
    private final String laissezPasser;
    private final Integer annee;
    private final ACompleter aCompleter = new ACompleter();

    private ExportApogee(Repertoire repertoire, String laissezPasser, Integer annee) {
        this.repertoire = repertoire;
        this.laissezPasser = laissezPasser;
        this.annee = annee;
    }

    /** The laissez-passer file of an export run on that day, as ARIA names it. */
    public static String fichierLaissezPasser(LocalDate jour) {
        return "laisser_passer_" + JOUR.format(jour) + ".opi";
    }

    /**
     * Writes the four files, the laissez-passer file ({@code laisser_passer_<yyyyMMdd>.opi}, one line
     * {@code INE:CET:VET:PERIODE:} per active laissez-passer) and the to-complete list into the directory (created
     * when missing). annee: the PERIODE written; null takes the campaign year of each OPI code (P26… → 2026).
     */
    public static Bilan exporter(ExportService exports, Path dossier, LocalDate jour, Integer annee) throws IOException {
        try (Repertoire repertoire = new Repertoire(dossier)) {
            for (Jeu jeu : JEUX) {
                repertoire.ouvrir(jeu.candidats(), StandardCharsets.ISO_8859_1, null);
                repertoire.ouvrir(jeu.voeux(), StandardCharsets.ISO_8859_1, null);
            }
            String laissezPasser = fichierLaissezPasser(jour);
            repertoire.ouvrir(laissezPasser, StandardCharsets.ISO_8859_1, null);
            ExportApogee export = new ExportApogee(repertoire, laissezPasser, annee);
            exports.parcourir(export::ajouter);
            return export.aCompleter.conclure(repertoire, A_COMPLETER);
        }
    }

    private void ajouter(IndividuExporte dossier) {
        String code = dossier.codOpiIntEpo();
        for (Vet vet : dossier.laissezPasser()) {
            ajouterLaissezPasser(dossier.individu(), vet);
        }
        for (VoeuExporte voeu : dossier.voeux()) {
            if (voeu.decision().isEmpty()) {
                aCompleter.lister(VOEUX, code, voeu.vet().toString(), "codDecVeu is missing or not F, S or D");
            }
        }
        for (Jeu jeu : JEUX) {
            List<VoeuExporte> voeux = dossier.voeux().stream().filter(jeu.selection()).toList();
            if (!voeux.isEmpty()) {
                ajouter(jeu, dossier.individu(), voeux);
            }
        }
    }

    private void ajouter(Jeu jeu, DonneesIndividu individu, List<VoeuExporte> voeux) {
        String code = individu.codOpiIntEpo();
        LigneFixe candidat = candidat(individu);
        if (!candidat.complete()) {
            candidat.problemes().forEach(p -> aCompleter.lister(jeu.candidats(), code, "", p));
            voeux.forEach(v -> aCompleter.lister(jeu.voeux(), code, v.vet().toString(), CANDIDAT_INCOMPLET + jeu.candidats() + ")"));
            return;
        }
        List<String> lignes = new ArrayList<>();
        for (VoeuExporte voeu : voeux) {
            LigneFixe ligne = voeu(individu, voeu.donnees());
            if (ligne.complete()) {
                lignes.add(ligne.ligne(":"));
            } else {
                ligne.problemes().forEach(p -> aCompleter.lister(jeu.voeux(), code, voeu.vet().toString(), p));
            }
        }
        if (lignes.isEmpty()) {
            aCompleter.lister(jeu.candidats(), code, "", SANS_VOEU + jeu.voeux() + ")");
            return;
        }
        repertoire.ecrire(jeu.candidats(), candidat.ligne(""));
        lignes.forEach(l -> repertoire.ecrire(jeu.voeux(), l));
    }

    /** INE:CET:VET:PERIODE: — the INE, the étape, the VET version and the academic year, in ARIA's layout. */
    private void ajouterLaissezPasser(DonneesIndividu individu, Vet vet) {
        String code = individu.codOpiIntEpo();
        String ine = de(individu.etatCivil(), EtatCivil::codNneIndOpi);
        Matcher campagne = CAMPAGNE.matcher(code);
        Integer periode = annee != null ? annee : campagne.matches() ? 2000 + Integer.parseInt(campagne.group(1)) : null;
        if (Acces.vide(ine)) {
            aCompleter.lister(laissezPasser, code, vet.toString(), "codNneIndOpi is missing: ARIA's laissez-passer line starts with the INE");
        } else if (periode == null) {
            aCompleter.lister(laissezPasser, code, vet.toString(), "no campaign year in the OPI code: give --annee");
        } else {
            repertoire.ecrire(laissezPasser, ine + ":" + vet.codEtp() + ":" + vet.codVrsVet() + ":" + periode + ":");
        }
    }

    /**
     * OPI number, nationality, INE and its key, birth date, relative-date flag, bac year and code, birth name, first
     * and second given names, birth town, birth département or country and its type (D/P), address country, two
     * address lines, phone, sex, e-mail, name in use.
     */
    private static LigneFixe candidat(DonneesIndividu i) {
        EtatCivil ec = i.etatCivil();
        DonneesNaissance n = i.donneesNaissance();
        DonneesPersonnelles p = i.donneesPersonnelles();
        Adresse a = i.adresseFixe();
        Bac bac = i.bac();
        LigneFixe ligne = new LigneFixe()
                .obligatoire("codOpiIntEpo", i.codOpiIntEpo(), 10)
                .texte("codPayNat", de(n, DonneesNaissance::codPayNat), 3);
        String ine = de(ec, EtatCivil::codNneIndOpi);
        if (Acces.vide(ine)) {
            ligne.texte("codNneIndOpi", null, 10).texte("codNneIndOpi key", null, 1);
        } else if (ine.length() == 11) {
            ligne.texte("codNneIndOpi", ine.substring(0, 10), 10).texte("codNneIndOpi key", ine.substring(10), 1);
        } else {
            ligne.texte("codNneIndOpi", null, 10).texte("codNneIndOpi key", null, 1)
                    .probleme("codNneIndOpi is not an 11-character INE (10 characters and the key)");
        }
        String date = de(n, DonneesNaissance::dateNaiIndOpi);
        ligne.obligatoire("dateNaiIndOpi", date, 8);
        if (!Acces.vide(date) && !date.matches("[0-9]{8}")) {
            ligne.probleme("dateNaiIndOpi is not DDMMYYYY");
        }
        return ligne
                .obligatoire("temDateNaiRelOpi", de(n, DonneesNaissance::temDateNaiRelOpi), 1)
                .texte("daaObtBacOba", de(bac, Bac::daaObtBacOba), 4)
                .texte("codBac", de(bac, Bac::codBac), 4)
                .obligatoire("libNomPatIndOpi", ConventionsApogee.nom(de(ec, EtatCivil::libNomPatIndOpi)), 30)
                .obligatoire("libPr1IndOpi", ConventionsApogee.nom(de(ec, EtatCivil::libPr1IndOpi)), 20)
                .texte("libPr2IndOpi", ConventionsApogee.nom(de(ec, EtatCivil::libPr2IndOpi)), 20)
                .texte("libVilNaiEtuOpi", ConventionsApogee.nom(de(n, DonneesNaissance::libVilNaiEtuOpi)), 30)
                .texte("codDepPayNai", de(n, DonneesNaissance::codDepPayNai), 3)
                .texte("codTypDepPayNai", de(n, DonneesNaissance::codTypDepPayNai), 1)
                .texte("adresseFixe.codPay", de(a, Adresse::codPay), 3)
                .texte("adresseFixe.lib1", de(a, Adresse::lib1), 32)
                .texte("adresseFixe.lib2", deuxiemeLigne(a), 32)
                .texte("numTelPorOpi", Acces.premier(de(p, DonneesPersonnelles::numTelPorOpi), de(a, Adresse::numTel)), 15)
                .texte("codSexEtuOpi", de(ec, EtatCivil::codSexEtuOpi), 1)
                .texte("adrMailOpi", de(p, DonneesPersonnelles::adrMailOpi), 200)
                .texte("libNomUsuIndOpi", ConventionsApogee.nom(Acces.premier(de(ec, EtatCivil::libNomUsuIndOpi),
                        de(ec, EtatCivil::libNomPatIndOpi))), 30);
    }

    /**
     * The address's second field: for a French address (country 100, or none), « code postal + ville » as ARIA writes
     * it — the OPI carries the town's name only in libAde (for a French address it often carries only the INSEE code
     * codCom, which is not written here); for a foreign address, its second line.
     */
    static String deuxiemeLigne(Adresse a) {
        if (a == null) {
            return null;
        }
        if (!Acces.vide(a.codPay()) && !FRANCE.equals(a.codPay())) {
            return a.lib2();
        }
        String ligne = ((Acces.vide(a.codBdi()) ? "" : a.codBdi()) + " "
                + (Acces.vide(a.libAde()) ? "" : ConventionsApogee.nom(a.libAde()))).strip();
        return ligne.isEmpty() ? null : ligne;
    }

    /** OPI number, birth name, first given name, centre de gestion, étape, VET version, rank; ends with ':'. */
    private static LigneFixe voeu(DonneesIndividu i, VoeuOpi v) {
        return new LigneFixe()
                .obligatoire("codOpiIntEpo", i.codOpiIntEpo(), 10)
                .obligatoire("libNomPatIndOpi", ConventionsApogee.nom(de(i.etatCivil(), EtatCivil::libNomPatIndOpi)), 30)
                .obligatoire("libPr1IndOpi", ConventionsApogee.nom(de(i.etatCivil(), EtatCivil::libPr1IndOpi)), 20)
                .obligatoire("codCge", v.codCge(), 3)
                .obligatoire("codEtp", v.codEtp(), 6)
                .obligatoire("codVrsVet", v.codVrsVet() == null ? null : Integer.toString(v.codVrsVet()), 3)
                .nombre("numCls", v.numCls(), 2);
    }
}
