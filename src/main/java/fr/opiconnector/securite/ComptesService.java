package fr.opiconnector.securite;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The admin accounts: creation (the first administrator from the command line, the others by an administrator),
 * rights, deactivation, unlocking, a new password, and the state an open session is checked against. Every change
 * writes an audit row. The login itself is {@link ConnexionsService}'s.
 */
public final class ComptesService {

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    public static final int MOT_DE_PASSE_MIN = 12;

    private final EntityManagerFactory emf;
    private final Clock horloge;

    public ComptesService(EntityManagerFactory emf, Clock horloge) {
        this.emf = emf;
        this.horloge = horloge;
    }

    /** A created account and what its owner needs to enrol the second factor (shown once). */
    public record NouveauCompte(String login, String secretTotp, String uriTotp) {
    }

    /** An account as lists show it: no hash, no secret. */
    public record CompteVue(String login, String email, Set<Profil> profils, boolean actif, Instant derniereConnexion,
            Instant verrouilleJusqua) {
    }

    public NouveauCompte ajouter(String login, String email, Set<Profil> profils, String motDePasse, String auteur)
            throws CompteRefuseException {
        String identifiant = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        String adresse = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!LOGIN.matcher(identifiant).matches()) {
            throw new CompteRefuseException("identifiant invalide « " + login + " » : 3 à 64 caractères parmi a-z, 0-9, "
                    + "point, tiret et souligné, commençant par une lettre ou un chiffre");
        }
        if (!EMAIL.matcher(adresse).matches() || adresse.length() > 254) {
            throw new CompteRefuseException("adresse électronique invalide : il faut l'adresse personnelle de la personne");
        }
        if (motDePasse == null || motDePasse.length() < MOT_DE_PASSE_MIN) {
            throw new CompteRefuseException("mot de passe trop court : au moins " + MOT_DE_PASSE_MIN + " caractères");
        }
        Set<Profil> valides;
        try {
            valides = Profil.valides(profils);
        } catch (IllegalArgumentException e) {
            throw new CompteRefuseException(e.getMessage());
        }
        String hache = Argon2.hacher(motDePasse);
        String secret = Totp.nouveauSecret();
        Instant maintenant = horloge.instant();
        try {
            emf.runInTransaction(em -> {
                CompteRepository comptes = new CompteRepository(em);
                if (comptes.loginPris(identifiant)) {
                    throw new Refus("l'identifiant " + identifiant + " existe déjà");
                }
                if (comptes.emailPris(adresse)) {
                    throw new Refus("l'adresse " + adresse + " est déjà celle d'un autre compte : un compte est personnel");
                }
                if (valides.contains(Profil.ADMINISTRATEUR)) {
                    verifierAdministrateurs(em);
                }
                comptes.ajouter(new Compte(identifiant, adresse, valides, hache, secret, maintenant));
                comptes.ajouter(new Audit(maintenant, identifiant, Audit.Evenement.COMPTE_CREE, "profils " + codes(valides),
                        auteur, null));
            });
        } catch (Refus e) {
            throw new CompteRefuseException(e.getMessage());
        }
        return new NouveauCompte(identifiant, secret, Totp.uri(identifiant, secret));
    }

    /** The accounts; the end of a lock only while it holds. */
    public List<CompteVue> lister() {
        Instant maintenant = horloge.instant();
        return emf.callInTransaction(em -> new CompteRepository(em).tous().stream().map(c -> new CompteVue(c.login(), c.email(), c.profils(), c.actif(),
                        c.derniereConnexion(), c.verrouille(maintenant) ? c.verrouilleJusqua() : null)).toList());
    }

    public void changerProfils(String login, Set<Profil> profils, String auteur) throws CompteRefuseException {
        modifier(login, auteur, (em, compte) -> {
            Set<Profil> valides = Profil.valides(profils);
            if (valides.contains(Profil.ADMINISTRATEUR) && !compte.profils().contains(Profil.ADMINISTRATEUR)) {
                verifierAdministrateurs(em);
            }
            if (!valides.contains(Profil.ADMINISTRATEUR)) {
                garderUnAdministrateur(em, compte);
            }
            compte.changerProfils(valides);
            return new Audit(horloge.instant(), compte.login(), Audit.Evenement.DROITS_MODIFIES, "profils " + codes(valides),
                    auteur, null);
        });
    }

    public void desactiver(String login, String auteur) throws CompteRefuseException {
        modifier(login, auteur, (em, compte) -> {
            garderUnAdministrateur(em, compte);
            compte.desactiver();
            return new Audit(horloge.instant(), compte.login(), Audit.Evenement.COMPTE_DESACTIVE, null, auteur, null);
        });
    }

    /** Lifts a lock before its end (the owner asked an administrator); one already over is cleared as well. */
    public void deverrouiller(String login, String auteur) throws CompteRefuseException {
        modifier(login, auteur, (em, compte) -> {
            if (compte.verrouilleJusqua() == null) {
                throw new IllegalArgumentException("le compte " + compte.login() + " n'est pas verrouillé");
            }
            compte.deverrouiller();
            return new Audit(horloge.instant(), compte.login(), Audit.Evenement.COMPTE_DEVERROUILLE, null, auteur, null);
        });
    }

    /** A new password set for the owner (forgotten, or feared known): the account's open sessions end, a lock too. */
    public void changerMotDePasse(String login, String motDePasse, String auteur) throws CompteRefuseException {
        if (motDePasse == null || motDePasse.length() < MOT_DE_PASSE_MIN) {
            throw new CompteRefuseException("mot de passe trop court : au moins " + MOT_DE_PASSE_MIN + " caractères");
        }
        String hache = Argon2.hacher(motDePasse);
        modifier(login, auteur, (em, compte) -> {
            compte.changerMotDePasse(hache);
            return new Audit(horloge.instant(), compte.login(), Audit.Evenement.MOT_DE_PASSE_CHANGE, null, auteur, null);
        });
    }

    /** What an open session is checked against on every request: the account, while it is active. */
    public record EtatCompte(String login, Set<Profil> profils, int generation) {
    }

    /** The account's current state; empty when it does not exist or is deactivated. */
    public Optional<EtatCompte> etat(String login) {
        return emf.callInTransaction(em -> new CompteRepository(em).actif(login)
                .map(c -> new EtatCompte(c.login(), c.profils(), c.generation())));
    }

    /** A file export downloaded from the console, for the audit: it holds personal data. */
    public void exportTelecharge(String login, String quoi, String adresse) {
        emf.runInTransaction(em -> new CompteRepository(em).ajouter(new Audit(horloge.instant(), login,
                Audit.Evenement.EXPORT, "export " + quoi + " téléchargé", login, adresse)));
    }

    /** A logout, for the audit. */
    public void deconnecter(String login, String adresse) {
        emf.runInTransaction(em -> new CompteRepository(em).ajouter(new Audit(horloge.instant(), login,
                Audit.Evenement.DECONNEXION, null, login, adresse)));
    }

    /** The audit rows of one account, newest first. */
    public List<Audit> audit(String login) {
        return emf.callInTransaction(em -> new CompteRepository(em).audit(login));
    }

    private interface Modification {
        Audit appliquer(EntityManager em, Compte compte);
    }

    private void modifier(String login, String auteur, Modification modification) throws CompteRefuseException {
        try {
            emf.runInTransaction(em -> {
                CompteRepository comptes = new CompteRepository(em);
                Compte compte = comptes.pourMiseAJour(login.strip().toLowerCase(Locale.ROOT))
                        .orElseThrow(() -> new Refus("aucun compte " + login));
                try {
                    comptes.ajouter(modification.appliquer(em, compte));
                } catch (IllegalArgumentException e) {
                    throw new Refus(e.getMessage());
                }
            });
        } catch (Refus e) {
            throw new CompteRefuseException(e.getMessage());
        }
    }

    private static long administrateursActifs(EntityManager em) {
        return new CompteRepository(em).actifsPourMiseAJour().stream()
                .filter(c -> c.profils().contains(Profil.ADMINISTRATEUR)).count();
    }

    /** The last active administrator stays: without one, nobody could manage the accounts from the pages. */
    private static void garderUnAdministrateur(EntityManager em, Compte compte) {
        if (compte.actif() && compte.profils().contains(Profil.ADMINISTRATEUR) && administrateursActifs(em) <= 1) {
            throw new Refus("c'est le dernier administrateur actif : créez-en un autre avant de le retirer");
        }
    }

    private static void verifierAdministrateurs(EntityManager em) {
        if (administrateursActifs(em) >= Profil.ADMINISTRATEURS_MAX) {
            throw new Refus("il y a déjà " + Profil.ADMINISTRATEURS_MAX + " administrateurs actifs, le maximum : "
                    + "désactivez-en un d'abord");
        }
    }

    private static String codes(Set<Profil> profils) {
        return profils.stream().map(Profil::code).collect(Collectors.joining(","));
    }

    /** A refusal raised inside a transaction (which rolls back), turned into the checked exception outside. */
    private static final class Refus extends RuntimeException {
        Refus(String message) {
            super(message);
        }
    }
}
