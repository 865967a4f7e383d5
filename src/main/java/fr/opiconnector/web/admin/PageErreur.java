package fr.opiconnector.web.admin;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What the server answers when no handler did, or when it refused a request before any handler saw it (a malformed
 * address, headers too large): a short page in French with the status, never Jetty's own page, a stack or a version.
 */
public final class PageErreur extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) throws IOException {
        String page = Gabarits.rendre("message.jte", AdminHandler.parametres("titre", titre(code), "barre", null,
                "message", texte(code)));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(page.getBytes(StandardCharsets.UTF_8)), callback);
    }

    static String titre(int code) {
        return switch (code) {
            case 400 -> "Requête illisible";
            case 404 -> "Page inconnue";
            case 405 -> "Méthode non permise";
            case 413, 414, 431 -> "Requête trop volumineuse";
            case 503 -> "Service indisponible";
            default -> code >= 500 ? "Erreur du service" : "Requête refusée";
        };
    }

    private static String texte(int code) {
        return switch (code) {
            case 400 -> "L'adresse ou la requête est mal formée (caractères mal codés, par exemple) : revenez à la page "
                    + "précédente et recommencez.";
            case 404 -> "Cette adresse ne correspond à aucune page du connecteur : les pages de gestion sont sous /admin.";
            case 413, 414, 431 -> "La requête dépasse la taille que le connecteur accepte.";
            case 503 -> "Le connecteur est momentanément indisponible : réessayez dans quelques instants.";
            default -> "La requête n'a pas abouti (erreur HTTP " + code + ").";
        };
    }
}
