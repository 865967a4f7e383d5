package fr.opiconnector.inscription;

import java.util.Optional;

/**
 * Who records an IA: the student through the university's web registration, or a registrar (« IA gestionnaire »,
 * operational note §II.A). A D closes registration by the web only: a registrar may still register the student.
 */
public enum Canal {
    WEB("web"),
    GESTIONNAIRE("gestionnaire");

    private final String code;

    Canal(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The channel a request names; none (absent or empty) is the web; an unknown name is empty. */
    public static Optional<Canal> depuis(String code) {
        if (code == null || code.isEmpty()) {
            return Optional.of(WEB);
        }
        for (Canal canal : values()) {
            if (canal.code.equals(code)) {
                return Optional.of(canal);
            }
        }
        return Optional.empty();
    }
}
