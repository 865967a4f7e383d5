package fr.opiconnector.securite;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * A personal admin account, after the management site's model: an administrator creates it with a login, the person's
 * name, own e-mail (unique, so that no account is shared), an optional mobile phone and its profiles; the person
 * activates it with a one-time link, setting their own password (Argon2id hash) and enrolling their own second factor
 * (a TOTP secret, or codes by e-mail). Until then it cannot log in. After {@link #ECHECS_MAX} failed logins in a row it
 * is locked for {@link #VERROUILLAGE}; attempts during the lock do not extend it, an administrator may lift it, and its
 * owner may log in despite it with a link sent to their e-mail. Its generation changes with anything that must end its
 * open sessions: deactivation, profiles, password, second factor, reset.
 */
@Entity
@Table(name = "compte")
public class Compte {

    public static final int ECHECS_MAX = 5;
    public static final Duration VERROUILLAGE = Duration.ofMinutes(15);

    /** The second factor its owner enrolled. */
    public enum SecondFacteur {
        TOTP,
        EMAIL
    }

    /** What an e-mailed code is for: a login, or the confirmation of that factor's enrolment. */
    enum ObjetCode {
        CONNEXION,
        ENROLEMENT
    }

    /** The state the accounts page shows. */
    public enum Etat {
        EN_ATTENTE("en attente d'activation"),
        ACTIF("actif"),
        VERROUILLE("verrouillé"),
        DESACTIVE("désactivé");

        private final String libelle;

        Etat(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 64, nullable = false, updatable = false)
    private String login;

    @Column(length = 200, nullable = false)
    private String nom;

    @Column(length = 254, nullable = false)
    private String email;

    @Column(length = 32)
    private String telephone;

    @Column(length = 64, nullable = false)
    private String profils;

    @Column(length = 200)
    private String motDePasse;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private SecondFacteur secondFacteur;

    @Column(length = 64)
    private String secretTotp;

    @Column(length = 64)
    private String secretTotpPropose;

    private long dernierPasTotp;

    @Column(length = 64)
    private String jetonActivation;

    private Instant activationExpire;

    @Column(length = 64)
    private String codeEmail;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ObjetCode codeEmailObjet;

    private Instant codeEmailExpire;

    private Instant codeEmailEnvoye;

    @Column(length = 64)
    private String jetonDeverrouillage;

    private Instant deverrouillageExpire;

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

    /** A new account, waiting for its owner to activate it with the link whose hash is given. */
    Compte(String login, String nom, String email, String telephone, Set<Profil> profils, String jetonActivationHache,
            Instant activationExpire, Instant maintenant) {
        this.login = login;
        this.nom = nom;
        this.email = email;
        this.telephone = telephone;
        this.profils = codes(Profil.valides(profils));
        this.jetonActivation = jetonActivationHache;
        this.activationExpire = activationExpire;
        this.actif = true;
        this.creeLe = maintenant;
    }

    public String login() {
        return login;
    }

    public String nom() {
        return nom;
    }

    public String email() {
        return email;
    }

    public String telephone() {
        return telephone;
    }

    public Set<Profil> profils() {
        return Arrays.stream(profils.split(",")).map(Profil::depuisCode)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Profil.class)));
    }

    public void changerProfils(Set<Profil> nouveaux) {
        this.profils = codes(Profil.valides(nouveaux));
        generation++;
    }

    void changerInformations(String nom, String email, String telephone) {
        this.nom = nom;
        this.email = email;
        this.telephone = telephone;
    }

    /** A new password (its hash): the open sessions end, and so does a lock. */
    void changerMotDePasse(String motDePasseHache) {
        this.motDePasse = motDePasseHache;
        generation++;
        deverrouiller();
    }

    /** The password chosen during the activation; it serves once the second factor is enrolled. */
    void definirMotDePasse(String motDePasseHache) {
        this.motDePasse = motDePasseHache;
    }

    public int generation() {
        return generation;
    }

    public String motDePasse() {
        return motDePasse;
    }

    public SecondFacteur secondFacteur() {
        return secondFacteur;
    }

    public String secretTotp() {
        return secretTotp;
    }

    public long dernierPasTotp() {
        return dernierPasTotp;
    }

    /** Whether its owner set a password and enrolled a second factor: only then may it log in. */
    public boolean active() {
        return motDePasse != null && secondFacteur != null;
    }

    public boolean actif() {
        return actif;
    }

    public Etat etat(Instant maintenant) {
        if (!actif) {
            return Etat.DESACTIVE;
        }
        if (!active()) {
            return Etat.EN_ATTENTE;
        }
        return verrouille(maintenant) ? Etat.VERROUILLE : Etat.ACTIF;
    }

    public void desactiver() {
        actif = false;
        generation++;
    }

    void reactiver() {
        actif = true;
        deverrouiller();
    }

    /**
     * Back to the state of a new account: password, second factor, codes and links cleared, open sessions ended, a new
     * activation link (its hash) until then.
     */
    void reinitialiser(String jetonActivationHache, Instant expire) {
        motDePasse = null;
        secondFacteur = null;
        secretTotp = null;
        secretTotpPropose = null;
        oublierCode();
        jetonDeverrouillage = null;
        deverrouillageExpire = null;
        jetonActivation = jetonActivationHache;
        activationExpire = expire;
        generation++;
        deverrouiller();
    }

    boolean activationValide(Instant maintenant) {
        return jetonActivation != null && activationExpire != null && maintenant.isBefore(activationExpire);
    }

    Instant activationExpire() {
        return activationExpire;
    }

    void proposerSecretTotp(String secret) {
        secretTotpPropose = secret;
    }

    String secretTotpPropose() {
        return secretTotpPropose;
    }

    /** The second factor confirmed by a first valid code (at that TOTP step, 0 for e-mail): enrolled, sessions end. */
    void enroler(SecondFacteur facteur, long pasTotp) {
        secondFacteur = facteur;
        secretTotp = facteur == SecondFacteur.TOTP ? secretTotpPropose : null;
        dernierPasTotp = facteur == SecondFacteur.TOTP ? pasTotp : dernierPasTotp;
        secretTotpPropose = null;
        oublierCode();
        deverrouiller();
        generation++;
    }

    /** The activation done: its link serves no more. */
    void activationTerminee() {
        jetonActivation = null;
        activationExpire = null;
    }

    void nouveauCode(String codeHache, ObjetCode objet, Instant maintenant, Instant expire) {
        codeEmail = codeHache;
        codeEmailObjet = objet;
        codeEmailEnvoye = maintenant;
        codeEmailExpire = expire;
    }

    /** Whether that code (its hash) is the one sent for that purpose, still valid. */
    boolean codeValide(String codeHache, ObjetCode objet, Instant maintenant) {
        return codeEmail != null && codeEmailObjet == objet && codeEmailExpire != null && maintenant.isBefore(codeEmailExpire)
                && java.security.MessageDigest.isEqual(codeEmail.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        codeHache.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** Whether a code for that purpose was sent less than that long ago and still holds. */
    boolean codeRecent(ObjetCode objet, Instant maintenant, Duration duree) {
        return codeEmail != null && codeEmailObjet == objet && codeEmailEnvoye != null && codeEmailExpire != null
                && maintenant.isBefore(codeEmailEnvoye.plus(duree)) && maintenant.isBefore(codeEmailExpire);
    }

    boolean codeEnrolementEnCours() {
        return codeEmail != null && codeEmailObjet == ObjetCode.ENROLEMENT;
    }

    Instant codeEmailEnvoye() {
        return codeEmailEnvoye;
    }

    void oublierCode() {
        codeEmail = null;
        codeEmailObjet = null;
        codeEmailExpire = null;
        codeEmailEnvoye = null;
    }

    void nouveauJetonDeverrouillage(String jetonHache, Instant expire) {
        jetonDeverrouillage = jetonHache;
        deverrouillageExpire = expire;
    }

    boolean deverrouillageValide(Instant maintenant) {
        return jetonDeverrouillage != null && deverrouillageExpire != null && maintenant.isBefore(deverrouillageExpire);
    }

    /** Whether an unlock link (valid that long) was sent less than {@code duree} ago and still holds. */
    boolean deverrouillageRecent(Instant maintenant, Duration validite, Duration duree) {
        return deverrouillageValide(maintenant) && maintenant.isBefore(deverrouillageExpire.minus(validite).plus(duree));
    }

    void oublierJetonDeverrouillage() {
        jetonDeverrouillage = null;
        deverrouillageExpire = null;
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

    /** A login: failures and lock cleared, the TOTP step used (0 when the code came by e-mail: the step stays). */
    public void connecte(Instant maintenant, long pasTotp) {
        echecs = 0;
        verrouilleJusqua = null;
        dernierPasTotp = Math.max(dernierPasTotp, pasTotp);
        derniereConnexion = maintenant;
        if (codeEmailObjet == ObjetCode.CONNEXION) {
            oublierCode();
        }
        oublierJetonDeverrouillage();
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
