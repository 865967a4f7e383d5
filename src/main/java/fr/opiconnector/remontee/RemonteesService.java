package fr.opiconnector.remontee;

import fr.opiconnector.inscription.Remontee;

import fr.opiconnector.common.Metrics;

import fr.opiconnector.config.ParcoursupConfig;
import fr.opiconnector.reception.EtatCivil;
import fr.opiconnector.inscription.Formation;

import fr.opiconnector.reception.Individu;
import fr.opiconnector.common.NumeroOpi;

import fr.opiconnector.inscription.Vet;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The remontées: the outbox rows written with each registration change, sent to Parcoursup's
 * majInscriptionAdministrative. Each row is claimed, sent and marked in one transaction holding its row lock, so that
 * two senders never send one row at the same time, and a crash between the send and the mark leaves the row pending:
 * it is sent again (at least once). Nothing is sent while the last "Tester connecteur" is not OK.
 */
public final class RemonteesService {

    private static final Logger LOG = LoggerFactory.getLogger(RemonteesService.class);
    private static final Pattern CODE_OPI_PARCOURSUP = Pattern.compile("P[0-9]{2}([0-9]{7})");

    private final EntityManagerFactory emf;
    private final Parcoursup parcoursup;
    private final HandshakeService handshake;
    private final ParcoursupConfig config;
    private final Clock horloge;
    private final Metrics metriques;
    private volatile boolean arret;

    public RemonteesService(EntityManagerFactory emf, Parcoursup parcoursup, HandshakeService handshake,
            ParcoursupConfig config, Clock horloge, Metrics metriques) {
        this.emf = emf;
        this.parcoursup = parcoursup;
        this.handshake = handshake;
        this.config = config;
        this.horloge = horloge;
        this.metriques = metriques;
    }

    /**
     * What a run did. retenues are the pending rows it could not send because a failed row of the same candidate
     * comes first; arret says why it stopped early, or is null.
     */
    public record Bilan(int envoyees, int echecs, int reessais, long enAttente, RemonteeRepository.Retenues retenues,
            String arret) {
    }

    /** The state of the outbox and of the handshake, for status outputs. */
    public record Etat(Optional<Handshake> dernierHandshake, Optional<Handshake> nonParvenu, boolean bloquees, long enAttente, long echecs, long envoyees,
            Optional<Instant> plusAncienneEnAttente, RemonteeRepository.Retenues retenues) {
    }

    private enum Issue {
        ENVOYEE,
        ECHEC,
        REPORTEE,
        ARRET,
        RIEN
    }

    /** Sends every pending row whose time has come, retrying transient failures, until none is left to try. */
    public Bilan envoyer(String origine) {
        if (!handshake.valide()) {
            String raison = "aucun « Tester connecteur » réussi : les remontées attendent dans la file";
            LOG.warn("Remontées not sent: no successful 'tester-connecteur' yet ({} pending)", compter(Remontee.EN_ATTENTE));
            return bilan(0, 0, 0, raison);
        }
        int envoyees = 0;
        int echecs = 0;
        int reessais = 0;
        while (true) {
            if (arret) {
                return bilan(envoyees, echecs, reessais, "arrêt du service : les remontées restantes partiront au prochain envoi");
            }
            Issue issue = emf.callInTransaction(em -> traiterUne(em, origine));
            switch (issue) {
                case ENVOYEE -> {
                    envoyees++;
                    metriques.remontee("sent");
                }
                case ECHEC -> {
                    echecs++;
                    metriques.remontee("failed");
                }
                case REPORTEE -> {
                    reessais++;
                    metriques.remontee("retried");
                }
                case ARRET -> {
                    return bilan(envoyees, echecs, reessais, "Parcoursup refuse les identifiants : refaites « Tester connecteur »");
                }
                case RIEN -> {
                    Optional<Instant> prochain = emf.callInTransaction(em -> new RemonteeRepository(em).prochainEssai());
                    if (prochain.isEmpty()) {
                        Bilan bilan = bilan(envoyees, echecs, reessais, null);
                        LOG.info("Remontées ({}): {} sent, {} set aside, {} retried, {} pending ({} held behind a failed "
                                + "remontée of the same candidate)", origine, envoyees, echecs, reessais, bilan.enAttente(),
                                bilan.retenues().nombre());
                        return bilan;
                    }
                    attendre(prochain.get());
                }
                default -> throw new IllegalStateException(issue.name());
            }
        }
    }

