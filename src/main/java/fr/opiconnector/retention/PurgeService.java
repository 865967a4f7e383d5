package fr.opiconnector.retention;

import fr.opiconnector.securite.Audit;

import fr.opiconnector.inscription.Remontee;

import fr.opiconnector.retention.PurgeRepository.Comptes;
import fr.opiconnector.retention.PurgeRepository.Dossier;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The purge of personal data of closed campaigns (the university's retention policy): the selected individuals, their
 * wishes, history, IAs, laissez-passer and remontées are deleted, their journal rows anonymised, in one transaction;
 * a purge row keeps the counts and an audit row says who ran it. Refused while a remontée of the selection is pending,
 * or failed unless the operator gives those up: Parcoursup must hear of every paid registration first.
 */
public final class PurgeService {

    private static final Logger LOG = LoggerFactory.getLogger(PurgeService.class);

    private final EntityManagerFactory emf;
    private final Clock horloge;

    public PurgeService(EntityManagerFactory emf, Clock horloge) {
        this.emf = emf;
        this.horloge = horloge;
    }

    /** Which individuals: those of a campaign, those unchanged since a date (of closed campaigns), or both. */
    public record Critere(Optional<Integer> campagne, Optional<LocalDate> avant) {

        String decrire() {
            return campagne.map(c -> "campagne " + c).orElse("")
                    + (campagne.isPresent() && avant.isPresent() ? ", " : "")
                    + avant.map(d -> "sans changement depuis le " + d).orElse("");
        }
    }

    /** What a purge deleted, or would delete (essai). */
    public record Bilan(Comptes comptes, boolean essai) {
    }

    /** A purge refused: nothing was deleted. */
    public static final class PurgeRefuseeException extends RuntimeException {
        public PurgeRefuseeException(String message) {
            super(message);
        }
    }

    public Bilan purger(Critere critere, boolean essai, boolean echecsAbandonnes, String auteur) {
        LocalDate aujourdhui = Campagne.aujourdhui(horloge);
        critere.campagne().ifPresent(c -> {
            if (!Campagne.close(c, aujourdhui)) {
                throw new PurgeRefuseeException("campaign " + c + " is not closed: it closes on 1 January " + (c + 1));
            }
        });
        critere.avant().ifPresent(d -> {
            if (d.isAfter(aujourdhui)) {
                throw new PurgeRefuseeException("--avant " + d + " is in the future");
            }
        });
        return emf.callInTransaction(em -> {
            PurgeRepository repository = new PurgeRepository(em);
            List<Dossier> selection = repository.dossiers().stream().filter(d -> retenu(d, critere, aujourdhui)).toList();
            List<Long> ids = selection.stream().map(Dossier::id).toList();
            List<String> codes = selection.stream().map(Dossier::codOpiIntEpo).toList();
            long enAttente = repository.remontees(ids, Remontee.EN_ATTENTE);
            if (enAttente > 0) {
                throw new PurgeRefuseeException(enAttente + " remontée(s) of these individuals are still pending: send "
                        + "them first (remontees envoyer), then purge");
            }
            long echecs = repository.remontees(ids, Remontee.ECHEC);
            if (echecs > 0 && !echecsAbandonnes) {
                throw new PurgeRefuseeException(echecs + " remontée(s) of these individuals failed: replay them "
                        + "(remontees rejouer), or give them up with --abandonner-echecs, then purge");
            }
            Comptes comptes = repository.compter(ids, codes);
            if (!essai && !ids.isEmpty()) {
                repository.supprimer(ids, codes);
                repository.ajouter(new Purge(horloge.instant(), auteur, critere.campagne().orElse(null),
                        critere.avant().orElse(null), (int) comptes.individus(), (int) comptes.voeux(),
                        parDecision(comptes), (int) comptes.inscriptions(), (int) comptes.laissezPasser(),
                        (int) comptes.remontees(), (int) comptes.historique(), (int) comptes.journal()));
                new fr.opiconnector.securite.CompteRepository(em).ajouter(new Audit(horloge.instant(), auteur, Audit.Evenement.PURGE, "purge (" + critere.decrire()
                        + ") : " + comptes.individus() + " individus, " + comptes.voeux() + " vœux, "
                        + comptes.inscriptions() + " IA supprimés ; " + comptes.journal() + " lignes du journal anonymisées"
                        + (echecs > 0 ? " ; " + echecs + " remontée(s) en échec abandonnée(s)" : ""), auteur, null));
                LOG.info("Purge ({}): {} individuals, {} wishes, {} IAs deleted; {} journal rows anonymised",
                        critere.decrire(), comptes.individus(), comptes.voeux(), comptes.inscriptions(), comptes.journal());
            }
            return new Bilan(comptes, essai);
        });
    }

    private static boolean retenu(Dossier dossier, Critere critere, LocalDate aujourdhui) {
        int campagne = Campagne.de(dossier.codOpiIntEpo(), dossier.recuLe());
        return Campagne.close(campagne, aujourdhui)
                && critere.campagne().map(c -> c == campagne).orElse(true)
                && critere.avant().map(d -> dossier.dernierChangement().isBefore(Campagne.debutDuJour(d))).orElse(true);
    }

    public static String parDecision(Comptes comptes) {
        return comptes.voeuxParDecision().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
