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
            List<Remontee> echecs, List<Journal> journal, int iasAAnnuler) {
    }

    public Etat etat(int lignesDeJournal) {
        return emf.callInTransaction(em -> {
            IndividuRepository individus = new IndividuRepository(em);
            RemonteeRepository remontees = new RemonteeRepository(em);
            return new Etat(individus.compter(), individus.voeuxActifsParDecision(), remontees.dernierEnvoi(),
                    remontees.echecs(lignesDeJournal), new JournalRepository(em).derniers(lignesDeJournal),
                    fr.opiconnector.inscription.IasAAnnuler.lister(new fr.opiconnector.inscription.InscriptionRepository(em))
                            .size());
        });
    }

    /**
     * One day of the campaign: OPIs first received, IAs paid, remontées sent and now failed, and the decisions taken
     * on wishes (Oui, Oui-Si, Non, withdrawn).
     */
    public record Jour(java.time.LocalDate jour, long opis, long ias, long envois, long echecs, long oui, long ouiSi,
            long non, long retraits) {
    }

    /** The last {@code jours} days, Paris time, oldest first. */
    public List<Jour> parJour(int jours, java.time.Clock horloge) {
        java.time.ZoneId paris = java.time.ZoneId.of("Europe/Paris");
        java.time.LocalDate aujourdhui = java.time.LocalDate.now(horloge.withZone(paris));
        java.time.LocalDate premier = aujourdhui.minusDays(jours - 1L);
        Instant depuis = premier.atStartOfDay(paris).toInstant();
        return emf.callInTransaction(em -> {
            Map<java.time.LocalDate, Long> opis = compter(new JournalRepository(em).creationsDepuis(depuis), paris);
            Map<java.time.LocalDate, Long> ias = new fr.opiconnector.inscription.InscriptionRepository(em)
                    .paiementsDepuis(premier).stream()
                    .collect(java.util.stream.Collectors.groupingBy(d -> d, java.util.stream.Collectors.counting()));
            RemonteeRepository remontees = new RemonteeRepository(em);
            Map<java.time.LocalDate, Long> envois = compter(remontees.envoisDepuis(depuis), paris);
            Map<java.time.LocalDate, Long> echecs = compter(remontees.echecsDepuis(depuis), paris);
            Map<String, Map<java.time.LocalDate, Long>> decisions = new IndividuRepository(em).decisionsDepuis(depuis)
                    .stream().collect(java.util.stream.Collectors.groupingBy(IndividuRepository.DecisionRecue::decision,
                            java.util.stream.Collectors.groupingBy(d -> d.le().atZone(paris).toLocalDate(),
                                    java.util.stream.Collectors.counting())));
            return premier.datesUntil(aujourdhui.plusDays(1)).map(j -> new Jour(j, opis.getOrDefault(j, 0L),
                    ias.getOrDefault(j, 0L), envois.getOrDefault(j, 0L), echecs.getOrDefault(j, 0L),
                    decisions.getOrDefault(Decision.F.name(), Map.of()).getOrDefault(j, 0L),
                    decisions.getOrDefault(Decision.S.name(), Map.of()).getOrDefault(j, 0L),
                    decisions.getOrDefault(Decision.D.name(), Map.of()).getOrDefault(j, 0L),
                    decisions.getOrDefault(IndividuRepository.RETRAIT, Map.of()).getOrDefault(j, 0L))).toList();
        });
    }

    private static Map<java.time.LocalDate, Long> compter(List<Instant> instants, java.time.ZoneId zone) {
        return instants.stream().collect(java.util.stream.Collectors.groupingBy(
                t -> t.atZone(zone).toLocalDate(), java.util.stream.Collectors.counting()));
    }
}
