package fr.opiconnector.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.support.Commande;
import fr.opiconnector.support.ConnecteurDEssai;
import fr.opiconnector.support.MariaDbDEssai;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * An export is one picture of the stored OPIs: an OPI updated or created while the export runs — after it has read its
 * first batch, before it reaches that OPI — appears as it stood when the export began.
 */
class ExportInstantaneIT {

    @Test
    void a_change_made_during_the_export_is_not_in_it() throws SQLException {
        try (MariaDbDEssai base = MariaDbDEssai.nouvelleBase();
                ConnecteurDEssai connecteur = ConnecteurDEssai.demarrer(base.url())) {
            Commande.Sortie chargement = Commande.executer("bench", "--db-url", base.url(), "--db-user",
                    MariaDbDEssai.utilisateur(), "--db-password", MariaDbDEssai.motDePasse(), "--load", "700", "--seed", "3");
            assertEquals(0, chargement.statut(), chargement.err());
            String dernier = base.lignes("SELECT MAX(cod_opi_int_epo) FROM individu").get(0);
            String nom = base.lignes("SELECT etat_civil_lib_nom_pat_ind_opi FROM individu WHERE cod_opi_int_epo = '"
                    + dernier + "'").get(0);
            assertTrue(base.compter("SELECT COUNT(*) FROM individu") > ExportService.LOT, "more than one batch");

            List<IndividuExporte> lus = new ArrayList<>();
            new ExportService(connecteur.application().database().emf()).parcourir(dossier -> {
                if (lus.isEmpty()) {
                    // Committed by another connection while the export is in its first batch.
                    base.executerDansLaBase("UPDATE individu SET etat_civil_lib_nom_pat_ind_opi = 'CHANGE PENDANT' "
                            + "WHERE cod_opi_int_epo = '" + dernier + "'");
                    base.executerDansLaBase("UPDATE individu SET cod_opi_int_epo = 'P99NOUVEAU' "
                            + "WHERE cod_opi_int_epo = '" + dernier + "'");
                }
                lus.add(dossier);
            });

            IndividuExporte fin = lus.get(lus.size() - 1);
            assertEquals(dernier, fin.codOpiIntEpo(), "the OPI as it stood when the export began");
            assertEquals(nom, fin.individu().etatCivil().libNomPatIndOpi());
            assertEquals(700, lus.size());
            assertEquals(1, base.compter("SELECT COUNT(*) FROM individu WHERE cod_opi_int_epo = 'P99NOUVEAU'"),
                    "the change itself was committed");
            // Every connection of the pool (10 by default), the export's included, is back at READ COMMITTED.
            DataSource pool = connecteur.application().database().dataSource();
            List<Connection> connexions = new ArrayList<>();
            try {
                for (int i = 0; i < 10; i++) {
                    connexions.add(pool.getConnection());
                }
                for (Connection connexion : connexions) {
                    try (Statement sql = connexion.createStatement();
                            ResultSet niveau = sql.executeQuery("SELECT @@SESSION.tx_isolation")) {
                        niveau.next();
                        assertEquals("READ-COMMITTED", niveau.getString(1), "the OPI calls keep READ COMMITTED");
                    }
                }
            } finally {
                for (Connection connexion : connexions) {
                    connexion.close();
                }
            }
        }
    }
}
