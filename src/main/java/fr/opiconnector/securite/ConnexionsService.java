package fr.opiconnector.securite;

import fr.opiconnector.courriel.Courriels;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The admin login: password, then TOTP code. Every refusal gives the same answer after the same work (one Argon2
 * verification, against a decoy hash when the login is no active account), so that neither the text nor the time
 * tells an unknown login, a deactivated or locked account from a wrong password. Each source address waits longer
 * after each attempt ({@link AttemptsPerAddress}); five failures in a row lock the account ({@link Compte}). Locks,
 * logins and logouts are audited one row each; refused attempts one row per address, account and period
 * ({@link EchecsConnexion}); the meter {@code opi.admin.logins} counts every attempt by outcome.
 */
public final class ConnexionsService implements AutoCloseable {

    public static final String REFUS = "Identifiant, mot de passe ou code invalide. Après " + Compte.ECHECS_MAX
            + " échecs, le compte est verrouillé " + Compte.VERROUILLAGE.toMinutes() + " minutes : un administrateur "
            + "peut le déverrouiller.";
    public static final String CODE_DEMANDE = "Si ce compte reçoit ses codes par e-mail, un code vient d'être envoyé à "
            + "son adresse : il vaut 10 minutes, une seule fois. Saisissez-le avec votre mot de passe.";
    public static final String LIEN_DEMANDE = "Si ce compte est verrouillé, un lien vient d'être envoyé à son adresse "
            + "électronique : il permet à son titulaire de se connecter malgré le verrouillage, pendant une heure, une fois.";
    public static final Duration VALIDITE_DEVERROUILLAGE = Duration.ofHours(1);
    public static final String CHEMIN_DEVERROUILLAGE = "/admin/deverrouillage";
    /** A code or link asked again within this time is not sent again (the one sent still holds). */
    private static final Duration RENVOI = Duration.ofMinutes(1);
    /** The hash an unknown login is checked against: the same parameters as every account's, so the same cost. */
    private static final String LEURRE = Argon2.hacher(UUID.randomUUID().toString());

    /** How a password is checked against a stored hash. */
    @FunctionalInterface
    public interface VerificationMotDePasse {
        boolean verifier(String motDePasse, String hache);
    }

    /** A successful login: who, with which profiles, and the generation of the account its session depends on. */
    public record Connexion(String login, Set<Profil> profils, int generation) {
    }

    private final EntityManagerFactory emf;
    private final Clock horloge;
    private final MeterRegistry registre;
    private final VerificationMotDePasse verification;
    private final TentativesEnBase tentatives;
    private final EchecsConnexion echecs;
    private final Courriels courriels;
    private final URI urlAdmin;
    private ScheduledExecutorService ecriture;

    public ConnexionsService(EntityManagerFactory emf, Clock horloge, MeterRegistry registre) {
        this(emf, horloge, registre, Argon2::verifier);
    }

    public ConnexionsService(EntityManagerFactory emf, Clock horloge, MeterRegistry registre,
            VerificationMotDePasse verification) {
        this(emf, horloge, registre, verification, Courriels.aucun(), URI.create("http://localhost:8080"));
    }

    /** With the e-mails of the login codes and unlock links, whose links start with that base URL. */
    public ConnexionsService(EntityManagerFactory emf, Clock horloge, MeterRegistry registre, Courriels courriels,
            URI urlAdmin) {
        this(emf, horloge, registre, Argon2::verifier, courriels, urlAdmin);
    }

    private ConnexionsService(EntityManagerFactory emf, Clock horloge, MeterRegistry registre,
            VerificationMotDePasse verification, Courriels courriels, URI urlAdmin) {
        this.courriels = courriels;
        this.urlAdmin = urlAdmin;
        this.emf = emf;
        this.tentatives = new TentativesEnBase(emf);
        this.horloge = horloge;
        this.registre = registre;
        this.verification = verification;
        this.echecs = new EchecsConnexion(emf);
    }

    /** Writes the audit rows of the failed logins every minute, once their period is over (the service). */
    public synchronized ConnexionsService ecrireChaqueMinute() {
        if (ecriture == null) {
            ecriture = Executors.newSingleThreadScheduledExecutor(tache -> {
                Thread fil = new Thread(tache, "audit-echecs-connexion");
                fil.setDaemon(true);
                return fil;
            });
            ecriture.scheduleWithFixedDelay(this::ecrireEchecs, 1, 1, TimeUnit.MINUTES);
        }
        return this;
    }

    /**
     * A login from that address. Refused: {@link TropDeTentativesException} when the address must wait, else
     * {@link CompteRefuseException} with {@link #REFUS}, whatever the reason.
     */
    public Connexion connecter(String login, String motDePasse, String code, String adresse) throws CompteRefuseException {
        String identifiant = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        return connecter(comptes -> comptes.pourMiseAJour(identifiant), false, motDePasse, code, adresse);
    }

