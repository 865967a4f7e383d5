package fr.opiconnector.inscription;

import fr.opiconnector.reception.Historique;
import fr.opiconnector.reception.Individu;
import fr.opiconnector.journal.Journal;
import fr.opiconnector.reception.Voeu;
import fr.opiconnector.reception.IndividuRepository;
import fr.opiconnector.journal.JournalRepository;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reading what was stored for an OPI code. */
public final class DossierService {

    private final EntityManagerFactory emf;
    private final InscriptionService inscriptions;

    public DossierService(EntityManagerFactory emf, InscriptionService inscriptions) {
        this.emf = emf;
        this.inscriptions = inscriptions;
    }

    /** The dossier of an OPI code; empty when no call ever reached the connector for it. */
    public Optional<Dossier> consulter(String codOpiIntEpo) {
        DossierInscription inscription = inscriptions.dossier(codOpiIntEpo).orElse(null);
        return emf.callInTransaction(em -> {
            List<Dossier.LigneJournal> journal = new JournalRepository(em).parCode(codOpiIntEpo).stream()
                    .map(DossierService::ligne).toList();
            IndividuRepository individus = new IndividuRepository(em);
            Optional<Individu> trouve = individus.trouver(codOpiIntEpo);
            if (trouve.isEmpty()) {
                return journal.isEmpty() ? Optional.empty()
                        : Optional.of(new Dossier(null, List.of(), null, null, List.of(), List.of(), journal, null));
            }
            Individu individu = trouve.get();
            Map<Long, Voeu> voeux = individu.voeux().stream().collect(Collectors.toMap(Voeu::id, Function.identity()));
            List<Dossier.LigneHistorique> historique = individus.historique(individu).stream()
                    .map(h -> ligne(h, voeux)).toList();
            return Optional.of(new Dossier(individu.donnees(), individu.anomalies(), texte(individu.creeLe()),
                    texte(individu.modifieLe()), individu.voeux().stream().map(DossierService::voeu).toList(),
                    historique, journal, inscription));
        });
    }

    private static Dossier.VoeuDossier voeu(Voeu voeu) {
        return new Dossier.VoeuDossier(voeu.id(), voeu.etat().name(),
                voeu.decision().map(d -> d.name() + " (" + d.libelle() + ")").orElse(null), voeu.anomalies(),
                texte(voeu.creeLe()), texte(voeu.modifieLe()), voeu.donnees());
    }

    private static Dossier.LigneHistorique ligne(Historique h, Map<Long, Voeu> voeux) {
        Voeu voeu = h.voeuId() == null ? null : voeux.get(h.voeuId());
        return new Dossier.LigneHistorique(texte(h.horodatage()), h.journalId(), h.evenement().name(),
                voeu == null ? null : voeu.cle().toString(), h.champ(), h.ancienneValeur(), h.nouvelleValeur());
    }

    private static Dossier.LigneJournal ligne(Journal j) {
        return new Dossier.LigneJournal(j.id(), texte(j.recuLe()), j.operation(), j.resultat().code(), j.cleFaute(),
                j.dureeMs(), j.adresseAppelant(), j.empreinte());
    }

    private static String texte(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
