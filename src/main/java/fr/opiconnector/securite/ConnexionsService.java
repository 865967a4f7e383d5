package fr.opiconnector.securite;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
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
    private ScheduledExecutorService ecriture;

    public ConnexionsService(EntityManagerFactory emf, Clock horloge, MeterRegistry registre) {
        this(emf, horloge, registre, Argon2::verifier);
    }

    public ConnexionsService(EntityManagerFactory emf, Clock horloge, MeterRegistry registre,
            VerificationMotDePasse verification) {
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
        Instant maintenant = horloge.instant();
        echecs.ecrire(maintenant, false);
        Duration attente = tentatives.admettre(adresse, maintenant);
        if (!attente.isZero()) {
            compter("throttled");
            echecs.compter(adresse, EchecsConnexion.TROP_DE_TENTATIVES, maintenant);
            throw new TropDeTentativesException(attente);
        }
        String identifiant = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        String essai = motDePasse == null ? "" : motDePasse;
        Object resultat = emf.callInTransaction(em -> {
            CompteRepository comptes = new CompteRepository(em);
            Optional<Compte> trouve = comptes.pourMiseAJour(identifiant);
            Compte compte = trouve.filter(Compte::actif).orElse(null);
            boolean motDePasseBon = verification.verifier(essai, compte == null ? LEURRE : compte.motDePasse());
            if (compte == null) {
                return trouve.map(Compte::login).orElse(EchecsConnexion.INCONNU);
            }
            if (compte.verrouille(maintenant)) {
                return compte.login();
            }
            OptionalLong pas = motDePasseBon ? Totp.verifier(compte.secretTotp(), code, maintenant, compte.dernierPasTotp())
                    : OptionalLong.empty();
            if (pas.isEmpty()) {
                compte.echec(maintenant);
                if (compte.verrouille(maintenant)) {
                    comptes.ajouter(new Audit(maintenant, compte.login(), Audit.Evenement.COMPTE_VERROUILLE, "après "
                            + Compte.ECHECS_MAX + " échecs, jusqu'à " + compte.verrouilleJusqua(), compte.login(), adresse));
                }
                return compte.login();
            }
            compte.connecte(maintenant, pas.getAsLong());
            comptes.ajouter(new Audit(maintenant, compte.login(), Audit.Evenement.CONNEXION, null, compte.login(), adresse));
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
