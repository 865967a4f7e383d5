package fr.opiconnector.reception;

import fr.opiconnector.journal.Journal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes a registrar's action makes to a dossier, kept until its journal row exists, then written as history
 * rows pointing at it.
 */
public final class Evenements {

    /** One change: on the individual (voeu null) or on a wish; field changes carry the field and its two values. */
    public record Evenement(Voeu voeu, Historique.Evenement type, String champ, String avant, String apres) {
    }

    private final List<Evenement> evenements = new ArrayList<>();

    public void ajouter(Voeu voeu, Historique.Evenement type) {
        evenements.add(new Evenement(voeu, type, null, null, null));
    }

    public void ajouter(Voeu voeu, Historique.Evenement type, String champ, String avant, String apres) {
        evenements.add(new Evenement(voeu, type, champ, avant, apres));
    }

    public boolean vide() {
        return evenements.isEmpty();
    }

    /** The history rows of these changes, pointing at the call's journal row. */
    public List<Historique> historique(Individu individu, Journal journal, Instant maintenant) {
        return evenements.stream().map(e -> new Historique(individu.id(), e.voeu() == null ? null : e.voeu().id(),
                journal.id(), maintenant, e.type(), e.champ(), e.avant(), e.apres())).toList();
    }
}
