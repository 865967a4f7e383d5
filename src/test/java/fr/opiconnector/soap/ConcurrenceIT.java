package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.inscription.Dossier;
import fr.opiconnector.support.AvecConnecteur;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.ConnecteurDEssai.Reponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Calls for the same OPI at the same moment end in one caller's content entirely, and no caller sees an error. */
class ConcurrenceIT extends AvecConnecteur {

    private static final String OPI = "P260000500";
    private static final int APPELS = 50;

    @Test
    void concurrent_calls_on_one_opi_end_in_one_consistent_state() throws Exception {
        // First burst: the OPI does not exist yet (concurrent creation); second burst: concurrent updates.
        for (int rafale = 1; rafale <= 2; rafale++) {
            List<Reponse> reponses = rafale(APPELS);

            for (Reponse reponse : reponses) {
                assertTrue(reponse.reponseVide(), "burst " + rafale + ": " + reponse.corps());
            }
            Dossier dossier = connecteur.dossier(OPI).orElseThrow();
            String nom = dossier.individu().etatCivil().libNomPatIndOpi();
            Set<String> actifs = dossier.voeux().stream().filter(v -> v.etat().equals("ACTIF"))
                    .map(v -> v.donnees().cle().toString()).collect(Collectors.toSet());
            if (nom.equals("ALPHA")) {
                assertEquals(Set.of("DRO/LDR1/1"), actifs, "ALPHA's name with BRAVO's wishes");
            } else {
                assertEquals("BRAVO", nom);
                assertEquals(Set.of("SCI/LPH1/1", "ECO/LEC1/2"), actifs, "BRAVO's name with ALPHA's wishes");
            }
            assertEquals(1, base.compter("SELECT COUNT(*) FROM individu"));
            assertEquals(APPELS * rafale, base.compter("SELECT COUNT(*) FROM journal WHERE resultat <> 'refused'"));
            assertEquals(0, base.compter("SELECT COUNT(*) FROM journal j WHERE j.resultat = 'updated' AND NOT EXISTS "
                    + "(SELECT 1 FROM historique h WHERE h.journal_id = j.id)"), "every update has its history rows");
            assertEquals(0, base.compter("SELECT COUNT(*) FROM historique h JOIN journal j ON j.id = h.journal_id "
                    + "WHERE j.resultat = 'unchanged'"), "an unchanged call writes no history");
            assertEquals(1, base.compter("SELECT COUNT(*) FROM journal WHERE resultat = 'created'"));
        }
    }

    private static List<Reponse> rafale(int appels) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(appels);
        try {
            CountDownLatch depart = new CountDownLatch(1);
            List<Future<Reponse>> futures = new ArrayList<>();
            for (int i = 0; i < appels; i++) {
                byte[] corps = ConnecteurDEssai.requete(i % 2 == 0 ? "v10-concurrent-a.xml" : "v10-concurrent-b.xml");
                futures.add(pool.submit(() -> {
                    depart.await();
                    return connecteur.posterOctets(corps);
                }));
            }
            depart.countDown();
            List<Reponse> reponses = new ArrayList<>();
            for (Future<Reponse> future : futures) {
                reponses.add(future.get());
            }
            return reponses;
        } finally {
            pool.shutdownNow();
        }
    }
}
