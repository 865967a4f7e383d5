package db.migration;

import fr.opiconnector.database.IdentifiantsExacts;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Identifiers compare exactly (see {@link IdentifiantsExacts}). A Java migration, in Flyway's db.migration package so
 * that every Flyway configured with classpath:db/migration finds it next to the SQL scripts.
 */
public class V7__Identifiants_exacts extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        IdentifiantsExacts.migrer(context.getConnection());
    }
}
