package fr.opiconnector.inscription;

import fr.opiconnector.common.Utf8File;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The formation mapping, kept in the database so that every replica and the command line see the same one: loaded
 * from config/formations.csv at start and on demand (formations reload), all of it or nothing.
 */
public final class FormationsService {

    private final EntityManagerFactory emf;

    public FormationsService(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /**
     * Checks the whole file and replaces the stored mapping with it.
     *
     * @throws fr.opiconnector.inscription.FormationsInvalidesException listing every bad line; the stored mapping is kept
     */
    public List<Formation> charger(Path fichier) throws IOException {
        List<Formation> formations = FormationsCsv.lire(fichier.toString(), Utf8File.lignes(fichier));
        emf.runInTransaction(em -> new InscriptionRepository(em).remplacerFormations(formations));
        return formations;
    }

    public List<Formation> toutes() {
        return emf.callInTransaction(em -> new InscriptionRepository(em).formations());
    }

    /** The mapping as one call sees it. */
    public static Formations dans(EntityManager em) {
        return new Formations(new InscriptionRepository(em).formations());
    }

    /** The formations of one call, looked up by VET. */
    public record Formations(List<Formation> formations) {

        public Optional<Formation> contenant(String codEtp, Integer codVrsVet) {
            return formations.stream().filter(f -> f.vets().stream().anyMatch(v -> v.est(codEtp, codVrsVet))).findFirst();
        }

        public Optional<Formation> contenant(Vet vet) {
            return contenant(vet.codEtp(), vet.codVrsVet());
        }
    }
}
