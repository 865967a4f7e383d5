package fr.opiconnector.export;

import java.util.List;
import java.util.Map;

/**
 * What an export wrote: the data rows of each file (header lines not counted), in the order the files are named, and
 * the rows it listed in its to-complete file instead.
 */
public record Bilan(Map<String, Integer> lignes, String fichierACompleter, List<LigneACompleter> aCompleter) {

    public Bilan {
        lignes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(lignes));
        aCompleter = List.copyOf(aCompleter);
    }

    public boolean complet() {
        return aCompleter.isEmpty();
    }
}
