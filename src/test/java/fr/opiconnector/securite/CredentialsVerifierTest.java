package fr.opiconnector.securite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.support.HorlogeReglable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

class CredentialsVerifierTest {

    private static final String HACHE = MotDePasse.hacher("secret");

    private final HorlogeReglable horloge = new HorlogeReglable(Instant.parse("2026-07-01T08:00:00Z"));
    private final List<CredentialsVerifier.Issue> issues = new CopyOnWriteArrayList<>();
    private final AtomicInteger derivations = new AtomicInteger();
    /** Counts the derivations; the real one otherwise. */
    private final BiPredicate<MotDePasse, String> derivation = (motDePasse, fourni) -> {
        derivations.incrementAndGet();
        return motDePasse.verifier(fourni);
    };

    private CredentialsVerifier verificateur(String stocke, Duration cache) {
        return new CredentialsVerifier("parcoursup", new MotDePasse(stocke), cache, horloge, issues::add, derivation,
                1, Duration.ofMillis(50));
    }

    @Test
    void a_clear_password_is_compared_without_derivation_cache_or_count() {
        CredentialsVerifier clair = verificateur("secret", Duration.ofSeconds(300));

        assertTrue(clair.verifier("parcoursup", "secret", "192.0.2.1").accepte());
        assertEquals(CredentialsVerifier.Verdict.REFUSE, clair.verifier("parcoursup", "faux", "192.0.2.1").verdict());
        assertEquals(CredentialsVerifier.Verdict.REFUSE, clair.verifier("intrus", "secret", "192.0.2.1").verdict());
        assertEquals(0, derivations.get());
        assertTrue(issues.isEmpty());
    }

    @Test
    void right_credentials_are_derived_once_then_remembered_for_their_lifetime_and_wrong_ones_never() {
        CredentialsVerifier hache = verificateur(HACHE, Duration.ofSeconds(300));

        assertTrue(hache.verifier("parcoursup", "secret", "192.0.2.1").accepte());
        assertTrue(hache.verifier("parcoursup", "secret", "192.0.2.1").accepte());
        assertEquals(CredentialsVerifier.Verdict.REFUSE, hache.verifier("parcoursup", "secreT", "192.0.2.1").verdict());
        assertEquals(CredentialsVerifier.Verdict.REFUSE, hache.verifier("intrus", "secret", "192.0.2.1").verdict());
        assertEquals(CredentialsVerifier.Verdict.REFUSE, hache.verifier("parcoursup", null, "192.0.2.1").verdict());
        horloge.avancer(Duration.ofSeconds(300));
        assertTrue(hache.verifier("parcoursup", "secret", "192.0.2.1").accepte());

        assertEquals(4, derivations.get(), "the missing password costs no derivation");
        assertEquals(List.of(CredentialsVerifier.Issue.DERIVEE, CredentialsVerifier.Issue.EN_CACHE,
                CredentialsVerifier.Issue.REFUSEE, CredentialsVerifier.Issue.REFUSEE,
                CredentialsVerifier.Issue.REFUSEE, CredentialsVerifier.Issue.DERIVEE), issues);
    }

    @Test
    void a_lifetime_of_zero_derives_every_time() {
        CredentialsVerifier sansCache = verificateur(HACHE, Duration.ZERO);

        for (int i = 0; i < 3; i++) {
            assertTrue(sansCache.verifier("parcoursup", "secret", "192.0.2.1").accepte());
        }
        assertEquals(3, derivations.get());
    }

    @Test
    void an_address_trying_too_often_waits_and_is_not_derived() {
        CredentialsVerifier hache = verificateur(HACHE, Duration.ofSeconds(300));

        for (int i = 0; i <= AttemptsPerAddress.LIBRES; i++) {
            assertEquals(CredentialsVerifier.Verdict.REFUSE, hache.verifier("parcoursup", "faux", "192.0.2.9").verdict());
        }
        CredentialsVerifier.Resultat attendre = hache.verifier("parcoursup", "secret", "192.0.2.9");

        assertEquals(CredentialsVerifier.Verdict.ATTENDRE, attendre.verdict());
        assertEquals(1, attendre.attenteSecondes());
        assertEquals(AttemptsPerAddress.LIBRES + 1, derivations.get());
        assertTrue(hache.verifier("parcoursup", "secret", "192.0.2.10").accepte(), "another address is not concerned");
    }

