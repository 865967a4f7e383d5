package fr.opiconnector.web.admin;

import fr.opiconnector.journal.ClesFaute;
import fr.opiconnector.journal.Resultat;
import fr.opiconnector.reception.Decision;
import fr.opiconnector.reception.Historique;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * What the pages show a person, in French: dates 03/04/2008, times 03/12/2026 08:19 in Europe/Paris, outcomes, history
 * events and decisions as words. Plain text: the templates escape it, put the code beside it as a tooltip
 * ({@code tag/code.jte}) and keep a time's exact instant in a {@code <time datetime>} ({@code tag/heure.jte}).
 */
public final class Affichage {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Map<String, String> CLES = Map.ofEntries(
            Map.entry(ClesFaute.REQUETE_ILLISIBLE, "requête illisible"),
            Map.entry(ClesFaute.ESPACE_DE_NOMS_INCONNU, "espace de noms inconnu"),
            Map.entry(ClesFaute.DOSSIER_INTROUVABLE, "dossier introuvable"),
            Map.entry(ClesFaute.VOEU_INTROUVABLE, "vœu introuvable"),
            Map.entry(ClesFaute.INSCRIPTION_INTROUVABLE, "inscription introuvable"),
            Map.entry(ClesFaute.CONNEXION, "base de données injoignable"),
            Map.entry(ClesFaute.ENREGISTREMENT, "erreur d'enregistrement"),
            Map.entry(ClesFaute.ISSUE_INCONNUE, "issue inconnue"),
            Map.entry("technical.security.invaliduser.user", "identifiants refusés"),
            Map.entry("technical.security.invaliduser.adresse", "adresse non autorisée"),
            Map.entry("technical.security.invaliduser.occupe", "vérifications d'identifiants saturées"));

    private Affichage() {
    }

    /** A date of the contract (JJMMAAAA) or a LocalDate as 03/04/2008; anything else as it is. */
    public static String date(Object valeur) {
        if (valeur instanceof LocalDate jour) {
            return JOUR.format(jour);
        }
        String texte = valeur == null ? "" : valeur.toString();
        return texte.matches("[0-9]{8}") ? texte.substring(0, 2) + "/" + texte.substring(2, 4) + "/" + texte.substring(4)
                : texte;
    }

    /** An instant or its ISO text; null when there is none or it cannot be read. */
    public static Instant instant(Object valeur) {
        if (valeur == null) {
            return null;
        }
        try {
            return valeur instanceof Instant i ? i : Instant.parse(valeur.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An instant (or its ISO text) as 03/12/2026 08:19, Paris time; a text that is no instant as it is. */
    public static String heure(Object valeur) {
        Instant instant = instant(valeur);
        return instant == null ? (valeur == null ? "" : valeur.toString()) : HEURE.format(instant.atZone(PARIS));
    }

    /** The codes behind an outcome, for the tooltip. */
    public static String codesResultat(String code, String cleFaute) {
        return code + (cleFaute == null ? "" : " " + cleFaute);
    }

    /** An outcome in words, with its fault's meaning when refused. */
    public static String resultat(String code, String cleFaute) {
        String libelle;
        try {
            libelle = Resultat.depuisCode(code).libelle();
        } catch (IllegalArgumentException inconnu) {
            libelle = code;
        }
        return cleFaute == null ? libelle : libelle + " : " + faute(cleFaute);
    }

    /** A fault key in words: a contract field's key names the field. */
    public static String faute(String cle) {
        if (CLES.containsKey(cle)) {
            return CLES.get(cle);
        }
        if (cle.startsWith(ClesFaute.DONNEE_INVALIDE)) {
            return "donnée invalide (" + cle.substring(ClesFaute.DONNEE_INVALIDE.length()) + ")";
        }
        return cle;
    }

    /** A history event in words. */
    public static String evenement(String code) {
        String libelle;
        try {
            libelle = Historique.Evenement.valueOf(code).libelle();
        } catch (IllegalArgumentException inconnu) {
            libelle = code;
        }
        return libelle;
    }

    /** A wish's state in words: still in the OPI, or withdrawn from it. */
    public static String etatVoeu(String code) {
        return switch (code == null ? "" : code) {
            case "ACTIF" -> "dans l'OPI";
            case "RETIRE" -> "retiré de l'OPI";
            default -> code == null ? "" : code;
        };
    }

    /** A decision as Parcoursup words it (Oui, Oui-Si, Non). */
    public static String decision(String code) {
        return Decision.depuisCode(code).map(Decision::reponse).orElse(code == null ? "" : code);
    }
}