    private Bilan bilan(int envoyees, int echecs, int reessais, String arret) {
        return emf.callInTransaction(em -> {
            RemonteeRepository repository = new RemonteeRepository(em);
            return new Bilan(envoyees, echecs, reessais, repository.compter(Remontee.EN_ATTENTE), repository.retenues(),
                    arret);
        });
    }

    private Issue traiterUne(EntityManager em, String origine) {
        Optional<Remontee> reclamee = new RemonteeRepository(em).reclamer(horloge.instant());
        if (reclamee.isEmpty()) {
            return Issue.RIEN;
        }
        Remontee remontee = reclamee.get();
        MajInscription maj;
        try {
            maj = majInscription(em, remontee);
        } catch (IllegalStateException e) {
            remontee.echec(null, e.getMessage(), false);
            LOG.warn("Remontée #{} ({}) set aside: {}", remontee.id(), NumeroOpi.masque(remontee.codOpiIntEpo()),
                    NumeroOpi.masqueDans(e.getMessage(), remontee.codOpiIntEpo()));
            return Issue.ECHEC;
        }
        try {
            Parcoursup.Reponse reponse = parcoursup.majInscriptionAdministrative(maj);
            if (reponse.ok()) {
                remontee.envoyee(horloge.instant(), reponse.httpStatus(), reponse.message());
                LOG.info("Remontée #{} ({}, state {}) sent", remontee.id(), NumeroOpi.masque(remontee.codOpiIntEpo()), remontee.etatInscription());
                return Issue.ENVOYEE;
            }
            remontee.echec(reponse.httpStatus(), "NOK : " + reponse.message(), true);
            LOG.warn("Remontée #{} ({}) refused by Parcoursup (NOK): set aside", remontee.id(), NumeroOpi.masque(remontee.codOpiIntEpo()));
            return Issue.ECHEC;
        } catch (Parcoursup.IndisponibleException e) {
            if (remontee.tentatives() + 1 >= config.tentatives()) {
                remontee.echec(e.httpStatus(), "abandonnée après " + config.tentatives() + " tentatives : " + e.getMessage(), true);
                LOG.warn("Remontée #{} ({}) set aside after {} attempts: {}", remontee.id(), NumeroOpi.masque(remontee.codOpiIntEpo()),
                        config.tentatives(), e.getMessage());
                return Issue.ECHEC;
            }
            Instant prochain = horloge.instant().plus(delai(remontee.tentatives() + 1));
            remontee.reporter(prochain, e.httpStatus(), e.getMessage());
            LOG.info("Remontée #{} ({}): {}; retry at {}", remontee.id(), NumeroOpi.masque(remontee.codOpiIntEpo()), e.getMessage(), prochain);
            return Issue.REPORTEE;
        } catch (Parcoursup.AuthentificationException e) {
            handshake.aRefaire(e, origine);
            return Issue.ARRET;
        }
    }

    /** Capped exponential backoff with jitter: between half and all of min(cap, first × 2^(attempt-1)). */
    Duration delai(int tentative) {
        long plafond = config.delaiMax().toMillis();
        long base = config.delaiInitial().toMillis() << Math.min(tentative - 1, 30);
        long delai = Math.min(plafond, base < 0 ? plafond : base);
        return Duration.ofMillis(delai / 2 + ThreadLocalRandom.current().nextLong(delai / 2 + 1));
    }

