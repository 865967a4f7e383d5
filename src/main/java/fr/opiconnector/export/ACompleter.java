package fr.opiconnector.export;

import java.util.ArrayList;
import java.util.List;

/** What an export could not write, line by line: the file, the OPI code, the VET and why (the a-completer file). */
final class ACompleter {

    private final List<LigneACompleter> lignes = new ArrayList<>();

    void lister(String fichier, String code, String vet, String raison) {
        lignes.add(new LigneACompleter(fichier, code, vet, raison));
    }

    List<LigneACompleter> lignes() {
        return List.copyOf(lignes);
    }
}
