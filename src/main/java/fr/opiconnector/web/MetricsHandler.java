package fr.opiconnector.web;

import fr.opiconnector.common.Metrics;
import fr.opiconnector.remontee.RemonteesService;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET /metrics in Prometheus' text format: the calls by operation and outcome, the remontées, the connection pool,
 * the JVM. The remontées queue is read from the database at each scrape; when the database does not answer, its
 * gauges keep their last values and the rest is served.
 */
public final class MetricsHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsHandler.class);

    private final PrometheusMeterRegistry registre;
    private final Metrics metriques;
    private final RemonteesService remontees;

    public MetricsHandler(PrometheusMeterRegistry registre, Metrics metriques, RemonteesService remontees) {
        this.registre = registre;
        this.metriques = metriques;
        this.remontees = remontees;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!"/metrics".equals(Request.getPathInContext(request))) {
            return false;
        }
        try {
            RemonteesService.Etat etat = remontees.etat();
            metriques.etatRemontees(!etat.bloquees(), etat.dernierHandshake().map(h -> h.effectueLe()),
                    etat.enAttente(), etat.echecs(), etat.plusAncienneEnAttente());
        } catch (RuntimeException e) {
            metriques.baseInjoignable();
            LOG.warn("/metrics: remontées queue unreadable ({}); its gauges keep their last values",
                    e.getClass().getSimpleName());
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(registre.scrape().getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