    @Test
    void at_most_sixteen_credentials_are_remembered_the_oldest_forgotten_first() {
        CredentialsVerifier hache = new CredentialsVerifier("parcoursup", new MotDePasse(HACHE),
                Duration.ofSeconds(300), horloge, issues::add, (m, fourni) -> {
                    derivations.incrementAndGet();
                    return true;
                }, 1, Duration.ofMillis(50));

        for (int i = 0; i <= CredentialsVerifier.ENTREES_MAX; i++) {
            hache.verifier("parcoursup", "mot-" + i, "192.0.2.1");
        }
        hache.verifier("parcoursup", "mot-" + CredentialsVerifier.ENTREES_MAX, "192.0.2.1");
        hache.verifier("parcoursup", "mot-0", "192.0.2.1");

        assertEquals(CredentialsVerifier.ENTREES_MAX + 2, derivations.get(), "the newest is remembered, the oldest is not");
    }

    @Test
    void a_check_that_finds_no_derivation_slot_in_time_is_busy() throws Exception {
        CountDownLatch commencee = new CountDownLatch(1);
        CountDownLatch liberer = new CountDownLatch(1);
        CredentialsVerifier hache = new CredentialsVerifier("parcoursup", new MotDePasse(HACHE),
                Duration.ofSeconds(300), horloge, issues::add, derivationRetenue(commencee, liberer), 1,
                Duration.ofMillis(50));
        CompletableFuture<CredentialsVerifier.Resultat> premiere =
                CompletableFuture.supplyAsync(() -> hache.verifier("parcoursup", "secret", "192.0.2.1"));
        assertTrue(commencee.await(10, TimeUnit.SECONDS));

        CredentialsVerifier.Resultat seconde = hache.verifier("parcoursup", "faux", "192.0.2.2");
        liberer.countDown();

        assertEquals(CredentialsVerifier.Verdict.OCCUPE, seconde.verdict());
        assertTrue(premiere.get(10, TimeUnit.SECONDS).accepte());
        assertTrue(issues.contains(CredentialsVerifier.Issue.OCCUPEE));
    }

    @Test
    void checks_of_the_same_credentials_during_their_derivation_wait_for_its_verdict() throws Exception {
        CountDownLatch commencee = new CountDownLatch(1);
        CountDownLatch liberer = new CountDownLatch(1);
        CredentialsVerifier hache = new CredentialsVerifier("parcoursup", new MotDePasse(HACHE),
                Duration.ofSeconds(300), horloge, issues::add, derivationRetenue(commencee, liberer), 1,
                Duration.ofSeconds(10));
        CompletableFuture<CredentialsVerifier.Resultat> premiere =
                CompletableFuture.supplyAsync(() -> hache.verifier("parcoursup", "secret", "192.0.2.1"));
        assertTrue(commencee.await(10, TimeUnit.SECONDS));
        List<CompletableFuture<CredentialsVerifier.Resultat>> suivantes = new ArrayList<>();
        for (int i = 0; i < AttemptsPerAddress.LIBRES + 3; i++) {
            suivantes.add(CompletableFuture.supplyAsync(() -> hache.verifier("parcoursup", "secret", "192.0.2.1")));
        }

        liberer.countDown();

        assertTrue(premiere.get(10, TimeUnit.SECONDS).accepte());
        for (CompletableFuture<CredentialsVerifier.Resultat> suivante : suivantes) {
            assertTrue(suivante.get(10, TimeUnit.SECONDS).accepte(), "not made to wait as attempts of the address");
        }
        assertEquals(1, derivations.get());
    }

    /** A derivation that counts itself, says it started, and waits for {@code liberer} before deciding. */
    private BiPredicate<MotDePasse, String> derivationRetenue(CountDownLatch commencee, CountDownLatch liberer) {
        return (m, fourni) -> {
            derivations.incrementAndGet();
            commencee.countDown();
            try {
                return liberer.await(10, TimeUnit.SECONDS) && m.verifier(fourni);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
    }
}