    private MajInscription majInscription(EntityManager em, Remontee remontee) {
        Matcher code = CODE_OPI_PARCOURSUP.matcher(remontee.codOpiIntEpo());
        if (!code.matches()) {
            throw new IllegalStateException("le code OPI " + remontee.codOpiIntEpo() + " n'a pas la forme P + année + 7 "
                    + "chiffres : pas de numéro de candidat Parcoursup");
        }
        if (remontee.codeFormationPsup() == null) {
            throw new IllegalStateException("la VET de l'inscription n'est dans aucune formation du fichier des "
                    + "formations : complétez-le (formations reload) puis rejouez la remontée");
        }
        Formation formation = new RemonteeRepository(em).formation(remontee.codeFormationPsup()).orElse(null);
        if (formation == null) {
            throw new IllegalStateException("la formation " + remontee.codeFormationPsup() + " n'est plus dans le fichier "
                    + "des formations : complétez-le puis rejouez la remontée");
        }
        Individu individu = new RemonteeRepository(em).individu(remontee);
        EtatCivil etatCivil = individu.donnees().etatCivil();
        String date = individu.donnees().donneesNaissance().dateNaiIndOpi();
        return new MajInscription(Integer.parseInt(code.group(1)), etatCivil.codNneIndOpi(), etatCivil.libNomPatIndOpi(),
                etatCivil.libPr1IndOpi(), date.substring(0, 2) + "/" + date.substring(2, 4) + "/" + date.substring(4),
                formation.codeFormationPsup(), String.valueOf(formation.codeFormationPsup()), formation.codeSise(),
                remontee.etatInscription(), formation.uaiAffectation());
    }

    /** The service stops: a run in progress ends after its current row. */
    public void arreter() {
        arret = true;
    }

    private void attendre(Instant jusqua) {
        long millis = Duration.between(horloge.instant(), jusqua).toMillis();
        if (millis <= 0 || arret) {
            return;
        }
        try {
            Thread.sleep(Math.min(millis, config.delaiMax().toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a remontée retry", e);
        }
    }

    public List<Remontee> lister(Optional<String> statut) {
        return emf.callInTransaction(em -> new RemonteeRepository(em).lister(statut));
    }

    /** The VET of each remontée's IA, by remontée id. */
    public Map<Long, Vet> vets(List<Remontee> remontees) {
        return emf.callInTransaction(em -> new RemonteeRepository(em).vets(remontees));
    }

    /** Puts one failed row back in the queue; empty when no such row, else its state before (ECHEC: replayed). */
    public Optional<String> rejouer(long id) {
        return emf.callInTransaction(em -> new RemonteeRepository(em).trouver(id).map(r -> {
            String avant = r.statut();
            if (Remontee.ECHEC.equals(avant)) {
                r.rejouer();
            }
            return avant;
        }));
    }

    /** Puts every failed row back in the queue; returns how many. */
    public int rejouerEchecs() {
        return emf.callInTransaction(em -> {
            List<Remontee> echecs = new RemonteeRepository(em).lister(Optional.of(Remontee.ECHEC));
            echecs.forEach(Remontee::rejouer);
            return echecs.size();
        });
    }

    public Etat etat() {
        Optional<Handshake> dernier = handshake.dernier();
        Optional<Handshake> nonParvenu = handshake.nonParvenuDepuis();
        return emf.callInTransaction(em -> {
            RemonteeRepository repository = new RemonteeRepository(em);
            return new Etat(dernier, nonParvenu, dernier.map(h -> h.resultat() != Handshake.Resultat.OK).orElse(true),
                    repository.compter(Remontee.EN_ATTENTE), repository.compter(Remontee.ECHEC),
                    repository.compter(Remontee.ENVOYEE), repository.plusAncienne(Remontee.EN_ATTENTE),
                    repository.retenues());
        });
    }

    private long compter(String statut) {
        return emf.callInTransaction(em -> new RemonteeRepository(em).compter(statut));
    }
}
