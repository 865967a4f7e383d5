package fr.opiconnector.web.admin;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The admin pages' templates (src/main/jte), compiled to Java classes at build time: an expression that does not
 * type-check fails the build, and every value is HTML-escaped unless a template says otherwise.
 */
final class Gabarits {

    private static final TemplateEngine MOTEUR = TemplateEngine.createPrecompiled(ContentType.Html);

    private Gabarits() {
    }

    /** The page that template writes with those parameters (by name, as the template's @param declares them). */
    static String rendre(String gabarit, Map<String, Object> parametres) {
        StringOutput sortie = new StringOutput();
        MOTEUR.render(gabarit, parametres, sortie);
        return sortie.toString();
    }
}
