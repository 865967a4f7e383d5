package fr.opiconnector.securite;

import fr.opiconnector.courriel.CourrielNonEnvoyeException;
import fr.opiconnector.courriel.Courriels;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The admin accounts, after the management site's model. An administrator (the first one from the command line)
 * creates an account with a login, a name, an e-mail, an optional mobile phone and its profiles; its owner gets a
 * one-time activation link (by e-mail when a server is configured, else printed or shown to hand over) and sets their
 * own password and enrols their own second factor — nobody else ever sees them. The owner keeps their information,
 * password and factor up to date; an administrator changes profiles, deactivates, reactivates, unlocks, and resets an
 * account (a new link; password and factor cleared). Every change writes an audit row and anything that must end the
 * open sessions bumps the account's generation. The login itself is {@link ConnexionsService}'s.
 */
public final class ComptesService {

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+");
    private static final Pattern TELEPHONE = Pattern.compile("\\+?[0-9][0-9 .()-]{5,30}");
    public static final int MOT_DE_PASSE_MIN = 12;
    private static final int MOT_DE_PASSE_MAX = 1000;
    public static final Duration VALIDITE_ACTIVATION = Duration.ofHours(72);
    public static final Duration VALIDITE_CODE = Duration.ofMinutes(10);
    public static final String CHEMIN_ACTIVATION = "/admin/activation";
    public static final String LIEN_INVALIDE = "Ce lien d'activation n'est pas (ou plus) valable : il a déjà servi, il a "
            + "expiré (72 heures) ou le compte a été réinitialisé depuis. Demandez un nouveau lien à un administrateur.";

    private final EntityManagerFactory emf;
    private final Clock horloge;
    private final Courriels courriels;
    private final URI urlAdmin;

    /** Without e-mail: the links are given back to be printed or handed over. */
    public ComptesService(EntityManagerFactory emf, Clock horloge) {
        this(emf, horloge, Courriels.aucun(), URI.create("http://localhost:8080"));
    }

    public ComptesService(EntityManagerFactory emf, Clock horloge, Courriels courriels, URI urlAdmin) {
        this.emf = emf;
        this.horloge = horloge;
        this.courriels = courriels;
        this.urlAdmin = urlAdmin;
    }

    /** Whether e-mails can be sent: the e-mail factor and the unlock links need it. */
    public boolean courrielPossible() {
        return courriels.configure();
    }

    /**
     * An account's activation link, and whether it was e-mailed to its owner (else why not: it must then be handed
     * over by the person who asked, and only to the owner).
     */
    public record Invitation(String login, String lien, boolean envoye, String raison) {
    }

    /** An account as lists show it: no hash, no secret. */
    public record CompteVue(String login, String nom, String email, String telephone, Set<Profil> profils,
            Compte.Etat etat, Compte.SecondFacteur secondFacteur, Instant derniereConnexion, Instant verrouilleJusqua,
            Instant activationExpire) {

        public boolean actif() {
            return etat != Compte.Etat.DESACTIVE;
        }
    }

    public Invitation ajouter(String login, String nom, String email, String telephone, Set<Profil> profils,
            String auteur) throws CompteRefuseException {
        String identifiant = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        if (!LOGIN.matcher(identifiant).matches()) {
            throw new CompteRefuseException("identifiant invalide « " + login + " » : 3 à 64 caractères parmi a-z, 0-9, "
                    + "point, tiret et souligné, commençant par une lettre ou un chiffre");
        }
        Informations informations = informations(nom, email, telephone);
        Set<Profil> valides;
        try {
            valides = Profil.valides(profils);
        } catch (IllegalArgumentException e) {
            throw new CompteRefuseException(e.getMessage());
        }
        String jeton = Jetons.jeton();
        Instant maintenant = horloge.instant();
        try {
            emf.runInTransaction(em -> {
                CompteRepository comptes = new CompteRepository(em);
                if (comptes.loginPris(identifiant)) {
                    throw new Refus("l'identifiant " + identifiant + " existe déjà");
                }
                if (comptes.emailPris(informations.email(), null)) {
                    throw new Refus("l'adresse " + informations.email() + " est déjà celle d'un autre compte : un compte "
                            + "est personnel");
                }
                if (valides.contains(Profil.ADMINISTRATEUR)) {
                    verifierAdministrateurs(em);
                }
                comptes.ajouter(new Compte(identifiant, informations.nom(), informations.email(), informations.telephone(),
                        valides, Jetons.hacher(jeton), maintenant.plus(VALIDITE_ACTIVATION), maintenant));
                comptes.ajouter(new Audit(maintenant, identifiant, Audit.Evenement.COMPTE_CREE, "profils " + codes(valides)
                        + (courriels.configure() ? ", lien d'activation envoyé par e-mail" : ", lien d'activation remis"),
                        auteur, null));
            });
        } catch (Refus e) {
            throw new CompteRefuseException(e.getMessage());
        }
        return inviter(identifiant, informations.nom(), informations.email(), jeton, false);
    }

