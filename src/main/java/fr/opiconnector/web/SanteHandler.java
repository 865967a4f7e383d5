package fr.opiconnector.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.opiconnector.domain.Handshake;
import fr.opiconnector.service.RemonteesService;
import fr.opiconnector.soap.RequetesEnCours;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET /health, on the service's own port: 200 when the database answers, 503 when it does not; with the last
 * "Tester connecteur" and the remontées backlog. No personal data.
 */
public final class SanteHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(SanteHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RemonteesService remontees;
    private final RequetesEnCours enCours;

    public SanteHandler(RemonteesService remontees, RequetesEnCours enCours) {
        this.remontees = remontees;
        this.enCours = enCours;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws JsonProcessingException {
        if (!"/health".equals(Request.getPathInContext(request))) {
            return false;
        }
        Map<String, Object> sante = new LinkedHashMap<>();
        int statut;
        if (enCours.arretEnCours()) {
            statut = 503;
            sante.put("status", "STOPPING");
        } else try {
            RemonteesService.Etat etat = remontees.etat();
            statut = 200;
            sante.put("status", "UP");
            sante.put("database", "UP");
            sante.put("testerConnecteur", etat.dernierHandshake().map(SanteHandler::handshake).orElse(null));
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("enAttente", etat.enAttente());
            file.put("echecs", etat.echecs());
            file.put("envoyees", etat.envoyees());
            file.put("plusAncienneEnAttente", etat.plusAncienneEnAttente().map(Object::toString).orElse(null));
            file.put("bloquees", etat.bloquees() ? "aucun « Tester connecteur » réussi : les remontées attendent" : null);
            sante.put("remontees", file);
        } catch (RuntimeException e) {
            LOG.warn("/health: database unreachable ({})", e.getClass().getSimpleName());
            statut = 503;
            sante.put("status", "DOWN");
            sante.put("database", "DOWN");
        }
        response.setStatus(statut);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.write(true, ByteBuffer.wrap(JSON.writeValueAsString(sante).getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    private static Map<String, Object> handshake(Handshake h) {
        Map<String, Object> resultat = new LinkedHashMap<>();
        resultat.put("resultat", h.resultat().name());
        resultat.put("le", h.effectueLe().toString());
        resultat.put("httpStatus", h.httpStatus());
        resultat.put("message", h.message());
        return resultat;
    }
}
