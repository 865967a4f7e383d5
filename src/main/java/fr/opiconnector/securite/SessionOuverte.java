package fr.opiconnector.securite;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An admin session as the database keeps it: the SHA-256 of its cookie's value, who, with which profiles, the
 * account's generation at the login, the CSRF token of its forms, and its end.
 */
@Entity
@Table(name = "session_admin")
public class SessionOuverte {

    @Id
    @Column(length = 64)
    private String cle;

    @Column(length = 64, nullable = false, updatable = false)
    private String login;

    @Column(length = 64, nullable = false, updatable = false)
    private String profils;

    @Column(nullable = false, updatable = false)
    private int generation;

    @Column(length = 64, nullable = false, updatable = false)
    private String jetonCsrf;

    @Column(nullable = false)
    private Instant finLe;

    protected SessionOuverte() {
    }

    public SessionOuverte(String cle, String login, Set<Profil> profils, int generation, String jetonCsrf, Instant finLe) {
        this.cle = cle;
        this.login = login;
        this.profils = profils.stream().map(Profil::code).sorted().collect(Collectors.joining(","));
        this.generation = generation;
        this.jetonCsrf = jetonCsrf;
        this.finLe = finLe;
    }

    /** Pushes the end back: the session lives that long after its last request. */
    public void prolonger(Instant nouvelleFin) {
        finLe = nouvelleFin;
    }

    public String login() {
        return login;
    }

    public Set<Profil> profils() {
        return Arrays.stream(profils.split(",")).map(Profil::depuisCode).collect(Collectors.toUnmodifiableSet());
    }

    public int generation() {
        return generation;
    }

    public String jetonCsrf() {
        return jetonCsrf;
    }

    public Instant finLe() {
        return finLe;
    }
}