    /**
     * Back to a new account: password and second factor cleared, open sessions ended, lock lifted, a new activation
     * link (the previous one serves no more) sent or given back.
     */
    public Invitation reinitialiser(String login, String auteur) throws CompteRefuseException {
        String jeton = Jetons.jeton();
        Compte[] vu = new Compte[1];
        modifier(login, auteur, (em, compte) -> {
            if (!compte.actif()) {
                throw new IllegalArgumentException("le compte " + compte.login() + " est désactivé : réactivez-le d'abord");
            }
            compte.reinitialiser(Jetons.hacher(jeton), horloge.instant().plus(VALIDITE_ACTIVATION));
            vu[0] = compte;
            return new Audit(horloge.instant(), compte.login(), Audit.Evenement.COMPTE_REINITIALISE,
                    courriels.configure() ? "nouveau lien d'activation envoyé par e-mail" : "nouveau lien d'activation remis",
                    auteur, null);
        });
        return inviter(vu[0].login(), vu[0].nom(), vu[0].email(), jeton, true);
    }

    private Invitation inviter(String login, String nom, String email, String jeton, boolean reinitialisation) {
        String lien = urlAdmin.toString().replaceAll("/+$", "") + CHEMIN_ACTIVATION + "?jeton=" + jeton;
        if (!courriels.configure()) {
            return new Invitation(login, lien, false, "aucun serveur de messagerie n'est configuré");
        }
        MessagesCompte.Message message = MessagesCompte.activation(nom, login, lien, VALIDITE_ACTIVATION, reinitialisation);
        try {
            courriels.envoyer(email, message.sujet(), message.texte(), login, "activation");
            return new Invitation(login, lien, true, null);
        } catch (CourrielNonEnvoyeException e) {
            return new Invitation(login, lien, false, e.getMessage());
        }
    }

    /** The accounts, by login. */
    public List<CompteVue> lister() {
        Instant maintenant = horloge.instant();
        return emf.callInTransaction(em -> new CompteRepository(em).tous().stream().map(c -> vue(c, maintenant)).toList());
    }

    /** One account as its owner sees it on their own page. */
    public Optional<CompteVue> compte(String login) {
        Instant maintenant = horloge.instant();
        return emf.callInTransaction(em -> new CompteRepository(em).actif(login).map(c -> vue(c, maintenant)));
    }

    private static CompteVue vue(Compte c, Instant maintenant) {
        return new CompteVue(c.login(), c.nom(), c.email(), c.telephone(), c.profils(), c.etat(maintenant),
                c.secondFacteur(), c.derniereConnexion(), c.verrouille(maintenant) ? c.verrouilleJusqua() : null,
                c.active() ? null : c.activationExpire());
    }

