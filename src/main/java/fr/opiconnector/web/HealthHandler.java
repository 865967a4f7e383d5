package fr.opiconnector.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.opiconnector.remontee.Handshake;
import fr.opiconnector.database.Database;
import fr.opiconnector.remontee.RemonteesService;
import fr.opiconnector.journal.CallsInProgress;
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
 * GET /health/live: 200 as long as the process answers (liveness). GET /health: readiness — 200 when the database
 * answers, its schema is the one this version needs and both SOAP endpoints are published, 503 otherwise and from the
 * first instant of a stop; with the last "Tester connecteur" and the remontées queue. No personal data.
 */
public final class HealthHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(HealthHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UP = "UP";
    private static final String DOWN = "DOWN";

    private final Database database;
    private final RemonteesService remontees;
    private final CallsInProgress enCours;

    public HealthHandler(Database database, RemonteesService remontees, CallsInProgress enCours) {
        this.database = database;
        this.remontees = remontees;
        this.enCours = enCours;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws JsonProcessingException {
        String chemin = Request.getPathInContext(request);
        if ("/health/live".equals(chemin)) {
            repondre(response, callback, 200, Map.of("status", UP));
            return true;
        }
        if (!"/health".equals(chemin)) {
            return false;
        }
        Map<String, Object> sante = new LinkedHashMap<>();
        if (enCours.arretEnCours()) {
            sante.put("status", "STOPPING");
            repondre(response, callback, 503, sante);
            return true;
        }
        Map<String, Object> pret = new LinkedHashMap<>();
        boolean basePrete = false;
        try {
            boolean schema = database.schemaAJour();
            pret.put("database", UP);
            pret.put("migrations", schema ? UP : "PENDING");
            basePrete = schema;
        } catch (RuntimeException e) {
            LOG.warn("/health: database unreachable ({})", e.getClass().getSimpleName());
            pret.put("database", DOWN);
            pret.put("migrations", "UNKNOWN");
        }
        boolean publies = enCours.endpointsPublies();
        pret.put("endpoints", publies ? UP : DOWN);
        boolean prete = basePrete && publies;
        sante.put("status", prete ? UP : DOWN);
        sante.put("liveness", UP);
        sante.put("readiness", pret);
        if (!DOWN.equals(pret.get("database"))) {
            try {
                RemonteesService.Etat etat = remontees.etat();
                sante.put("testerConnecteur", etat.dernierHandshake().map(HealthHandler::handshake).orElse(null));
                sante.put("testerConnecteurNonParvenu", etat.nonParvenu().map(HealthHandler::handshake).orElse(null));
                sante.put("remontees", file(etat));
            } catch (RuntimeException e) {
                LOG.warn("/health: remontées state unreadable ({})", e.getClass().getSimpleName());
                pret.put("database", DOWN);
                sante.put("status", DOWN);
                prete = false;
            }
        }
        repondre(response, callback, prete ? 200 : 503, sante);
        return true;
    }

    private static void repondre(Response response, Callback callback, int statut, Map<String, Object> corps)
            throws JsonProcessingException {
        response.setStatus(statut);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(JSON.writeValueAsString(corps).getBytes(StandardCharsets.UTF_8)), callback);
    }

    private static Map<String, Object> file(RemonteesService.Etat etat) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("enAttente", etat.enAttente());
        file.put("echecs", etat.echecs());
        file.put("envoyees", etat.envoyees());
        file.put("plusAncienneEnAttente", etat.plusAncienneEnAttente().map(Object::toString).orElse(null));
        file.put("bloquees", etat.bloquees() ? "aucun « Tester connecteur » réussi : les remontées attendent" : null);
        file.put("retenuesDerriereUnEchec", etat.retenues().nombre());
        file.put("echecsARejouer", etat.retenues().echecsARejouer());
        return file;
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
