package fr.opiconnector.journal;

import fr.opiconnector.database.Horodatages;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.hibernate.Session;

/** The call journal. */
public final class JournalRepository {

    private final EntityManager em;

    public JournalRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The one statement that writes a journal row (the bench's database ceiling runs it too). In JDBC: an entity
     * persisted through the session cost an eighth of an unchanged re-send's CPU for one INSERT.
     */
    private static final String INSERER = "INSERT INTO journal (recu_le, operation, cod_opi_int_epo, empreinte, resultat, "
            + "cle_faute, duree_ms, adresse_appelant, nombre, remarque) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Writes the row at once, in the transaction of the entity manager; its id is then set (history rows point at it). */
    public void ajouter(Journal journal) {
        em.unwrap(Session.class).doWork(connexion -> inserer(connexion, journal));
    }

    /** The same on a plain JDBC connection, in its current transaction. */
    public static void inserer(Connection connexion, Journal journal) throws SQLException {
        try (PreparedStatement insertion = connexion.prepareStatement(INSERER, Statement.RETURN_GENERATED_KEYS)) {
            Horodatages.pour(connexion).lier(insertion, 1, journal.recuLe());
            insertion.setString(2, journal.operation());
            insertion.setString(3, journal.codOpiIntEpo());
            insertion.setString(4, journal.empreinte());
            insertion.setString(5, journal.resultat().code());
            insertion.setString(6, journal.cleFaute());
            insertion.setInt(7, journal.dureeMs());
            insertion.setString(8, journal.adresseAppelant());
            insertion.setInt(9, journal.nombre());
            insertion.setString(10, journal.remarque());
            insertion.executeUpdate();
            try (ResultSet cles = insertion.getGeneratedKeys()) {
                if (!cles.next()) {
                    throw new IllegalStateException("no key generated for the journal row");
                }
                journal.numeroter(cles.getLong(1));
            }
        }
    }

    /** The count of calls a row of refusals before authentication stands for, once its period is over. */
    public void fixerNombre(long id, int nombre) {
        em.createQuery("update Journal j set j.nombre = :n where j.id = :id").setParameter("n", nombre)
                .setParameter("id", id).executeUpdate();
    }

    /** The last rows, newest first. */
    public List<Journal> derniers(int nombre) {
        return em.createQuery("select j from Journal j order by j.id desc", Journal.class).setMaxResults(nombre)
                .getResultList();
    }

    public List<Journal> parCode(String codOpiIntEpo) {
        return em.createQuery("select j from Journal j where j.codOpiIntEpo = :code order by j.id", Journal.class)
                .setParameter("code", codOpiIntEpo)
                .getResultList();
    }

    /** What the journal list filters on; a null field does not filter. */
    public record Filtre(String operation, Resultat resultat, String cleFaute, String appelant, String codOpiIntEpo,
            java.time.Instant depuis, java.time.Instant avant) {
    }

    /** The rows the filter keeps, newest first, from the given position. */
    public List<Journal> filtrer(Filtre filtre, int debut, int nombre) {
        jakarta.persistence.TypedQuery<Journal> requete = em.createQuery("select j from Journal j" + conditions(filtre)
                + " order by j.id desc", Journal.class);
        lier(requete, filtre);
        return requete.setFirstResult(debut).setMaxResults(nombre).getResultList();
    }

    public long compter(Filtre filtre) {
        jakarta.persistence.TypedQuery<Long> requete = em.createQuery("select count(j) from Journal j" + conditions(filtre),
                Long.class);
        lier(requete, filtre);
        return requete.getSingleResult();
    }

    private static String conditions(Filtre f) {
        List<String> conditions = new java.util.ArrayList<>();
        if (f.operation() != null) {
            conditions.add("j.operation = :operation");
        }
        if (f.resultat() != null) {
            conditions.add("j.resultat = :resultat");
        }
        if (f.cleFaute() != null) {
            conditions.add("j.cleFaute like :cle");
        }
        if (f.appelant() != null) {
            conditions.add("j.adresseAppelant = :appelant");
        }
        if (f.codOpiIntEpo() != null) {
            conditions.add("j.codOpiIntEpo = :code");
        }
        if (f.depuis() != null) {
            conditions.add("j.recuLe >= :depuis");
        }
        if (f.avant() != null) {
            conditions.add("j.recuLe < :avant");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void lier(jakarta.persistence.TypedQuery<?> requete, Filtre f) {
        if (f.operation() != null) {
            requete.setParameter("operation", f.operation());
        }
        if (f.resultat() != null) {
            requete.setParameter("resultat", f.resultat().code());
        }
        if (f.cleFaute() != null) {
            requete.setParameter("cle", f.cleFaute().replace("%", "").replace("_", "\\_") + "%");
        }
        if (f.appelant() != null) {
            requete.setParameter("appelant", f.appelant());
        }
        if (f.codOpiIntEpo() != null) {
            requete.setParameter("code", f.codOpiIntEpo());
        }
        if (f.depuis() != null) {
            requete.setParameter("depuis", f.depuis());
        }
        if (f.avant() != null) {
            requete.setParameter("avant", f.avant());
        }
    }

    /** When each OPI received since then was first stored (its row "created"), for the campaign's days. */
    public List<java.time.Instant> creationsDepuis(java.time.Instant depuis) {
        return em.createQuery("select j.recuLe from Journal j where j.recuLe >= :depuis and j.resultat = :cree "
                + "and j.operation like 'mettreajourDonneesOpi%'", java.time.Instant.class).setParameter("depuis", depuis)
                .setParameter("cree", Resultat.CREATED.code()).getResultList();
    }
}
