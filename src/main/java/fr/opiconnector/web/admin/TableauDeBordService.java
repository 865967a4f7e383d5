package fr.opiconnector.web.admin;

import fr.opiconnector.journal.JournalRepository;
import fr.opiconnector.reception.IndividuRepository;
import fr.opiconnector.remontee.RemonteeRepository;
import fr.opiconnector.reception.Decision;
import fr.opiconnector.journal.Journal;
import fr.opiconnector.inscription.Remontee;
import java.time.Instant;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the admin dashboard shows beside the remontées: OPIs and wishes by decision, and the recent journal. */
public final class TableauDeBordService {

    private final EntityManagerFactory emf;

    public TableauDeBordService(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /**
     * Counts, the remontées' last sending and failed rows, and journal rows: OPI codes, operations, outcomes and times
     * only, no personal data.
     */
    public record Etat(long individus, Map<Decision, Long> voeuxParDecision, Optional<Instant> dernierEnvoi,
            List<Remontee> echecs, List<Journal> journal) {
    }

    public Etat etat(int lignesDeJournal) {
        return emf.callInTransaction(em -> {
            IndividuRepository individus = new IndividuRepository(em);
            RemonteeRepository remontees = new RemonteeRepository(em);
            return new Etat(individus.compter(), individus.voeuxActifsParDecision(), remontees.dernierEnvoi(),
                    remontees.echecs(lignesDeJournal), new JournalRepository(em).derniers(lignesDeJournal));
        });
    }
}
