package fr.opiconnector.support;

import fr.opiconnector.securite.ComptesService;
import fr.opiconnector.securite.Profil;
import fr.opiconnector.securite.Totp;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * Accounts as their owners make them: created by the service (as an administrator would), then activated through the
 * activation link's steps — the owner's password, a TOTP secret confirmed by a first code. That code is the previous
 * time step's (accepted as clock drift), so that a login right after may use the current one.
 */
public final class ComptesDEssai {

    public static final String MOT_DE_PASSE = "une-longue-phrase-secrète";

    /** An active account and what its owner holds: the TOTP secret of their authenticator app. */
    public record CompteActif(String login, String secretTotp) {
    }

    private ComptesDEssai() {
    }

    public static CompteActif actif(EntityManagerFactory emf, Clock horloge, String login, Set<Profil> profils)
            throws Exception {
        return actif(emf, horloge, login, login + "@univ.example", profils);
    }

    public static CompteActif actif(EntityManagerFactory emf, Clock horloge, String login, String email,
            Set<Profil> profils) throws Exception {
        ComptesService comptes = new ComptesService(emf, horloge);
        ComptesService.Invitation invitation = comptes.ajouter(login, "Prénom " + login.toUpperCase(), email, null,
                profils, "test");
        return activer(comptes, horloge, jeton(invitation.lien()));
    }

    /** The owner's steps on an activation link: password, TOTP, first code. */
    public static CompteActif activer(ComptesService comptes, Clock horloge, String jeton) throws Exception {
        ComptesService.Enrolement enrolement = comptes.choisirActivation(jeton, MOT_DE_PASSE, MOT_DE_PASSE, "totp",
                "127.0.0.1");
        comptes.confirmerActivation(jeton, Totp.code(enrolement.secretTotp(), horloge.instant().minus(Duration.ofSeconds(30))),
                "127.0.0.1");
        return new CompteActif(enrolement.login(), enrolement.secretTotp());
    }

    /** The token of an activation or unlock link. */
    public static String jeton(String lien) {
        int debut = lien.indexOf("jeton=");
        if (debut < 0) {
            throw new IllegalArgumentException("no token in " + lien);
        }
        String jeton = lien.substring(debut + "jeton=".length());
        return jeton.split("[\\s&]")[0];
    }
}
