package fr.opiconnector.service;

import fr.opiconnector.domain.Champs;
import fr.opiconnector.domain.Historique;
import fr.opiconnector.domain.Individu;
import fr.opiconnector.domain.Journal;
import fr.opiconnector.domain.Voeu;
import fr.opiconnector.persistence.IndividuRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The changes a call makes, kept until its journal row exists, then written as history rows pointing at it. */
final class Evenements {

    private record Evenement(Voeu voeu, Historique.Evenement type, String champ, String avant, String apres) {
    }

    private final List<Evenement> evenements = new ArrayList<>();

    void ajouter(Voeu voeu, Historique.Evenement type) {
        evenements.add(new Evenement(voeu, type, null, null, null));
    }

    void ajouter(Voeu voeu, Historique.Evenement type, Champs.Changement changement) {
        evenements.add(new Evenement(voeu, type, changement.champ(), changement.avant(), changement.apres()));
    }

    void ajouter(Voeu voeu, Historique.Evenement type, String champ, String avant, String apres) {
        evenements.add(new Evenement(voeu, type, champ, avant, apres));
    }

    boolean vide() {
        return evenements.isEmpty();
    }

    void ecrire(IndividuRepository individus, Individu individu, Journal journal, Instant maintenant) {
        for (Evenement e : evenements) {
            individus.ajouter(new Historique(individu.id(), e.voeu() == null ? null : e.voeu().id(), journal.id(),
                    maintenant, e.type(), e.champ(), e.avant(), e.apres()));
        }
    }
}