    /**
     * A login through the unlock link e-mailed to a locked account's owner ({@link #demanderDeverrouillage}): the
     * password and second factor are checked as always, but the lock does not stop it; a success lifts it (audited) and
     * the link serves no more. An unknown or expired link gets {@link #REFUS}.
     */
    public Connexion connecterMalgreVerrou(String jeton, String motDePasse, String code, String adresse)
            throws CompteRefuseException {
        Instant maintenant = horloge.instant();
        String hache = Jetons.hacher(jeton);
        return connecter(comptes -> comptes.parJetonDeverrouillagePourMiseAJour(hache)
                .filter(c -> c.deverrouillageValide(maintenant)), true, motDePasse, code, adresse);
    }

    private Connexion connecter(java.util.function.Function<CompteRepository, Optional<Compte>> recherche,
            boolean malgreVerrou, String motDePasse, String code, String adresse) throws CompteRefuseException {
        Instant maintenant = horloge.instant();
        echecs.ecrire(maintenant, false);
        admettre(adresse, maintenant);
        String essai = motDePasse == null ? "" : motDePasse;
        Object resultat = emf.callInTransaction(em -> {
            CompteRepository comptes = new CompteRepository(em);
            Optional<Compte> trouve = recherche.apply(comptes);
            // A deactivated account, or one its owner has not activated yet, is no account to log in to.
            Compte compte = trouve.filter(Compte::actif).filter(Compte::active).orElse(null);
            boolean motDePasseBon = verification.verifier(essai, compte == null ? LEURRE : compte.motDePasse());
            if (compte == null) {
                return trouve.map(Compte::login).orElse(EchecsConnexion.INCONNU);
            }
            boolean verrouille = compte.verrouille(maintenant);
            if (verrouille && !malgreVerrou) {
                return compte.login();
            }
            OptionalLong pas = motDePasseBon ? secondFacteur(compte, code, maintenant) : OptionalLong.empty();
            if (pas.isEmpty()) {
                compte.echec(maintenant);
                if (compte.verrouille(maintenant) && !verrouille) {
                    comptes.ajouter(new Audit(maintenant, compte.login(), Audit.Evenement.COMPTE_VERROUILLE, "après "
                            + Compte.ECHECS_MAX + " échecs, jusqu'à " + compte.verrouilleJusqua(), compte.login(), adresse));
                }
                return compte.login();
            }
            if (malgreVerrou) {
                comptes.ajouter(new Audit(maintenant, compte.login(), Audit.Evenement.COMPTE_DEVERROUILLE,
                        verrouille ? "par son titulaire, avec le lien reçu par e-mail" : "lien reçu par e-mail utilisé "
                                + "(le verrouillage avait pris fin)", compte.login(), adresse));
            }
            compte.connecte(maintenant, pas.getAsLong());
            comptes.ajouter(new Audit(maintenant, compte.login(), Audit.Evenement.CONNEXION,
                    compte.secondFacteur() == Compte.SecondFacteur.EMAIL ? "code par e-mail" : null, compte.login(), adresse));
            return new Connexion(compte.login(), compte.profils(), compte.generation());
        });
        if (resultat instanceof Connexion connexion) {
            tentatives.reussite(adresse);
            compter("success");
            return connexion;
        }
        compter("refused");
        echecs.compter(adresse, (String) resultat, maintenant);
        throw new CompteRefuseException(REFUS);
    }

    /** The code checked against the account's factor: its TOTP step (0 for an e-mailed code), or empty. */
    private static OptionalLong secondFacteur(Compte compte, String code, Instant maintenant) {
        if (compte.secondFacteur() == Compte.SecondFacteur.EMAIL) {
            return compte.codeValide(Jetons.hacherCode(compte.login(), code), Compte.ObjetCode.CONNEXION, maintenant)
                    ? OptionalLong.of(0) : OptionalLong.empty();
        }
        return Totp.verifier(compte.secretTotp(), code, maintenant, compte.dernierPasTotp());
    }

    /** Lets an attempt from that address through, or refuses it (not checked) while the address must wait. */
    private void admettre(String adresse, Instant maintenant) throws TropDeTentativesException {
        Duration attente = tentatives.admettre(adresse, maintenant);
        if (!attente.isZero()) {
            compter("throttled");
            echecs.compter(adresse, EchecsConnexion.TROP_DE_TENTATIVES, maintenant);
            throw new TropDeTentativesException(attente);
        }
    }

