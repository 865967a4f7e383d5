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

    /**
     * Ends an export: the to-complete list written as the file of that name after the export's own files, then every
     * file made final; returns the lines written per file and the list.
     */
    Bilan conclure(Repertoire repertoire, String fichier) throws java.io.IOException {
        java.util.Map<String, Integer> ecrites = new java.util.LinkedHashMap<>(repertoire.lignes());
        repertoire.ouvrir(fichier, java.nio.charset.StandardCharsets.UTF_8, LigneACompleter.ENTETE);
        lignes.forEach(l -> repertoire.ecrire(fichier, l.texte()));
        repertoire.valider();
        return new Bilan(ecrites, fichier, lignes());
    }
}
