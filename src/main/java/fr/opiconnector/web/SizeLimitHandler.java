package fr.opiconnector.web;

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
 * Refuses a request announcing a body larger than the limit with HTTP 413, before reading it (a client sending
 * "Expect: 100-continue" never sends it). A body without a length is counted as it is read (see the SOAP server).
 */
public final class SizeLimitHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(SizeLimitHandler.class);

    private final long octetsMax;

    public SizeLimitHandler(long octetsMax) {
        this.octetsMax = octetsMax;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long annonce = request.getLength();
        if (annonce <= octetsMax) {
            return false;
        }
        LOG.warn("Request of {} bytes refused (limit {}) from {}", annonce, octetsMax, Request.getRemoteAddr(request));
        response.setStatus(413);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(("Requête trop volumineuse : au plus " + octetsMax + " octets.\n")
                .getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
