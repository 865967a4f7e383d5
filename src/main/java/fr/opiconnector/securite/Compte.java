package fr.opiconnector.securite;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A personal admin account: a login, the person's own e-mail (unique, so that no account is shared), its profiles,
 * its password hash (Argon2id) and its TOTP secret. After {@link #ECHECS_MAX} failed logins in a row it is locked for
 * {@link #VERROUILLAGE}; attempts during the lock do not extend it, and an administrator may lift it. Its generation
 * changes with anything that must end its open sessions: deactivation, profiles, password.
 */
@Entity
@Table(name = "compte")
public class Compte {

    public static final int ECHECS_MAX = 5;
    public static final Duration VERROUILLAGE = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 64, nullable = false, updatable = false)
    private String login;

    @Column(length = 254, nullable = false)
    private String email;

    @Column(length = 64, nullable = false)
    private String profils;

    @Column(length = 200, nullable = false)
    private String motDePasse;

    @Column(length = 64, nullable = false)
    private String secretTotp;

    private long dernierPasTotp;

    private boolean actif;

    private int echecs;

    private Instant verrouilleJusqua;

    @Column(nullable = false, updatable = false)
    private Instant creeLe;

    private Instant derniereConnexion;

    private int generation;

    @Version
    private int version;

    protected Compte() {
    }

    public Compte(String login, String email, Set<Profil> profils, String motDePasseHache, String secretTotp,
            Instant maintenant) {
        this.login = login;
        this.email = email;
        this.profils = codes(Profil.valides(profils));
        this.motDePasse = motDePasseHache;
        this.secretTotp = secretTotp;
        this.actif = true;
        this.creeLe = maintenant;
    }

    public String login() {
        return login;
    }

    public String email() {
        return email;
    }

    public Set<Profil> profils() {
        return Arrays.stream(profils.split(",")).map(Profil::depuisCode)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Profil.class)));
    }

    public void changerProfils(Set<Profil> nouveaux) {
        this.profils = codes(Profil.valides(nouveaux));
        generation++;
    }

    /** A new password (its hash): the open sessions end, and so does a lock. */
    public void changerMotDePasse(String motDePasseHache) {
        this.motDePasse = motDePasseHache;
        generation++;
        deverrouiller();
    }

    public int generation() {
        return generation;
    }

    public String motDePasse() {
        return motDePasse;
    }

    public String secretTotp() {
        return secretTotp;
    }

    public long dernierPasTotp() {
        return dernierPasTotp;
    }

    public boolean actif() {
        return actif;
    }

    public void desactiver() {
        actif = false;
        generation++;
    }

    public boolean verrouille(Instant maintenant) {
        return verrouilleJusqua != null && maintenant.isBefore(verrouilleJusqua);
    }

    public Instant verrouilleJusqua() {
        return verrouilleJusqua;
    }

    public void deverrouiller() {
        verrouilleJusqua = null;
        echecs = 0;
    }

    /** A failed login; the fifth in a row locks the account. */
    public void echec(Instant maintenant) {
        echecs++;
        if (echecs >= ECHECS_MAX) {
            verrouilleJusqua = maintenant.plus(VERROUILLAGE);
            echecs = 0;
        }
    }

    public void connecte(Instant maintenant, long pasTotp) {
        echecs = 0;
        verrouilleJusqua = null;
        dernierPasTotp = pasTotp;
        derniereConnexion = maintenant;
    }

    public int echecs() {
        return echecs;
    }

    public Instant derniereConnexion() {
        return derniereConnexion;
    }

    private static String codes(Set<Profil> profils) {
        return profils.stream().map(Profil::code).collect(Collectors.joining(","));
    }
}