    /**
     * « Recevoir un code par e-mail »: when the login is an active account whose factor is the e-mail, a 6-digit code
     * valid {@link ComptesService#VALIDITE_CODE} and once is sent to its address (at most one a minute: a code asked
     * again within the minute is the one already sent). The same work, the same answer ({@link #CODE_DEMANDE}) and the
     * e-mail sent in the background whatever the login, so that nothing tells whether it is an account; the request
     * counts as an attempt of its address ({@link TropDeTentativesException}).
     */
    public String demanderCode(String login, String adresse) throws TropDeTentativesException {
        Instant maintenant = horloge.instant();
        admettre(adresse, maintenant);
        String identifiant = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        String code = Jetons.code();
        String hache = Jetons.hacherCode(identifiant, code);
        MessagesCompte.Message[] message = new MessagesCompte.Message[1];
        String destinataire = emf.callInTransaction(em -> {
            CompteRepository comptes = new CompteRepository(em);
            Compte compte = comptes.pourMiseAJour(identifiant).filter(Compte::actif).filter(Compte::active)
                    .filter(c -> c.secondFacteur() == Compte.SecondFacteur.EMAIL).orElse(null);
            if (compte == null || !courriels.configure() || compte.codeRecent(Compte.ObjetCode.CONNEXION, maintenant, RENVOI)) {
                return null;
            }
            compte.nouveauCode(hache, Compte.ObjetCode.CONNEXION, maintenant, maintenant.plus(ComptesService.VALIDITE_CODE));
            comptes.ajouter(new Audit(maintenant, compte.login(), Audit.Evenement.CODE_ENVOYE, "code de connexion",
                    compte.login(), adresse));
            message[0] = MessagesCompte.codeConnexion(compte.nom(), code, ComptesService.VALIDITE_CODE);
            return compte.email();
        });
        if (destinataire != null) {
            courriels.envoyerPlusTard(destinataire, message[0].sujet(), message[0].texte(), identifiant, "code");
        }
        return CODE_DEMANDE;
    }

    /**
     * « Recevoir un lien de déverrouillage »: when the login is a locked account, a link valid
     * {@link #VALIDITE_DEVERROUILLAGE} and once that lets its owner log in despite the lock is sent to its address
     * (with a login code for an account whose factor is the e-mail). At most one a minute; the same answer
     * ({@link #LIEN_DEMANDE}) whatever the login; counted as an attempt of its address.
     */
    public String demanderDeverrouillage(String login, String adresse) throws TropDeTentativesException {
        Instant maintenant = horloge.instant();
        admettre(adresse, maintenant);
        String identifiant = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        String jeton = Jetons.jeton();
        String code = Jetons.code();
        MessagesCompte.Message[] message = new MessagesCompte.Message[1];
        String destinataire = emf.callInTransaction(em -> {
            CompteRepository comptes = new CompteRepository(em);
            Compte compte = comptes.pourMiseAJour(identifiant).filter(Compte::actif).filter(Compte::active)
                    .filter(c -> c.verrouille(maintenant)).orElse(null);
            if (compte == null || !courriels.configure()
                    || compte.deverrouillageRecent(maintenant, VALIDITE_DEVERROUILLAGE, RENVOI)) {
                return null;
            }
            compte.nouveauJetonDeverrouillage(Jetons.hacher(jeton), maintenant.plus(VALIDITE_DEVERROUILLAGE));
            boolean avecCode = compte.secondFacteur() == Compte.SecondFacteur.EMAIL;
            if (avecCode) {
                compte.nouveauCode(Jetons.hacherCode(compte.login(), code), Compte.ObjetCode.CONNEXION, maintenant,
                        maintenant.plus(ComptesService.VALIDITE_CODE));
            }
            comptes.ajouter(new Audit(maintenant, compte.login(), Audit.Evenement.LIEN_DEVERROUILLAGE_ENVOYE,
                    avecCode ? "avec un code de connexion" : null, compte.login(), adresse));
            message[0] = MessagesCompte.deverrouillage(compte.nom(), compte.login(), urlAdmin.toString().replaceAll("/+$", "")
                    + CHEMIN_DEVERROUILLAGE + "?jeton=" + jeton, VALIDITE_DEVERROUILLAGE, avecCode ? code : null,
                    ComptesService.VALIDITE_CODE);
            return compte.email();
        });
        if (destinataire != null) {
            courriels.envoyerPlusTard(destinataire, message[0].sujet(), message[0].texte(), identifiant, "deverrouillage");
        }
        return LIEN_DEMANDE;
    }

    /** Whether an unlock link (of that token) is still valid: its page shows the login form, else a French message. */
    public boolean lienDeverrouillageValide(String jeton) {
        Instant maintenant = horloge.instant();
        String hache = Jetons.hacher(jeton);
        return emf.callInTransaction(em -> new CompteRepository(em).parJetonDeverrouillagePourMiseAJour(hache)
                .filter(c -> c.deverrouillageValide(maintenant)).isPresent());
    }

    /** A logout, for the audit. */
    public void deconnecter(String login, String adresse) {
        emf.runInTransaction(em -> new CompteRepository(em).ajouter(new Audit(horloge.instant(), login, Audit.Evenement.DECONNEXION, null, login,
                adresse)));
    }

    /** Writes the audit rows of the failed logins whose period is over. */
    public void ecrireEchecs() {
        echecs.ecrire(horloge.instant(), false);
    }

    /** At a stop: the pending audit rows of failed logins are written, the current period's too. */
    @Override
    public void close() {
        synchronized (this) {
            if (ecriture != null) {
                ecriture.shutdownNow();
            }
        }
        echecs.ecrire(horloge.instant(), true);
    }

    private void compter(String issue) {
        Counter.builder("opi.admin.logins").description("Admin logins by outcome: success, refused (unknown login, "
                + "wrong password or code, deactivated or locked account), throttled (the address tries too often)")
                .tag("outcome", issue).register(registre).increment();
    }
}
