package fr.opiconnector.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.MariaDbDEssai;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A caller that sends a complete OPI and resets the connection while the connector is still storing it: the OPI is
 * stored and journaled once with its real outcome. The answer that can no longer be written is not a refused call.
 */
class AppelInterrompuIT {

    @Test
    void a_call_whose_caller_left_before_the_answer_is_journaled_once_with_its_outcome() throws Exception {
        try (MariaDbDEssai base = MariaDbDEssai.nouvelleBase()) {
            ConnecteurDEssai connecteur = ConnecteurDEssai.demarrer(base.url());
            URI adresse = URI.create(connecteur.adresse());
            try (Connection verrou = DriverManager.getConnection(base.url(), MariaDbDEssai.utilisateur(),
                    MariaDbDEssai.motDePasse());
                    Statement sql = verrou.createStatement();
                    Socket appelant = new Socket(adresse.getHost(), adresse.getPort())) {
                // The table lock holds the call inside the service, after its request has been read in full.
                sql.execute("LOCK TABLES individu WRITE");
                envoyer(appelant, adresse, ConnecteurDEssai.requete("v10-minimal.xml"));
                attendreUnAppelBloque(base);
                appelant.setSoLinger(true, 0);
                appelant.close();
                sql.execute("UNLOCK TABLES");
            }
            // The graceful stop waits for the call in progress, so its rows are written when it returns.
            connecteur.application().arreter(Duration.ofSeconds(30));

            assertEquals(1, base.compter("SELECT COUNT(*) FROM individu WHERE cod_opi_int_epo = 'P260000100'"));
            assertEquals(1, base.compter("SELECT COUNT(*) FROM journal WHERE resultat = 'created'"));
            assertEquals(0, base.compter("SELECT COUNT(*) FROM journal WHERE resultat = 'refused'"),
                    "a processed call is not a refused one because its caller left");
        }
    }

    private static void envoyer(Socket socket, URI adresse, byte[] corps) throws Exception {
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + adresse.getPath() + " HTTP/1.1\r\nHost: " + adresse.getHost() + "\r\n"
                + "Content-Type: text/xml; charset=utf-8\r\nSOAPAction: \"\"\r\nContent-Length: " + corps.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(corps);
        out.flush();
    }

    /** Until a statement of the connector waits for the test's table lock (30 s at most). */
    private static void attendreUnAppelBloque(MariaDbDEssai base) {
        Instant limite = Instant.now().plusSeconds(30);
        String bloques = "SELECT COUNT(*) FROM information_schema.processlist WHERE state LIKE 'Waiting for table%'"
                + " AND db = DATABASE()";
        while (base.compter(bloques) == 0) {
            assertTrue(Instant.now().isBefore(limite), "the call never reached the database");
        }
    }
}
