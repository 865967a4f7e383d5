package fr.opiconnector.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;

/** Reading a started process's output in the integration tests that run the jar. */
public final class SortieProcessus {

    private SortieProcessus() {
    }

    /** Reads lines (kept in lues) until one contains attendue; fails with everything read if the output ends first. */
    public static void attendreLaLigne(BufferedReader sortie, List<String> lues, String attendue) throws IOException {
        for (String ligne = sortie.readLine(); ligne != null; ligne = sortie.readLine()) {
            lues.add(ligne);
            if (ligne.contains(attendue)) {
                return;
            }
        }
        throw new AssertionError("the service ended before \"" + attendue + "\":\n" + String.join("\n", lues));
    }
}
