package fr.opiconnector.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** GET /: a small page that says what answers here and where, for a person who opens the service's address. */
public final class HomeHandler extends Handler.Abstract {

    private static final byte[] PAGE = """
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8"><title>opi-connector</title></head><body>
            <h1>opi-connector</h1>
            <p>Le connecteur reçoit les OPI de Parcoursup sur le contrat OpiMetier d'Apogée.</p>
            <ul>
            <li>Service OpiMetier : <a href="/services/OpiMetier?wsdl">/services/OpiMetier</a> (WSDL : ?wsdl)</li>
            <li>Service DossierOpi : <a href="/services/DossierOpi?wsdl">/services/DossierOpi</a> (WSDL : ?wsdl)</li>
            <li>Pages de gestion : <a href="/admin">/admin</a></li>
            <li>Santé : <a href="/health">/health</a> ; métriques : <a href="/metrics">/metrics</a>
            (sur le port d'administration quand il est configuré)</li>
            </ul>
            </body></html>
            """.getBytes(StandardCharsets.UTF_8);

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!Request.getPathInContext(request).equals("/") || !"GET".equals(request.getMethod())) {
            return false;
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.write(true, ByteBuffer.wrap(PAGE), callback);
        return true;
    }
}
