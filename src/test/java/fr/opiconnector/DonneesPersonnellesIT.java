package fr.opiconnector;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.MariaDbDEssai;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The integration traffic again — every request file, every sample, the registration operations, a handshake —
 * with the connector's, CXF's and Hibernate's logging at DEBUG: none of the sample people's personal values may
 * appear in what is logged.
 */
class DonneesPersonnellesIT {

    private static final List<String> VALEURS_PERSONNELLES = List.of(
            "LEFÈVRE", "Élodie", "Anaïs", "1234567890A", "1234567890Z", "14072008", "14/07/2008", "elodie.lefevre",
            "0612345678", "0299000000", "12 RUE DE LA PAIX", "DURAND-MOREL", "Camille", "Hélène", "0512345678B",
            "03042008", "03/04/2008", "camille.durand-morel", "0600000001", "0476000000", "PLACE SAINT-ANDRÉ",
            "RESIDENCE UNIVERSITAIRE BERTHELOT", "NGUYEN", "29022008", "01092007");

    @Test
    void no_personal_value_nor_whole_opi_number_reaches_the_logs_even_at_debug() throws Exception {
        ListAppender<ILoggingEvent> journaux = new ListAppender<>();
        journaux.start();
        Logger racine = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Map<String, Level> avant = new java.util.HashMap<>();
        for (String nom : List.of(org.slf4j.Logger.ROOT_LOGGER_NAME, "fr.opiconnector", "org.apache.cxf", "org.hibernate",
                "com.zaxxer.hikari", "org.flywaydb")) {
            Logger logger = (Logger) LoggerFactory.getLogger(nom);
            avant.put(nom, logger.getLevel());
            logger.setLevel(Level.DEBUG);
        }
        racine.addAppender(journaux);
        try (MariaDbDEssai base = MariaDbDEssai.nouvelleBase();
                ConnecteurDEssai connecteur = ConnecteurDEssai.demarrer(base.url(), Map.of(
                        "OPI_PARCOURSUP_URL", "http://127.0.0.1:" + ConnecteurDEssai.portLibre(),
                        "OPI_PARCOURSUP_LOGIN", "l", "OPI_PARCOURSUP_PASSWORD", "p", "OPI_PARCOURSUP_UAI", "0350936C"))) {
            List<Path> requetes;
            try (Stream<Path> fichiers = Files.list(Path.of("src/test/resources/requests"))) {
                requetes = fichiers.sorted().toList();
            }
            for (Path requete : requetes) {
                connecteur.posterOctets(Files.readAllBytes(requete));
            }
            List<Path> samples;
            try (Stream<Path> fichiers = Files.list(Path.of("config/samples"))) {
                samples = fichiers.sorted().toList();
            }
            for (Path sample : samples) {
                String adresse = sample.getFileName().toString().startsWith("dossieropi") ? connecteur.adresseDossierOpi()
                        : connecteur.adresse();
                ConnecteurDEssai.posterOctets(adresse, Files.readAllBytes(sample));
            }
            connecteur.application().handshake().tester("test");
            connecteur.application().remontees().envoyer("test");
            connecteur.dossier("P260000042");
        } finally {
            racine.detachAppender(journaux);
            avant.forEach((nom, niveau) -> ((Logger) LoggerFactory.getLogger(nom)).setLevel(niveau));
        }

        List<String> fuites = new ArrayList<>();
        for (ILoggingEvent evenement : journaux.list) {
            String texte = evenement.getFormattedMessage() + (evenement.getThrowableProxy() == null ? ""
                    : ThrowableProxyUtil.asString(evenement.getThrowableProxy()));
            VALEURS_PERSONNELLES.stream().filter(texte::contains)
                    .forEach(v -> fuites.add(evenement.getLoggerName() + ": " + v));
        }
        assertTrue(journaux.list.size() > 1000, "the traffic was logged at DEBUG: " + journaux.list.size() + " lines");
        assertTrue(fuites.isEmpty(), "personal values in the logs: " + fuites.stream().distinct().toList());
        assertOpiNumbersMasked(journaux.list);
    }

    /** The OPI number is a login with the birth date: logs show it masked, the journal table keeps it whole. */
    private static void assertOpiNumbersMasked(List<ILoggingEvent> evenements) throws Exception {
        Set<String> codes = new TreeSet<>();
        for (String dossier : List.of("src/test/resources/requests", "config/samples")) {
            try (Stream<Path> fichiers = Files.list(Path.of(dossier))) {
                for (Path fichier : fichiers.toList()) {
                    Matcher code = Pattern.compile("<codOpiIntEpo>([A-Z0-9]{7,})</codOpiIntEpo>")
                            .matcher(Files.readString(fichier));
                    while (code.find()) {
                        codes.add(code.group(1));
                    }
                }
            }
        }
        assertTrue(codes.contains("P260000042"), codes.toString());
        List<String> enClair = new ArrayList<>();
        boolean masque = false;
        for (ILoggingEvent evenement : evenements) {
            String texte = evenement.getFormattedMessage();
            codes.stream().filter(texte::contains).forEach(c -> enClair.add(evenement.getLoggerName() + ": " + texte));
            masque |= texte.contains("P26000****");
        }
        assertTrue(enClair.isEmpty(), "OPI numbers in clear in the logs: " + enClair.stream().distinct().limit(5).toList());
        assertTrue(masque, "the masked OPI number P26000**** appears in the logs");
    }
}
