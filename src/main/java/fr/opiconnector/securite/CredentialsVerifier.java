package fr.opiconnector.securite;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the credentials of a SOAP call against the configured user and password, one instance shared by both
 * endpoints and both modes (HTTP Basic, WS-Security UsernameToken).
 *
 * <p>A password configured in clear is compared in constant time, nothing more: it costs nothing. A hashed one would
 * cost a PBKDF2 derivation on every call, so:
 * <ol>
 * <li>credentials accepted recently are remembered, for {@code dureeCache}: a call that presents them again is
 * accepted without a derivation. What is remembered is an HMAC-SHA256 of the user and password under a key drawn at
 * random when the process starts (never the password itself, nor a hash that could be attacked offline once the
 * process is gone); at most {@link #ENTREES_MAX} of them, the oldest forgotten first;</li>
 * <li>otherwise the caller's address must be let through by {@link AttemptsPerAddress} (the first attempts are
 * free, then each waits longer), or the verdict is {@link Verdict#ATTENDRE};</li>
 * <li>then at most half the processors derive at once: a check that cannot start one within
 * {@link #ATTENTE_DERIVATION} gets {@link Verdict#OCCUPE};</li>
 * <li>then the derivation decides; a success is remembered and clears the address's count.</li>
 * </ol>
 * Checks of the same credentials that arrive while one of them is being derived (a client opening several connections
 * at once) wait for its verdict instead of deriving again or counting as attempts of their address: right
 * credentials are accepted with it, wrong ones refused with it.
 * Wrong credentials can therefore keep at most half the processors busy (from many addresses; one address only for
 * its first attempts), and a caller who keeps presenting the right ones costs an HMAC per call.
 */
public final class CredentialsVerifier {

    /** How many accepted credentials are remembered at most (one client in practice, a few during a password change). */
    static final int ENTREES_MAX = 16;
    /** How long a check waits for a derivation slot before answering {@link Verdict#OCCUPE}. */
    static final Duration ATTENTE_DERIVATION = Duration.ofSeconds(2);
    /** The address used when the caller's is not known. */
    static final String ADRESSE_INCONNUE = "(inconnue)";

    /** What the caller is told. */
    public enum Verdict {
        /** The credentials are right. */
        ACCEPTE,
        /** Missing or wrong credentials. */
        REFUSE,
        /** This address tried too often: come back after {@link Resultat#attente()}. */
        ATTENDRE,
        /** Too many checks are deriving at once: come back shortly. */
        OCCUPE
    }

    /** How a check of a hashed password ended, as counted by the meters. */
    public enum Issue {
        DERIVEE("derived"), EN_CACHE("cached"), REFUSEE("refused"), LIMITEE("throttled"), OCCUPEE("busy");

        private final String code;

        Issue(String code) {
            this.code = code;
        }

        /** The value of the meters' {@code outcome} tag. */
        public String code() {
            return code;
        }
    }

    /** A verdict, with the wait before the next attempt when it is {@link Verdict#ATTENDRE}. */
    public record Resultat(Verdict verdict, Duration attente) {

        static final Resultat ACCEPTE = new Resultat(Verdict.ACCEPTE, Duration.ZERO);
        static final Resultat REFUSE = new Resultat(Verdict.REFUSE, Duration.ZERO);
        static final Resultat OCCUPE = new Resultat(Verdict.OCCUPE, Duration.ZERO);

        public boolean accepte() {
            return verdict == Verdict.ACCEPTE;
        }

        /** The wait in whole seconds, rounded up, at least 1 (for Retry-After). */
        public long attenteSecondes() {
            long secondes = attente.toSeconds() + (attente.toNanosPart() > 0 ? 1 : 0);
            return Math.max(1, secondes);
        }
    }

    private final byte[] utilisateur;
    private final MotDePasse motDePasse;
    private final Duration dureeCache;
    private final Clock horloge;
    private final Consumer<Issue> issues;
    private final BiPredicate<MotDePasse, String> derivation;
    private final Semaphore derivations;
    private final Duration attenteDerivation;
    private final AttemptsPerAddress tentatives = new AttemptsPerAddress();
    private final ThreadLocal<Mac> hmac;
    /** HMAC of accepted credentials → end of validity; in insertion order, so the eldest goes first. */
    /** The credentials being derived now (by their HMAC) → the verdict to come, for the checks of the same ones. */
    private final Map<ByteBuffer, CompletableFuture<Resultat>> enCours = new ConcurrentHashMap<>();
    private final Map<ByteBuffer, Instant> acceptes = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteBuffer, Instant> eldest) {
            return size() > ENTREES_MAX;
        }
    };

    /**
     * @param dureeCache how long accepted credentials are remembered; zero: never (every check derives)
     * @param issues told how each check of a hashed password ended (the meters)
     */
    public CredentialsVerifier(String utilisateur, MotDePasse motDePasse, Duration dureeCache, Clock horloge,
            Consumer<Issue> issues) {
        this(utilisateur, motDePasse, dureeCache, horloge, issues, MotDePasse::verifier,
                Math.max(1, Runtime.getRuntime().availableProcessors() / 2), ATTENTE_DERIVATION);
    }

    CredentialsVerifier(String utilisateur, MotDePasse motDePasse, Duration dureeCache, Clock horloge,
            Consumer<Issue> issues, BiPredicate<MotDePasse, String> derivation, int derivationsMax,
            Duration attenteDerivation) {
        this.utilisateur = utilisateur.getBytes(StandardCharsets.UTF_8);
        this.motDePasse = motDePasse;
        this.dureeCache = dureeCache;
        this.horloge = horloge;
        this.issues = issues;
        this.derivation = derivation;
        this.derivations = new Semaphore(derivationsMax);
        this.attenteDerivation = attenteDerivation;
        byte[] cle = new byte[32];
        new SecureRandom().nextBytes(cle);
        SecretKeySpec secret = new SecretKeySpec(cle, "HmacSHA256");
        this.hmac = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(secret);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
            }
        });
    }

    /**
     * Checks the credentials a caller presented.
     *
     * @param adresse the caller's address, as judged by the access control (null when unknown)
     */
    public Resultat verifier(String utilisateurFourni, String motDePasseFourni, String adresse) {
        if (!motDePasse.estUnHache()) {
            boolean bonUtilisateur = memeUtilisateur(utilisateurFourni);
            boolean bonMotDePasse = motDePasse.verifier(motDePasseFourni);
            return bonUtilisateur & bonMotDePasse ? Resultat.ACCEPTE : Resultat.REFUSE;
        }
        if (utilisateurFourni == null || motDePasseFourni == null) {
            issues.accept(Issue.REFUSEE);
            return Resultat.REFUSE;
        }
        Instant maintenant = horloge.instant();
        ByteBuffer empreinte = dureeCache.isZero() ? null : empreinte(utilisateurFourni, motDePasseFourni);
        if (empreinte != null && dejaAccepte(empreinte, maintenant)) {
            issues.accept(Issue.EN_CACHE);
            return Resultat.ACCEPTE;
        }
        if (empreinte == null) {
            return deriver(utilisateurFourni, motDePasseFourni, adresse, maintenant, null);
        }
        CompletableFuture<Resultat> verdict = new CompletableFuture<>();
        CompletableFuture<Resultat> autre = enCours.putIfAbsent(empreinte, verdict);
        if (autre != null) {
            Resultat sien = attendreLeVerdict(autre);
            if (sien.verdict() == Verdict.ACCEPTE || sien.verdict() == Verdict.REFUSE) {
                issues.accept(sien.accepte() ? Issue.EN_CACHE : Issue.REFUSEE);
                return sien;
            }
            // Its address had to wait, or it found no slot: this check is judged on its own.
            return deriver(utilisateurFourni, motDePasseFourni, adresse, maintenant, empreinte);
        }
        Resultat resultat = Resultat.OCCUPE;
        try {
            if (dejaAccepte(empreinte, maintenant)) {
                // Remembered by a derivation that ended between the look-up above and now.
                issues.accept(Issue.EN_CACHE);
                resultat = Resultat.ACCEPTE;
            } else {
                resultat = deriver(utilisateurFourni, motDePasseFourni, adresse, maintenant, empreinte);
            }
            return resultat;
        } finally {
            enCours.remove(empreinte, verdict);
            verdict.complete(resultat);
        }
    }

    /** The throttle, the bound on derivations, then the derivation itself. */
    private Resultat deriver(String utilisateurFourni, String motDePasseFourni, String adresse, Instant maintenant,
            ByteBuffer empreinte) {
        String source = adresse == null ? ADRESSE_INCONNUE : adresse;
        Duration attente = tentatives.admettre(source, maintenant);
        if (!attente.isZero()) {
            issues.accept(Issue.LIMITEE);
            return new Resultat(Verdict.ATTENDRE, attente);
        }
        if (!prendreUnePlace()) {
            issues.accept(Issue.OCCUPEE);
            return Resultat.OCCUPE;
        }
        boolean valides;
        try {
            boolean bonUtilisateur = memeUtilisateur(utilisateurFourni);
            boolean bonMotDePasse = derivation.test(motDePasse, motDePasseFourni);
            valides = bonUtilisateur & bonMotDePasse;
        } finally {
            derivations.release();
        }
        if (!valides) {
            issues.accept(Issue.REFUSEE);
            return Resultat.REFUSE;
        }
        tentatives.reussite(source);
        if (empreinte != null) {
            retenir(empreinte, horloge.instant().plus(dureeCache));
        }
        issues.accept(Issue.DERIVEE);
        return Resultat.ACCEPTE;
    }

    /** The verdict of the same credentials' derivation in progress; busy when it takes too long. */
    private Resultat attendreLeVerdict(CompletableFuture<Resultat> autre) {
        try {
            return autre.get(attenteDerivation.multipliedBy(2).toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Resultat.OCCUPE;
        } catch (ExecutionException | TimeoutException e) {
            return Resultat.OCCUPE;
        }
    }

    private boolean memeUtilisateur(String fourni) {
        return fourni != null && MessageDigest.isEqual(utilisateur, fourni.getBytes(StandardCharsets.UTF_8));
    }

    private ByteBuffer empreinte(String utilisateurFourni, String motDePasseFourni) {
        Mac mac = hmac.get();
        return ByteBuffer.wrap(mac.doFinal((utilisateurFourni + "\0" + motDePasseFourni).getBytes(StandardCharsets.UTF_8)));
    }

    private boolean dejaAccepte(ByteBuffer empreinte, Instant maintenant) {
        synchronized (acceptes) {
            Instant fin = acceptes.get(empreinte);
            if (fin == null) {
                return false;
            }
            if (!maintenant.isBefore(fin)) {
                acceptes.remove(empreinte);
                return false;
            }
            return true;
        }
    }

    private void retenir(ByteBuffer empreinte, Instant fin) {
        synchronized (acceptes) {
            // Removed first, so that credentials accepted again count as the newest.
            acceptes.remove(empreinte);
            acceptes.put(empreinte, fin);
        }
    }

    private boolean prendreUnePlace() {
        try {
            return derivations.tryAcquire(attenteDerivation.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