    public void changerProfils(String login, Set<Profil> profils, String auteur) throws CompteRefuseException {
        modifier(login, auteur, (em, compte) -> {
            Set<Profil> valides = Profil.valides(profils);
            if (valides.contains(Profil.ADMINISTRATEUR) && !compte.profils().contains(Profil.ADMINISTRATEUR)
                    && compte.actif()) {
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
            if (!compte.actif()) {
                throw new IllegalArgumentException("le compte " + compte.login() + " est déjà désactivé");
            }
            garderUnAdministrateur(em, compte);
            compte.desactiver();
            return new Audit(horloge.instant(), compte.login(), Audit.Evenement.COMPTE_DESACTIVE, null, auteur, null);
        });
    }

    /** A deactivated account back in service, with its password and factor (a reset gives new ones). */
    public void reactiver(String login, String auteur) throws CompteRefuseException {
        modifier(login, auteur, (em, compte) -> {
            if (compte.actif()) {
                throw new IllegalArgumentException("le compte " + compte.login() + " est déjà actif");
            }
            if (compte.profils().contains(Profil.ADMINISTRATEUR)) {
                verifierAdministrateurs(em);
            }
            compte.reactiver();
            return new Audit(horloge.instant(), compte.login(), Audit.Evenement.COMPTE_REACTIVE, null, auteur, null);
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

    // ----- Activation: the owner's own password and second factor -----

    /** The account an activation link opens, as its page greets the owner. */
    public record Activation(String login, String nom, boolean courrielPossible) {
    }

    /**
     * A second factor being enrolled: for TOTP, the secret and its otpauth URI, shown to the owner only until a first
     * code confirms them; for e-mail, the code just sent.
     */
    public record Enrolement(String login, Compte.SecondFacteur facteur, String secretTotp, String uriTotp) {
    }

    public Activation activation(String jeton) throws CompteRefuseException {
        Instant maintenant = horloge.instant();
        return emf.callInTransaction(em -> new CompteRepository(em).parJetonActivation(Jetons.hacher(jeton)))
                .filter(c -> c.actif() && c.activationValide(maintenant))
                .map(c -> new Activation(c.login(), c.nom(), courriels.configure()))
                .orElseThrow(() -> new CompteRefuseException(LIEN_INVALIDE));
    }

    /**
     * First step of the activation: the owner's password (twice) and the factor chosen. The password is kept, but
     * serves only once the factor is confirmed ({@link #confirmerActivation}).
     */
    public Enrolement choisirActivation(String jeton, String motDePasse, String confirmation, String facteur,
            String adresse) throws CompteRefuseException {
        Compte.SecondFacteur choisi = facteur(facteur);
        String hache = Argon2.hacher(verifierNouveauMotDePasse(motDePasse, confirmation));
        Instant maintenant = horloge.instant();
        return enTransaction(em -> {
            Compte compte = compteActivable(em, jeton, maintenant);
            compte.definirMotDePasse(hache);
            return proposer(em, compte, choisi, maintenant, adresse);
        }).envoyer(courriels);
    }

    /** Second step: the first code of the factor chosen. The account is active; the link serves no more. */
    public void confirmerActivation(String jeton, String code, String adresse) throws CompteRefuseException {
        Instant maintenant = horloge.instant();
        enTransaction(em -> {
            Compte compte = compteActivable(em, jeton, maintenant);
            if (compte.motDePasse() == null) {
                throw new Refus("choisissez d'abord votre mot de passe et votre second facteur");
            }
            confirmer(em, compte, code, maintenant, adresse);
            compte.activationTerminee();
            new CompteRepository(em).ajouter(new Audit(maintenant, compte.login(), Audit.Evenement.COMPTE_ACTIVE,
                    "mot de passe choisi, second facteur " + libelle(compte.secondFacteur()), compte.login(), adresse));
            return null;
        });
    }

    /** The second factor being enrolled through that activation link, to show again after a wrong code. */
    public Optional<Enrolement> enrolementActivation(String jeton) {
        Instant maintenant = horloge.instant();
        return emf.callInTransaction(em -> new CompteRepository(em).parJetonActivation(Jetons.hacher(jeton)))
                .filter(c -> c.actif() && c.activationValide(maintenant)).flatMap(ComptesService::enCours);
    }

    /** The second factor that account's owner is enrolling, to show again after a wrong code. */
    public Optional<Enrolement> enrolementEnCours(String login) {
        return emf.callInTransaction(em -> new CompteRepository(em).actif(login)).flatMap(ComptesService::enCours);
    }

    private static Optional<Enrolement> enCours(Compte c) {
        if (c.secretTotpPropose() != null) {
            return Optional.of(new Enrolement(c.login(), Compte.SecondFacteur.TOTP, c.secretTotpPropose(),
                    Totp.uri(c.login(), c.secretTotpPropose())));
        }
        return c.codeEmailEnvoye() != null && c.codeEnrolementEnCours()
                ? Optional.of(new Enrolement(c.login(), Compte.SecondFacteur.EMAIL, null, null)) : Optional.empty();
    }

    private static Compte compteActivable(EntityManager em, String jeton, Instant maintenant) {
        return new CompteRepository(em).parJetonActivationPourMiseAJour(Jetons.hacher(jeton))
                .filter(c -> c.actif() && c.activationValide(maintenant)).orElseThrow(() -> new Refus(LIEN_INVALIDE));
    }

    // ----- The owner's own page -----

    /** The owner's name, e-mail and phone; a new e-mail needs the current password (it receives codes and links). */
    public void modifierInformations(String login, String nom, String email, String telephone, String motDePasseActuel,
            String adresse) throws CompteRefuseException {
        Informations informations = informations(nom, email, telephone);
        enTransaction(em -> {
            CompteRepository comptes = new CompteRepository(em);
            Compte compte = comptes.pourMiseAJour(login).filter(Compte::actif).orElseThrow(() -> new Refus("aucun compte " + login));
            boolean nouvelleAdresse = !informations.email().equals(compte.email());
            if (nouvelleAdresse) {
                verifierMotDePasseActuel(comptes, compte, motDePasseActuel, adresse,
                        "pour changer d'adresse électronique, saisissez votre mot de passe actuel");
                if (comptes.emailPris(informations.email(), compte.login())) {
                    throw new Refus("cette adresse est déjà celle d'un autre compte : un compte est personnel");
                }
            }
            compte.changerInformations(informations.nom(), informations.email(), informations.telephone());
            comptes.ajouter(new Audit(horloge.instant(), compte.login(), Audit.Evenement.INFORMATIONS_MODIFIEES,
                    nouvelleAdresse ? "nom, adresse électronique et téléphone" : "nom et téléphone", compte.login(), adresse));
            return null;
        });
    }

    /** A new password chosen by its owner: the account's other sessions end (the new generation is returned). */
    public int changerMotDePasse(String login, String actuel, String nouveau, String confirmation, String adresse)
            throws CompteRefuseException {
        String hache = Argon2.hacher(verifierNouveauMotDePasse(nouveau, confirmation));
        return enTransaction(em -> {
            CompteRepository comptes = new CompteRepository(em);
            Compte compte = comptes.pourMiseAJour(login).filter(Compte::actif).orElseThrow(() -> new Refus("aucun compte " + login));
            verifierMotDePasseActuel(comptes, compte, actuel, adresse, "mot de passe actuel incorrect");
            compte.changerMotDePasse(hache);
            comptes.ajouter(new Audit(horloge.instant(), compte.login(), Audit.Evenement.MOT_DE_PASSE_CHANGE,
                    "par son titulaire", compte.login(), adresse));
            return compte.generation();
        });
    }

    /** The owner enrols a new second factor (the current one serves until the new one is confirmed). */
    public Enrolement commencerEnrolement(String login, String motDePasseActuel, String facteur, String adresse)
            throws CompteRefuseException {
        Compte.SecondFacteur choisi = facteur(facteur);
        Instant maintenant = horloge.instant();
        return enTransaction(em -> {
            CompteRepository comptes = new CompteRepository(em);
            Compte compte = comptes.pourMiseAJour(login).filter(Compte::actif).orElseThrow(() -> new Refus("aucun compte " + login));
            verifierMotDePasseActuel(comptes, compte, motDePasseActuel, adresse, "mot de passe actuel incorrect");
            return proposer(em, compte, choisi, maintenant, adresse);
        }).envoyer(courriels);
    }

    /** The new factor confirmed by its first code: it replaces the old one; the other sessions end. */
    public int confirmerEnrolement(String login, String code, String adresse) throws CompteRefuseException {
        Instant maintenant = horloge.instant();
        return enTransaction(em -> {
            Compte compte = new CompteRepository(em).pourMiseAJour(login).filter(Compte::actif)
                    .orElseThrow(() -> new Refus("aucun compte " + login));
            confirmer(em, compte, code, maintenant, adresse);
            return compte.generation();
        });
    }

    /** A TOTP secret proposed, or an e-mailed code sent, for the factor chosen; to send after the commit. */
    private record Proposition(Enrolement enrolement, String destinataire, MessagesCompte.Message message) {

        Enrolement envoyer(Courriels courriels) throws CompteRefuseException {
            if (message != null) {
                try {
                    courriels.envoyer(destinataire, message.sujet(), message.texte(), enrolement.login(), "enrolement");
                } catch (CourrielNonEnvoyeException e) {
                    throw new CompteRefuseException("le code n'a pas pu être envoyé (" + e.getMessage() + ") : "
                            + "réessayez plus tard ou choisissez l'application d'authentification");
                }
            }
            return enrolement;
        }
    }

    private Proposition proposer(EntityManager em, Compte compte, Compte.SecondFacteur choisi, Instant maintenant,
            String adresse) {
        if (choisi == Compte.SecondFacteur.TOTP) {
            String secret = Totp.nouveauSecret();
            compte.proposerSecretTotp(secret);
            compte.oublierCode();
            return new Proposition(new Enrolement(compte.login(), choisi, secret, Totp.uri(compte.login(), secret)), null, null);
        }
        if (!courriels.configure()) {
            throw new Refus("le code par e-mail n'est pas proposé : le connecteur n'a pas de serveur de messagerie. "
                    + "Choisissez l'application d'authentification");
        }
        String code = Jetons.code();
        compte.proposerSecretTotp(null);
        compte.nouveauCode(Jetons.hacherCode(compte.login(), code), Compte.ObjetCode.ENROLEMENT, maintenant,
                maintenant.plus(VALIDITE_CODE));
        new CompteRepository(em).ajouter(new Audit(maintenant, compte.login(), Audit.Evenement.CODE_ENVOYE,
                "code de confirmation du second facteur par e-mail", compte.login(), adresse));
        return new Proposition(new Enrolement(compte.login(), choisi, null, null), compte.email(),
                MessagesCompte.codeEnrolement(compte.nom(), code, VALIDITE_CODE));
    }

    /** The first code of the factor being enrolled: right, the factor is the account's; wrong, a failure counted. */
    private void confirmer(EntityManager em, Compte compte, String code, Instant maintenant, String adresse) {
        CompteRepository comptes = new CompteRepository(em);
        Compte.SecondFacteur facteur;
        long pas = 0;
        if (compte.secretTotpPropose() != null) {
            OptionalLong valide = Totp.verifier(compte.secretTotpPropose(), code, maintenant, 0);
            if (valide.isEmpty()) {
                echec(comptes, compte, adresse);
                throw new RefusApresEchec("code incorrect : saisissez le code que votre application affiche "
                        + "maintenant pour opi-connector (" + compte.login() + ")");
            }
            facteur = Compte.SecondFacteur.TOTP;
            pas = valide.getAsLong();
        } else if (compte.codeValide(Jetons.hacherCode(compte.login(), code), Compte.ObjetCode.ENROLEMENT, maintenant)) {
            facteur = Compte.SecondFacteur.EMAIL;
        } else if (compte.codeEmailEnvoye() != null) {
            echec(comptes, compte, adresse);
            throw new RefusApresEchec("code incorrect ou expiré (10 minutes) : saisissez le dernier code reçu par e-mail, "
                    + "ou recommencez pour en recevoir un autre");
        } else {
            throw new Refus("choisissez d'abord votre second facteur");
        }
        Compte.SecondFacteur ancien = compte.secondFacteur();
        compte.enroler(facteur, pas);
        if (ancien != null) {
            comptes.ajouter(new Audit(maintenant, compte.login(), Audit.Evenement.SECOND_FACTEUR_CHANGE,
                    libelle(ancien) + " → " + libelle(facteur), compte.login(), adresse));
        }
    }

    /** A wrong current password is a failed login: counted, and the fifth in a row locks the account. */
    private void verifierMotDePasseActuel(CompteRepository comptes, Compte compte, String motDePasse,
            String adresse, String refus) {
        if (compte.motDePasse() == null || !Argon2.verifier(motDePasse == null ? "" : motDePasse, compte.motDePasse())) {
            echec(comptes, compte, adresse);
            throw new RefusApresEchec(refus);
        }
    }

    private void echec(CompteRepository comptes, Compte compte, String adresse) {
        Instant maintenant = horloge.instant();
        compte.echec(maintenant);
        if (compte.verrouille(maintenant)) {
            compte.oublierCode();
            comptes.ajouter(new Audit(maintenant, compte.login(), Audit.Evenement.COMPTE_VERROUILLE, "après "
                    + Compte.ECHECS_MAX + " échecs, jusqu'à " + compte.verrouilleJusqua(), compte.login(), adresse));
        }
    }

    private static String verifierNouveauMotDePasse(String motDePasse, String confirmation) throws CompteRefuseException {
        if (motDePasse == null || motDePasse.length() < MOT_DE_PASSE_MIN) {
            throw new CompteRefuseException("mot de passe trop court : au moins " + MOT_DE_PASSE_MIN + " caractères");
        }
        if (motDePasse.length() > MOT_DE_PASSE_MAX) {
            throw new CompteRefuseException("mot de passe trop long : au plus " + MOT_DE_PASSE_MAX + " caractères");
        }
        if (!motDePasse.equals(confirmation)) {
            throw new CompteRefuseException("les deux saisies du mot de passe diffèrent");
        }
        return motDePasse;
    }

    private static Compte.SecondFacteur facteur(String facteur) throws CompteRefuseException {
        if ("totp".equalsIgnoreCase(facteur)) {
            return Compte.SecondFacteur.TOTP;
        }
        if ("email".equalsIgnoreCase(facteur)) {
            return Compte.SecondFacteur.EMAIL;
        }
        throw new CompteRefuseException("choisissez votre second facteur : application d'authentification ou code par e-mail");
    }

    static String libelle(Compte.SecondFacteur facteur) {
        return facteur == Compte.SecondFacteur.TOTP ? "application d'authentification" : "code par e-mail";
    }

    /** The name, e-mail and phone of an account, checked. */
    private record Informations(String nom, String email, String telephone) {
    }

    private static Informations informations(String nom, String email, String telephone) throws CompteRefuseException {
        String n = nom == null ? "" : nom.strip().replaceAll("\\s+", " ");
        String adresse = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        String tel = telephone == null || telephone.isBlank() ? null : telephone.strip();
        if (n.isEmpty() || n.length() > 200) {
            throw new CompteRefuseException("nom manquant : le prénom et le nom de la personne (200 caractères au plus)");
        }
        if (!EMAIL.matcher(adresse).matches() || adresse.length() > 254) {
            throw new CompteRefuseException("adresse électronique invalide : il faut l'adresse personnelle de la personne");
        }
        if (tel != null && !TELEPHONE.matcher(tel).matches()) {
            throw new CompteRefuseException("numéro de téléphone invalide : des chiffres, éventuellement précédés de +, "
                    + "séparés par des espaces, points ou tirets");
        }
        return new Informations(n, adresse, tel);
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

    /** One page of the accounts' audit, newest first, and how many rows the filters select. */
    public record PageAudit(List<Audit> lignes, long total) {
    }

    /** The audit, filtered by account (exact login) and event when given, {@code parPage} rows from that page (1…). */
    public PageAudit audit(String login, Audit.Evenement evenement, int page, int parPage) {
        return emf.callInTransaction(em -> {
            CompteRepository comptes = new CompteRepository(em);
            return new PageAudit(comptes.audit(login, evenement, (page - 1) * parPage, parPage),
                    comptes.compterAudit(login, evenement));
        });
    }

    private interface Modification {
        Audit appliquer(EntityManager em, Compte compte);
    }

    private void modifier(String login, String auteur, Modification modification) throws CompteRefuseException {
        enTransaction(em -> {
            CompteRepository comptes = new CompteRepository(em);
            Compte compte = comptes.pourMiseAJour((login == null ? "" : login).strip().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> new Refus("aucun compte " + login));
            try {
                comptes.ajouter(modification.appliquer(em, compte));
            } catch (IllegalArgumentException e) {
                throw new Refus(e.getMessage());
            }
            return null;
        });
    }

    private interface Travail<T> {
        T faire(EntityManager em);
    }

    /**
     * A change in one transaction: a {@link Refus} rolls it back and becomes the checked exception; a
     * {@link RefusApresEchec} (a wrong current password or code) keeps the failure it counted, then refuses.
     */
    private <T> T enTransaction(Travail<T> travail) throws CompteRefuseException {
        String[] echec = new String[1];
        T resultat;
        try {
            resultat = emf.callInTransaction(em -> {
                try {
                    return travail.faire(em);
                } catch (RefusApresEchec e) {
                    echec[0] = e.getMessage();
                    return null;
                }
            });
        } catch (Refus e) {
            throw new CompteRefuseException(e.getMessage());
        }
        if (echec[0] != null) {
            throw new CompteRefuseException(echec[0]);
        }
        return resultat;
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
    private static class Refus extends RuntimeException {
        Refus(String message) {
            super(message);
        }
    }

    /** A refusal whose transaction commits nonetheless (nothing changed but what the refusal must keep). */
    private static final class RefusApresEchec extends RuntimeException {
        RefusApresEchec(String message) {
            super(message);
        }
    }
}
