package fr.opiconnector.cli;

import fr.opiconnector.config.ConnectorConfig;
import fr.opiconnector.config.ParcoursupConfig;
import fr.opiconnector.parcoursup.ParcoursupClient;
import fr.opiconnector.persistence.Database;
import fr.opiconnector.service.Appel;
import fr.opiconnector.service.ComptesService;
import fr.opiconnector.service.DossierService;
import fr.opiconnector.service.ExportService;
import fr.opiconnector.service.FormationsService;
import fr.opiconnector.service.HandshakeService;
import fr.opiconnector.service.InscriptionService;
import fr.opiconnector.service.JournalService;
import fr.opiconnector.service.Metriques;
import fr.opiconnector.service.RemonteesService;
import java.time.Clock;
import java.time.Duration;

/** The services the command line uses, on the configured database (whose schema it never changes). */
final class ServicesCli implements AutoCloseable {

    final Database database;
    final InscriptionService inscriptions;
    final DossierService dossiers;
    final FormationsService formations;
    final HandshakeService handshake;
    final RemonteesService remontees;
    final ComptesService comptes;
    final ExportService exports;

    private ServicesCli(Database database, ParcoursupConfig parcoursup) {
        this.database = database;
        Clock horloge = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
        Metriques metriques = Metriques.enMemoire();
        JournalService journal = new JournalService(database.emf(), horloge, metriques);
        this.inscriptions = new InscriptionService(database.emf(), journal, horloge);
        this.dossiers = new DossierService(database.emf(), inscriptions);
        this.formations = new FormationsService(database.emf());
        ParcoursupClient client = new ParcoursupClient(parcoursup);
        this.handshake = new HandshakeService(database.emf(), client, parcoursup.uai(),
                !parcoursup.login().isEmpty() && !parcoursup.motDePasse().isEmpty(), horloge);
        this.remontees = new RemonteesService(database.emf(), client, handshake, parcoursup, horloge, metriques);
        this.comptes = new ComptesService(database.emf(), horloge);
        this.exports = new ExportService(database.emf());
    }

    static ServicesCli ouvrir(ConnectorConfig config) {
        return new ServicesCli(Database.ouvrir(config, Database.Schema.VERIFIER), config.parcoursup());
    }

    /** A call from the command line: journaled with the operation's name and "cli:<user>" as caller. */
    static Appel appel(String operation) {
        return new Appel(operation, "cli:" + System.getProperty("user.name"), System.nanoTime());
    }

    @Override
    public void close() {
        database.close();
    }
}
