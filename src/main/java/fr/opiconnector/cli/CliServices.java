package fr.opiconnector.cli;

import fr.opiconnector.config.ConnectorConfig;
import fr.opiconnector.config.ParcoursupConfig;
import fr.opiconnector.courriel.Courriels;
import fr.opiconnector.remontee.ParcoursupClient;
import fr.opiconnector.database.Database;
import fr.opiconnector.journal.Appel;
import fr.opiconnector.securite.ComptesService;
import fr.opiconnector.inscription.DossierService;
import fr.opiconnector.export.ExportService;
import fr.opiconnector.inscription.FormationsService;
import fr.opiconnector.remontee.HandshakeService;
import fr.opiconnector.inscription.InscriptionService;
import fr.opiconnector.journal.Calls;
import fr.opiconnector.common.Metrics;
import fr.opiconnector.remontee.RemonteesService;
import java.time.Clock;
import java.time.Duration;

/** The services the command line uses, on the configured database (whose schema it never changes). */
final class CliServices implements AutoCloseable {

    final Database database;
    final InscriptionService inscriptions;
    final DossierService dossiers;
    final FormationsService formations;
    final HandshakeService handshake;
    final RemonteesService remontees;
    final ComptesService comptes;
    final ExportService exports;
    private final Calls appels;
    private final java.util.List<Appel> admis = new java.util.ArrayList<>();

    private CliServices(Database database, ParcoursupConfig parcoursup, ConnectorConfig config) {
        this.database = database;
        Clock horloge = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
        Metrics metriques = Metrics.enMemoire();
        // No refusal before authentication on the command line: nothing to count per period.
        this.appels = new Calls(database.emf(), horloge, metriques, null);
        this.inscriptions = new InscriptionService(database.emf(), horloge);
        this.dossiers = new DossierService(database.emf(), inscriptions);
        this.formations = new FormationsService(database.emf());
        ParcoursupClient client = new ParcoursupClient(parcoursup);
        this.handshake = new HandshakeService(database.emf(), client, parcoursup.uai(),
                !parcoursup.login().isEmpty() && !parcoursup.motDePasse().isEmpty(), horloge);
        this.remontees = new RemonteesService(database.emf(), client, handshake, parcoursup, horloge, metriques);
        this.comptes = new ComptesService(database.emf(), horloge, new Courriels(config.smtp(), horloge), config.urlAdmin());
        this.exports = new ExportService(database.emf());
    }

    static CliServices ouvrir(ConnectorConfig config) {
        return new CliServices(Database.ouvrir(config, Database.Schema.VERIFIER), config.parcoursup(), config);
    }

    /**
     * A call from the command line: journaled with the operation's name and "cli:<user>" as caller; concluded when it
     * is closed, or at the latest when these services close.
     */
    Appel appel(String operation) {
        Appel appel = appels.admettre(operation, "cli:" + System.getProperty("user.name"));
        admis.add(appel);
        return appel;
    }

    @Override
    public void close() {
        try {
            admis.forEach(Appel::terminer);
        } finally {
            database.close();
        }
    }
}
