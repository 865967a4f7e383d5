package fr.opiconnector.config;

/**
 * The SMTP server the admin accounts' e-mails go through (activation links, login codes, unlock links): where, how
 * the connection is protected, who logs in, and the sender's address.
 */
public record SmtpConfig(String host, int port, Securite securite, String utilisateur, String motDePasse,
        String expediteur) {

    /** How the connection to the SMTP server is protected. */
    public enum Securite {
        /** Plain SMTP: only to a relay on the same machine or a trusted network. */
        AUCUNE,
        /** Plain connection upgraded by STARTTLS, which is required (port 587). */
        STARTTLS,
        /** TLS from the first byte (port 465). */
        TLS
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "SmtpConfig[host=" + host + ", port=" + port + ", securite=" + securite + ", utilisateur=" + utilisateur
                + ", motDePasse=" + (motDePasse.isEmpty() ? "" : "***") + "]";
    }
}
