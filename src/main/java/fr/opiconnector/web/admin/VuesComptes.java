package fr.opiconnector.web.admin;

import fr.opiconnector.securite.Audit;
import fr.opiconnector.securite.Compte;
import fr.opiconnector.securite.ComptesService;
import fr.opiconnector.securite.Profil;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What the account pages' templates show, computed here so that the templates only print text (escaped). */
public final class VuesComptes {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private VuesComptes() {
    }

    /** A time as 03/12/2026 08:19 (Paris) with its exact instant for {@code <time datetime>}; empty text for none. */
    public record Heure(String texte, String iso) {

        static Heure de(Instant instant) {
            return instant == null ? new Heure("", "") : new Heure(HEURE.format(instant.atZone(PARIS)), instant.toString());
        }

        public boolean vide() {
            return iso.isEmpty();
        }
    }

    /** One profile's box: its code, and whether it is ticked. */
    public record CaseProfil(String code, boolean cochee) {

        static List<CaseProfil> de(Set<Profil> cochees) {
            return EnumSet.allOf(Profil.class).stream().map(p -> new CaseProfil(p.code(), cochees.contains(p))).toList();
        }
    }

    /** One row of the accounts list. */
    public record LigneCompte(String login, String nom, String email, String telephone, String profils,
            List<CaseProfil> cases, String etat, String classeEtat, Heure jusqua, Heure derniereConnexion,
            boolean actif, boolean verrouille, String facteur) {

        static LigneCompte de(ComptesService.CompteVue c) {
            String etat = c.etat().libelle();
            Heure jusqua = Heure.de(c.etat() == Compte.Etat.EN_ATTENTE ? c.activationExpire() : c.verrouilleJusqua());
            return new LigneCompte(c.login(), c.nom(), c.email(), c.telephone() == null ? "" : c.telephone(),
                    c.profils().stream().map(Profil::code).sorted().collect(Collectors.joining(", ")), CaseProfil.de(c.profils()),
                    etat, c.etat() == Compte.Etat.ACTIF ? "ok" : c.etat() == Compte.Etat.EN_ATTENTE ? "" : "ko", jusqua,
                    Heure.de(c.derniereConnexion()), c.actif(), c.verrouilleJusqua() != null, VuesComptes.facteur(c.secondFacteur()));
        }
    }

    static String facteur(Compte.SecondFacteur facteur) {
        return facteur == null ? "aucun (compte non activé)" : facteur == Compte.SecondFacteur.TOTP
                ? "application d'authentification (TOTP)" : "code par e-mail";
    }

    /** A second factor being enrolled: the QR code and key of a TOTP secret (shown to its owner only), or none. */
    public record EnCours(boolean totp, String cle, QrCode qr) {

        static EnCours de(ComptesService.Enrolement e) {
            return e.facteur() == Compte.SecondFacteur.TOTP ? new EnCours(true, groupes(e.secretTotp()),
                    PagesComptes.qr(e.uriTotp())) : new EnCours(false, "", null);
        }

        /** The key in groups of four, easier to type. */
        private static String groupes(String cle) {
            return cle.replaceAll("(.{4})(?=.)", "$1 ");
        }
    }

    /** A QR code drawn on the server (tag/qr.jte): its side in modules, its dark modules as one SVG path. */
    public record QrCode(int cote, String chemin) {
    }

    /** An activation link to hand over, when no e-mail left. */
    public record Lien(String login, String url, String raison) {
    }

    /** One audit row. */
    public record LigneAudit(Heure le, String login, String evenement, String code, String detail, String auteur,
            String adresse, String nombre) {

        static LigneAudit de(Audit a) {
            return new LigneAudit(Heure.de(a.le()), a.login(), a.evenement().libelle(), a.evenement().name(),
                    a.detail() == null ? "" : a.detail(), a.auteur(), a.adresse() == null ? "" : a.adresse(),
                    a.nombre() > 1 ? String.valueOf(a.nombre()) : "");
        }
    }

    /** An event in the audit filter: its code, its words, whether it is the one chosen. */
    public record ChoixEvenement(String code, String libelle, boolean choisi) {

        static List<ChoixEvenement> tous(Audit.Evenement choisi) {
            return EnumSet.allOf(Audit.Evenement.class).stream()
                    .map(e -> new ChoixEvenement(e.name(), e.libelle(), e == choisi)).toList();
        }
    }

    /** The owner's own account. */
    public record Moi(String login, String nom, String email, String telephone, String profils, String facteur,
            boolean facteurEmail) {

        static Moi de(ComptesService.CompteVue c) {
            return new Moi(c.login(), c.nom(), c.email(), c.telephone() == null ? "" : c.telephone(),
                    c.profils().stream().map(Profil::code).sorted().collect(Collectors.joining(", ")),
                    VuesComptes.facteur(c.secondFacteur()), c.secondFacteur() == Compte.SecondFacteur.EMAIL);
        }
    }
}
