package fr.opiconnector.web.admin;

/** Server-side HTML of the admin pages: escaping and the page frame. */
final class Html {

    private Html() {
    }

    static String e(Object valeur) {
        if (valeur == null) {
            return "";
        }
        String texte = valeur.toString();
        StringBuilder sortie = new StringBuilder(texte.length() + 16);
        for (int i = 0; i < texte.length(); i++) {
            char c = texte.charAt(i);
            switch (c) {
                case '<' -> sortie.append("&lt;");
                case '>' -> sortie.append("&gt;");
                case '&' -> sortie.append("&amp;");
                case '"' -> sortie.append("&quot;");
                case '\'' -> sortie.append("&#39;");
                default -> sortie.append(c);
            }
        }
        return sortie.toString();
    }

    static String page(String titre, String qui, String corps) {
        return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + e(titre)
                + " — opi-connector</title><link rel=\"stylesheet\" href=\"/admin/static/opi.css\">"
                + "</head><body><header><h1>" + e(titre) + "</h1>" + qui + "</header>" + corps + "</body></html>";
    }
}
