package fr.opiconnector.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) on a free port of 127.0.0.1, which keeps what it receives; the connector reaches it
 * through its OPI_SMTP_* variables, with a login and password. The tests read the messages back from it.
 */
public final class ServeurSmtpDEssai implements AutoCloseable {

    public static final String EXPEDITEUR = "opi-connector@univ.example";
    private static final String UTILISATEUR = "opi-smtp";
    private static final String MOT_DE_PASSE = "secret-smtp";
    private static final Pattern LIEN = Pattern.compile("https?://\\S+\\?jeton=[A-Za-z0-9_-]+");
    private static final Pattern CODE = Pattern.compile(" : ([0-9]{6})\\b");

    private final GreenMail serveur;
    private final int port;

    private ServeurSmtpDEssai() {
        port = ConnecteurDEssai.portLibre();
        serveur = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        serveur.setUser(EXPEDITEUR, UTILISATEUR, MOT_DE_PASSE);
        serveur.start();
    }

    public static ServeurSmtpDEssai demarrer() {
        return new ServeurSmtpDEssai();
    }

    /** The connector's configuration to send through it. */
    public Map<String, String> variables() {
        return Map.of("OPI_SMTP_HOST", "127.0.0.1", "OPI_SMTP_PORT", String.valueOf(port), "OPI_SMTP_SECURITE", "aucune",
                "OPI_SMTP_UTILISATEUR", UTILISATEUR, "OPI_SMTP_MOT_DE_PASSE", MOT_DE_PASSE, "OPI_SMTP_EXPEDITEUR",
                EXPEDITEUR);
    }

    /** A message received: to whom, its subject and its text (decoded). */
    public record Courriel(String destinataire, String expediteur, String sujet, String texte) {

        /** The activation or unlock link it carries. */
        public String lien() {
            Matcher lien = LIEN.matcher(texte);
            if (!lien.find()) {
                throw new AssertionError("no link in: " + texte);
            }
            return lien.group();
        }

        /** The 6-digit code it carries. */
        public String code() {
            Matcher code = CODE.matcher(texte);
            if (!code.find()) {
                throw new AssertionError("no code in: " + texte);
            }
            return code.group(1);
        }
    }

    /** Waits (up to 20 s) until that many messages in all were received, and returns those sent to that address. */
    public List<Courriel> recus(int total, String destinataire) throws Exception {
        if (!serveur.waitForIncomingEmail(20_000, total)) {
            throw new AssertionError("expected " + total + " e-mails in all, received " + serveur.getReceivedMessages().length);
        }
        return Arrays.stream(serveur.getReceivedMessages()).map(ServeurSmtpDEssai::lire)
                .filter(c -> c.destinataire().equals(destinataire)).toList();
    }

    /** The last message sent to that address, once that many messages in all were received. */
    public Courriel dernier(int total, String destinataire) throws Exception {
        List<Courriel> recus = recus(total, destinataire);
        if (recus.isEmpty()) {
            throw new AssertionError("no e-mail to " + destinataire);
        }
        return recus.get(recus.size() - 1);
    }

    /** How many messages it received in all. */
    public int nombre() {
        return serveur.getReceivedMessages().length;
    }

    private static Courriel lire(MimeMessage message) {
        try {
            return new Courriel(message.getRecipients(Message.RecipientType.TO)[0].toString(),
                    message.getFrom()[0].toString(), message.getSubject(), message.getContent().toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        serveur.stop();
    }
}
