package fr.opiconnector.reception;

import fr.opiconnector.journal.Journal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes a call makes to an individual, kept until its journal row exists, then written as history rows pointing
 * at it; with the wishes the call added, which are new rows.
 */
public final class Evenements {

    /** One change: on the individual (voeu null) or on a wish; field changes carry the field and its two values. */
    public record Evenement(Voeu voeu, Historique.Evenement type, String champ, String avant, String apres) {
    }

    private final List<Evenement> evenements = new ArrayList<>();
    private final List<Voeu> voeuxAjoutes = new ArrayList<>();

    public void ajouter(Voeu voeu, Historique.Evenement type) {
        evenements.add(new Evenement(voeu, type, null, null, null));
    }

    public void ajouter(Voeu voeu, Historique.Evenement type, Champs.Changement changement) {
        evenements.add(new Evenement(voeu, type, changement.champ(), changement.avant(), changement.apres()));
    }

    public void ajouter(Voeu voeu, Historique.Evenement type, String champ, String avant, String apres) {
        evenements.add(new Evenement(voeu, type, champ, avant, apres));
    }

    void voeuAjoute(Voeu voeu) {
        voeuxAjoutes.add(voeu);
        ajouter(voeu, Historique.Evenement.VOEU_AJOUTE);
    }

    /** The wishes the call added: rows to insert before the history points at them. */
    public List<Voeu> voeuxAjoutes() {
        return List.copyOf(voeuxAjoutes);
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
