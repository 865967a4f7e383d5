package fr.opiconnector.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of an export file under construction, with the problems that keep it from being written (each naming its
 * column or field, never the value).
 *
 * @param <L> the kind of line, so that building stays fluent
 */
abstract class Ligne<L extends Ligne<L>> {

    private final List<String> problemes = new ArrayList<>();

    abstract L soi();

    L probleme(String probleme) {
        problemes.add(probleme);
        return soi();
    }

    boolean complete() {
        return problemes.isEmpty();
    }

    List<String> problemes() {
        return List.copyOf(problemes);
    }
}
