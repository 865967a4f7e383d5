package fr.opiconnector.inscription;

import java.util.List;

/** A formations file that cannot be used: every problem found, each naming its line. */
public class FormationsInvalidesException extends RuntimeException {

    private final List<String> erreurs;

    public FormationsInvalidesException(String fichier, List<String> erreurs) {
        super(fichier + ": " + erreurs.size() + " error(s)\n  " + String.join("\n  ", erreurs));
        this.erreurs = List.copyOf(erreurs);
    }

    public List<String> erreurs() {
        return erreurs;
    }
}
