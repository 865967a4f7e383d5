package fr.opiconnector.export;

import fr.opiconnector.inscription.FormationsService;

import fr.opiconnector.reception.CleVoeu;
import fr.opiconnector.reception.Individu;
import fr.opiconnector.inscription.Vet;
import fr.opiconnector.reception.Voeu;
import fr.opiconnector.reception.IndividuRepository;
import fr.opiconnector.inscription.InscriptionRepository;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Reads the stored OPIs for the file exports, without changing anything: every individual in OPI code order, its
 * wishes in key order (codCge, codEtp, codVrsVet), read by batches so that memory stays flat whatever the volume, all
 * in one consistent snapshot.
 */
public final class ExportService {

    static final int LOT = 500;

    private static final Comparator<CleVoeu> ORDRE_VOEUX = Comparator.comparing(CleVoeu::codCge)
            .thenComparing(CleVoeu::codEtp).thenComparing(CleVoeu::codVrsVet);

    private final EntityManagerFactory emf;

    public ExportService(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /**
     * Hands every stored individual to the given step, in OPI code order, in one read-only REPEATABLE READ
     * transaction: the export is one picture of the OPIs as they stood at its first read, whatever arrives meanwhile
     * (the pool's default, READ COMMITTED, would show each batch as it stands when that batch is read).
     */
    public void parcourir(Consumer<IndividuExporte> etape) {
        parcourir(Instant.EPOCH, etape);
    }

    /** The same, for the individuals created or changed (their data or a wish) at or after depuis. */
    public void parcourir(Instant depuis, Consumer<IndividuExporte> etape) {
        emf.runInTransaction(em -> {
            Session session = em.unwrap(Session.class);
            session.setDefaultReadOnly(true);
            // Before the first statement, so the transaction about to start takes it; the pool resets it on return.
            session.doWork(connexion -> connexion.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ));
            FormationsService.Formations formations = FormationsService.dans(em);
            IndividuRepository individus = new IndividuRepository(em);
            String apres = "";
            for (List<Individu> lot = individus.lot(apres, LOT, depuis); !lot.isEmpty();
                    lot = individus.lot(apres, LOT, depuis)) {
                Map<Long, List<Voeu>> voeux = individus.voeux(lot).stream()
                        .collect(Collectors.groupingBy(v -> v.individu().id()));
                Map<Long, List<Vet>> laissezPasser = new InscriptionRepository(em)
                        .vetsDesLaissezPasserActifs(lot.stream().map(Individu::id).toList());
                for (Individu individu : lot) {
                    etape.accept(dossier(individu, voeux.getOrDefault(individu.id(), List.of()), formations,
                            laissezPasser.getOrDefault(individu.id(), List.of())));
                }
                apres = lot.get(lot.size() - 1).codOpiIntEpo();
                em.clear();
            }
        });
    }

    /** When the incremental export of that name last started; empty before the first. */
    public Optional<Instant> dernierExport(String nom) {
        return emf.callInTransaction(em -> new ExportRepository(em).dernierDebut(nom));
    }

    /** Records the start of an incremental export whose files were all written. */
    public void noterExport(String nom, Instant debut) {
        emf.runInTransaction(em -> new ExportRepository(em).noterDebut(nom, debut));
    }

    private static IndividuExporte dossier(Individu individu, List<Voeu> voeux, FormationsService.Formations formations,
            List<Vet> laissezPasser) {
        return new IndividuExporte(individu.donnees(), voeux.stream()
                .sorted(Comparator.comparing(Voeu::cle, ORDRE_VOEUX))
                .map(v -> new IndividuExporte.VoeuExporte(v.donnees(), v.estActif(),
                        formations.contenant(v.cle().codEtp(), v.cle().codVrsVet()).orElse(null)))
                .toList(), laissezPasser);
    }
}
