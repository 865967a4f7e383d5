package db.migration;

import fr.opiconnector.reception.EtatCivil;
import fr.opiconnector.reception.NomsRecherche;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Fills the search names of the individuals stored before version 17 (see {@link NomsRecherche}). */
public class V18__Noms_recherche extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement lecture = context.getConnection().createStatement();
                ResultSet lignes = lecture.executeQuery("SELECT id, etat_civil_lib_nom_pat_ind_opi, "
                        + "etat_civil_lib_nom_usu_ind_opi, etat_civil_lib_pr1_ind_opi FROM individu");
                PreparedStatement ecriture = context.getConnection().prepareStatement(
                        "UPDATE individu SET noms_recherche = ? WHERE id = ?")) {
            int lot = 0;
            while (lignes.next()) {
                ecriture.setString(1, NomsRecherche.de(new EtatCivil(null, null, lignes.getString(2), lignes.getString(3),
                        lignes.getString(4), null, null)));
                ecriture.setLong(2, lignes.getLong(1));
                ecriture.addBatch();
                if (++lot % 500 == 0) {
                    ecriture.executeBatch();
                }
            }
            ecriture.executeBatch();
        }
    }
}
