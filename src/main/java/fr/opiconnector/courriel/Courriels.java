package fr.opiconnector.courriel;

import fr.opiconnector.config.SmtpConfig;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The e-mails of the admin accounts, through the configured SMTP server (Jakarta Mail): plain text in French, UTF-8.
 * Without a server configured, {@link #configure()} is false and nothing is sent. The log names the account and the
 * kind of e-mail, never the address. {@link #envoyerPlusTard} sends from one background thread, so that the answer to
 * the request does not take longer when an e-mail leaves (login codes, unlock links: the answer must not tell whether
 * the account exists); its queue is bounded, and at a stop the queued e-mails get a few seconds to leave.
 */
public final class Courriels implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Courriels.class);
    private static final int FILE_MAX = 1000;
    private static final String DELAI_MILLIS = "15000";

    private final Optional<SmtpConfig> config;
    private final Clock horloge;
    private ExecutorService envois;

    public Courriels(Optional<SmtpConfig> config, Clock horloge) {
        this.config = config;
        this.horloge = horloge;
    }

    /** No server: nothing is ever sent. */
    public static Courriels aucun() {
        return new Courriels(Optional.empty(), Clock.systemUTC());
    }

    public boolean configure() {
        return config.isPresent();
    }

    /** One e-mail, sent now; {@link CourrielNonEnvoyeException} when the server refused it or could not be reached. */
    public void envoyer(String destinataire, String sujet, String texte, String compte, String nature)
            throws CourrielNonEnvoyeException {
        SmtpConfig smtp = config.orElseThrow(() -> new CourrielNonEnvoyeException("aucun serveur SMTP n'est configuré"));
        try {
            MimeMessage message = new MimeMessage(session(smtp));
            message.setFrom(new InternetAddress(smtp.expediteur(), "opi-connector", "UTF-8"));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(destinataire, true));
            message.setSubject(sujet, "UTF-8");
            message.setText(texte, "UTF-8");
            message.setSentDate(Date.from(horloge.instant()));
            Transport.send(message);
            LOG.info("E-mail '{}' sent to account {}", nature, compte);
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            LOG.warn("E-mail '{}' to account {} not sent: {} {}", nature, compte, e.getClass().getSimpleName(),
                    e.getMessage() == null ? "" : e.getMessage().replaceAll("[^\\s<>@,;]+@[^\\s<>,;]+", "…@…"));
            throw new CourrielNonEnvoyeException("le serveur de messagerie n'a pas accepté le message");
        }
    }

    /** The same, from the background thread; a failure is logged. Nothing happens without a server. */
    public void envoyerPlusTard(String destinataire, String sujet, String texte, String compte, String nature) {
        if (config.isEmpty()) {
            return;
        }
        try {
            executeur().execute(() -> {
                try {
                    envoyer(destinataire, sujet, texte, compte, nature);
                } catch (CourrielNonEnvoyeException e) {
                    // logged by envoyer
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.warn("E-mail '{}' to account {} dropped: {} e-mails are already waiting", nature, compte, FILE_MAX);
        }
    }

    private synchronized ExecutorService executeur() {
        if (envois == null) {
            envois = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(FILE_MAX), tache -> {
                Thread fil = new Thread(tache, "courriels");
                fil.setDaemon(true);
                return fil;
            });
        }
        return envois;
    }

    private static Session session(SmtpConfig smtp) {
        Properties p = new Properties();
        p.put("mail.smtp.host", smtp.host());
        p.put("mail.smtp.port", String.valueOf(smtp.port()));
        p.put("mail.smtp.connectiontimeout", DELAI_MILLIS);
        p.put("mail.smtp.timeout", DELAI_MILLIS);
        p.put("mail.smtp.writetimeout", DELAI_MILLIS);
        switch (smtp.securite()) {
            case STARTTLS -> {
                p.put("mail.smtp.starttls.enable", "true");
                p.put("mail.smtp.starttls.required", "true");
                p.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> {
                p.put("mail.smtp.ssl.enable", "true");
                p.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case AUCUNE -> {
                // plain SMTP, as configured
            }
        }
        if (smtp.utilisateur().isEmpty()) {
            return Session.getInstance(p);
        }
        p.put("mail.smtp.auth", "true");
        return Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(smtp.utilisateur(), smtp.motDePasse());
            }
        });
    }

    /** At a stop: the queued e-mails get a few seconds to leave. */
    @Override
    public void close() {
        ExecutorService enCours;
        synchronized (this) {
            enCours = envois;
        }
        if (enCours == null) {
            return;
        }
        enCours.shutdown();
        try {
            if (!enCours.awaitTermination(5, TimeUnit.SECONDS)) {
                enCours.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            enCours.shutdownNow();
        }
    }
}
