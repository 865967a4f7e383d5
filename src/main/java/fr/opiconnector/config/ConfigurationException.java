package fr.opiconnector.config;

/** The connector cannot start as configured; the message is one line naming the key and what it expects. */
public class ConfigurationException extends RuntimeException {

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
