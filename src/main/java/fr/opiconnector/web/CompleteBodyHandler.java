package fr.opiconnector.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.content.ByteBufferContentSource;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the whole body of a request before handing it on, without holding a worker while it arrives: a caller sending
 * its body slowly holds a connection, never a thread. The body must be complete within the read timeout, plus one
 * second per {@code debitMin} bytes received; past it, HTTP 408 and nothing of it is processed — which is also what a
 * body shorter than its Content-Length gets. A body announced larger than the limit goes on unread (the next handler
 * answers 413); one without a length is stopped at the limit. All bodies held at once are bounded too.
 */
public final class CompleteBodyHandler extends Handler.Wrapper {

    private static final Logger LOG = LoggerFactory.getLogger(CompleteBodyHandler.class);

    private final long octetsMax;
    private final long lectureNanos;
    private final long debitMin;
    private final long memoireMax;
    private final AtomicLong enMemoire = new AtomicLong();

    /**
     * @param memoireMax the bytes of bodies held at once, by all requests together; past it a request gets HTTP 503
     */
    public CompleteBodyHandler(Handler suivant, long octetsMax, Duration lecture, long debitMin, long memoireMax) {
        super(suivant);
        this.octetsMax = octetsMax;
        this.lectureNanos = lecture.toNanos();
        this.debitMin = debitMin;
        this.memoireMax = memoireMax;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (request.getLength() > octetsMax) {
            return super.handle(request, response, callback);
        }
        new Lecture(request, response, callback).commencer();
        return true;
    }

    private boolean transmettre(Request request, Response response, Callback callback) throws Exception {
        return super.handle(request, response, callback);
    }

    /** The reading of one body, driven by Jetty's demand callbacks and bounded by a timer. */
    private final class Lecture implements Runnable {

        private final Request request;
        private final Response response;
        private final Callback callback;
        private final long debut = NanoTime.now();
        private final List<ByteBuffer> morceaux = new ArrayList<>();
        private long recus;
        private boolean fini;
        private Scheduler.Task minuterie;

        Lecture(Request request, Response response, Callback callback) {
            this.request = request;
            this.response = response;
            this.callback = callback;
        }

        void commencer() {
            Request.addCompletionListener(request, fin -> liberer());
            synchronized (this) {
                minuterie = request.getComponents().getScheduler().schedule(this::expirer, lectureNanos, TimeUnit.NANOSECONDS);
            }
            run();
        }

        /** Reads what has arrived; asks to be called again when more arrives. */
        @Override
        public void run() {
            while (true) {
                Content.Chunk morceau = request.read();
                if (morceau == null) {
                    request.demand(this);
                    return;
                }
                Issue issue = recevoir(morceau);
                morceau.release();
                if (issue != Issue.SUITE) {
                    conclure(issue);
                    return;
                }
            }
        }

        private synchronized Issue recevoir(Content.Chunk morceau) {
            if (fini) {
                return Issue.DEJA_REPONDU;
            }
            if (Content.Chunk.isFailure(morceau)) {
                return terminer(Issue.INTERROMPU);
            }
            int taille = morceau.remaining();
            if (taille > 0) {
                recus += taille;
                if (recus > octetsMax) {
                    return terminer(Issue.TROP_GRAND);
                }
                if (enMemoire.addAndGet(taille) > memoireMax) {
                    enMemoire.addAndGet(-taille);
                    return terminer(Issue.OCCUPE);
                }
                ByteBuffer copie = ByteBuffer.allocate(taille);
                copie.put(morceau.getByteBuffer()).flip();
                morceaux.add(copie);
            }
            return morceau.isLast() ? terminer(Issue.COMPLET) : Issue.SUITE;
        }

        private Issue terminer(Issue issue) {
            fini = true;
            minuterie.cancel();
            return issue;
        }

        /** At the deadline: 408, unless the bytes received since the start have earned more time. */
        private void expirer() {
            Issue issue;
            synchronized (this) {
                if (fini) {
                    return;
                }
                long reste = debut + lectureNanos + recus * 1_000_000_000L / debitMin - NanoTime.now();
                if (reste > 0) {
                    minuterie = request.getComponents().getScheduler().schedule(this::expirer, reste, TimeUnit.NANOSECONDS);
                    return;
                }
                issue = terminer(Issue.DELAI);
            }
            conclure(issue);
        }

        private void conclure(Issue issue) {
            switch (issue) {
                case COMPLET -> transmettreLu(null);
                // Without a length, as before: what was read, then a read error (the SOAP fault requete, journaled).
                case TROP_GRAND -> transmettreLu(new IOException("request body over " + octetsMax + " bytes"));
                case DELAI -> refuser(408, "incomplete after " + lectureNanos / 1_000_000_000L + " s",
                        "Requête incomplète : son contenu n'est pas arrivé en entier dans le délai. Rien n'a été traité.");
                case INTERROMPU -> refuser(400, "cut short", "Requête interrompue : son contenu est plus court que "
                        + "la longueur annoncée. Rien n'a été traité.");
                case OCCUPE -> refuser(503, "refused: too many bodies being received",
                        "Service occupé : renvoyez la demande dans un instant.");
                case SUITE, DEJA_REPONDU -> {
                    // nothing to do: more is coming, or the answer is already given
                }
            }
        }

        private void transmettreLu(IOException echec) {
            Request lue = new CorpsLu(request, new ByteBufferContentSource(morceaux), echec);
            try {
                if (!transmettre(lue, response, callback)) {
                    Response.writeError(lue, response, callback, 404);
                }
            } catch (Exception e) {
                callback.failed(e);
            }
        }

        private void refuser(int statut, String cause, String message) {
            LOG.warn("Request body from {} {}: HTTP {}", Request.getRemoteAddr(request), cause, statut);
            response.setStatus(statut);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            response.write(true, ByteBuffer.wrap((message + "\n").getBytes(StandardCharsets.UTF_8)), callback);
        }

        private synchronized void liberer() {
            fini = true;
            minuterie.cancel();
            long retenus = morceaux.stream().mapToLong(ByteBuffer::capacity).sum();
            morceaux.clear();
            enMemoire.addAndGet(-retenus);
        }
    }

    private enum Issue { SUITE, COMPLET, DELAI, INTERROMPU, TROP_GRAND, OCCUPE, DEJA_REPONDU }

    /**
     * The request with its body already read: the handlers that follow read it from memory, and then the read error
     * when there is one.
     */
    private static final class CorpsLu extends Request.Wrapper {

        private final Content.Source corps;
        private final IOException echec;
        private boolean epuise;

        CorpsLu(Request request, Content.Source corps, IOException echec) {
            super(request);
            this.corps = corps;
            this.echec = echec;
        }

        @Override
        public Content.Chunk read() {
            if (echec == null) {
                return corps.read();
            }
            if (epuise) {
                return Content.Chunk.from(echec, true);
            }
            Content.Chunk morceau = corps.read();
            if (morceau == null || !morceau.isLast()) {
                return morceau;
            }
            epuise = true;
            return morceau.hasRemaining() ? Content.Chunk.from(morceau.getByteBuffer(), false) : Content.Chunk.from(echec, true);
        }

        @Override
        public void demand(Runnable demande) {
            corps.demand(demande);
        }

        @Override
        public void fail(Throwable erreur) {
            corps.fail(erreur);
        }
    }
}
