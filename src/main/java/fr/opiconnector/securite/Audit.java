package fr.opiconnector.securite;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One row per login, logout, lock and change of accounts or rights: who, what, when, from where. Failed logins are
 * the exception: one row per source address, account (or "(inconnu)") and period, with the number of attempts it
 * stands for ({@code nombre}), so that attempts without credentials cannot fill the table.
 */
@Entity
@Table(name = "audit")
public class Audit {

    public enum Evenement {
        CONNEXION("connexion"),
        ECHEC_CONNEXION("échecs de connexion"),
        COMPTE_VERROUILLE("compte verrouillé"),
        COMPTE_DEVERROUILLE("compte déverrouillé"),
        MOT_DE_PASSE_CHANGE("mot de passe changé"),
        DECONNEXION("déconnexion"),
        COMPTE_CREE("compte créé"),
        DROITS_MODIFIES("profils modifiés"),
        COMPTE_DESACTIVE("compte désactivé"),
        PURGE("purge"),
        EXPORT("export téléchargé"),
        COMPTE_ACTIVE("compte activé par son titulaire"),
        COMPTE_REINITIALISE("compte réinitialisé"),
        COMPTE_REACTIVE("compte réactivé"),
        INFORMATIONS_MODIFIEES("informations personnelles modifiées"),
        SECOND_FACTEUR_CHANGE("second facteur changé"),
        CODE_ENVOYE("code envoyé par e-mail"),
        LIEN_DEVERROUILLAGE_ENVOYE("lien de déverrouillage envoyé");

        private final String libelle;

        Evenement(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant le;

    @Column(length = 64, nullable = false, updatable = false)
    private String login;

    @Enumerated(EnumType.STRING)
    @Column(length = 32, nullable = false, updatable = false)
    private Evenement evenement;

    @Column(length = 500, updatable = false)
    private String detail;

    @Column(length = 64, nullable = false, updatable = false)
    private String auteur;

    @Column(length = 64, updatable = false)
    private String adresse;

    @Column(nullable = false, updatable = false)
    private int nombre;

    protected Audit() {
    }

    public Audit(Instant le, String login, Evenement evenement, String detail, String auteur, String adresse) {
        this(le, login, evenement, detail, auteur, adresse, 1);
    }

    public Audit(Instant le, String login, Evenement evenement, String detail, String auteur, String adresse, int nombre) {
        this.le = le;
        this.login = login;
        this.evenement = evenement;
        this.detail = detail;
        this.auteur = auteur;
        this.adresse = adresse;
        this.nombre = nombre;
    }

    public Instant le() {
        return le;
    }

    public String login() {
        return login;
    }

    public Evenement evenement() {
        return evenement;
    }

    public String detail() {
        return detail;
    }

    public String auteur() {
        return auteur;
    }

    public String adresse() {
        return adresse;
    }

    public int nombre() {
        return nombre;
    }
}
