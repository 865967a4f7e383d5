package fr.opiconnector.securite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.opiconnector.config.ConnectorConfig;
import fr.opiconnector.courriel.Courriels;
import fr.opiconnector.support.BaseEnMemoire;
import fr.opiconnector.support.ComptesDEssai;
import fr.opiconnector.support.ServeurSmtpDEssai;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The account model on H2 in-process: an account is created without a password, its owner activates it with a
 * one-time link (own password, own second factor confirmed by a first code), keeps their information up to date,
 * and an administrator resets it with a new link.
 */
class ComptesServiceTest {

    private static final String MDP = ComptesDEssai.MOT_DE_PASSE;
    private static final URI URL = URI.create("https://opi.univ.example/console");

    @Test
    void a_new_account_cannot_log_in_until_its_owner_sets_a_password_and_confirms_a_totp_code() throws Exception {
        try (BaseEnMemoire base = new BaseEnMemoire();
                ConnexionsService connexions = new ConnexionsService(base.emf(), base.clock(), new SimpleMeterRegistry())) {
            ComptesService comptes = new ComptesService(base.emf(), base.clock(), Courriels.aucun(), URL);

            ComptesService.Invitation invitation = comptes.ajouter("Anne.Martin", "Anne  Martin", "Anne@Univ.example",
                    "06 12 34 56 78", EnumSet.of(Profil.GESTIONNAIRE), "admin1");
            String jeton = ComptesDEssai.jeton(invitation.lien());
            ComptesService.CompteVue enAttente = comptes.lister().get(0);
            CompteRefuseException avant = assertThrows(CompteRefuseException.class,
                    () -> connexions.connecter("anne.martin", MDP, "123456", "192.0.2.1"));
            CompteRefuseException differents = assertThrows(CompteRefuseException.class,
                    () -> comptes.choisirActivation(jeton, MDP, MDP + "x", "totp", "192.0.2.1"));
            CompteRefuseException court = assertThrows(CompteRefuseException.class,
                    () -> comptes.choisirActivation(jeton, "court", "court", "totp", "192.0.2.1"));
            CompteRefuseException sansCourriel = assertThrows(CompteRefuseException.class,
                    () -> comptes.choisirActivation(jeton, MDP, MDP, "email", "192.0.2.1"));
            ComptesService.Enrolement enrolement = comptes.choisirActivation(jeton, MDP, MDP, "totp", "192.0.2.1");
            CompteRefuseException avantConfirmation = assertThrows(CompteRefuseException.class,
                    () -> connexions.connecter("anne.martin", MDP, Totp.code(enrolement.secretTotp(),
                            base.horloge().instant()), "192.0.2.2"));
            CompteRefuseException mauvaisCode = assertThrows(CompteRefuseException.class,
                    () -> comptes.confirmerActivation(jeton, "000000", "192.0.2.1"));
            comptes.confirmerActivation(jeton, Totp.code(enrolement.secretTotp(), base.horloge().instant()), "192.0.2.1");
            CompteRefuseException dejaServi = assertThrows(CompteRefuseException.class, () -> comptes.activation(jeton));
            base.horloge().avancer(Duration.ofSeconds(30));
            ConnexionsService.Connexion connexion = connexions.connecter("anne.martin", MDP,
                    Totp.code(enrolement.secretTotp(), base.horloge().instant()), "192.0.2.3");

            assertEquals("anne.martin", invitation.login());
            assertFalse(invitation.envoye(), "no SMTP server: the link is given back to hand over");
            assertTrue(invitation.lien().startsWith("https://opi.univ.example/console/admin/activation?jeton="),
                    invitation.lien());
            assertEquals(Compte.Etat.EN_ATTENTE, enAttente.etat());
            assertEquals("Anne Martin", enAttente.nom());
            assertEquals("anne@univ.example", enAttente.email());
            assertEquals("06 12 34 56 78", enAttente.telephone());
            assertEquals(base.horloge().instant().minus(Duration.ofSeconds(30)).plus(Duration.ofHours(72)),
                    enAttente.activationExpire());
            assertEquals(ConnexionsService.REFUS, avant.getMessage(), "a pending account is no account to log in to");
            assertEquals("les deux saisies du mot de passe diffèrent", differents.getMessage());
            assertTrue(court.getMessage().contains("au moins 12 caractères"), court.getMessage());
            assertTrue(sansCourriel.getMessage().contains("n'a pas de serveur de messagerie"), sansCourriel.getMessage());
            assertEquals(ConnexionsService.REFUS, avantConfirmation.getMessage(), "no login before the factor is confirmed");
            assertTrue(mauvaisCode.getMessage().startsWith("code incorrect"), mauvaisCode.getMessage());
            assertEquals(ComptesService.LIEN_INVALIDE, dejaServi.getMessage(), "a link serves once");
            assertEquals("anne.martin", connexion.login());
            assertEquals(Compte.Etat.ACTIF, comptes.lister().get(0).etat());
            assertEquals(Compte.SecondFacteur.TOTP, comptes.lister().get(0).secondFacteur());
            assertEquals(List.of(Audit.Evenement.CONNEXION, Audit.Evenement.COMPTE_ACTIVE, Audit.Evenement.COMPTE_CREE),
                    comptes.audit("anne.martin").stream().map(Audit::evenement).toList());
            assertEquals("admin1", comptes.audit("anne.martin").get(2).auteur());
            assertEquals("anne.martin", comptes.audit("anne.martin").get(1).auteur(), "activated by its owner");
        }
    }

    @Test
    void an_activation_link_expires_after_72_hours_and_a_reset_gives_a_new_one_and_ends_the_old_password()
            throws Exception {
        try (BaseEnMemoire base = new BaseEnMemoire();
                ConnexionsService connexions = new ConnexionsService(base.emf(), base.clock(), new SimpleMeterRegistry())) {
            ComptesService comptes = new ComptesService(base.emf(), base.clock());
            String perime = ComptesDEssai.jeton(comptes.ajouter("tard1", "Paul Tard", "tard1@univ.example", null,
                    EnumSet.of(Profil.TECHNIQUE), "admin1").lien());
            ComptesDEssai.CompteActif bruno = ComptesDEssai.actif(base.emf(), base.clock(), "bruno",
                    EnumSet.of(Profil.TECHNIQUE));
            int avant = comptes.etat("bruno").orElseThrow().generation();
            base.horloge().avancer(Duration.ofHours(72));

            CompteRefuseException expire = assertThrows(CompteRefuseException.class, () -> comptes.activation(perime));
            ComptesService.Invitation nouvelle = comptes.reinitialiser("bruno", "admin1");
            CompteRefuseException ancien = assertThrows(CompteRefuseException.class, () -> connexions.connecter("bruno",
                    MDP, Totp.code(bruno.secretTotp(), base.horloge().instant()), "192.0.2.4"));
            ComptesService.Activation activation = comptes.activation(ComptesDEssai.jeton(nouvelle.lien()));
            ComptesDEssai.CompteActif apres = ComptesDEssai.activer(comptes, base.clock(), ComptesDEssai.jeton(nouvelle.lien()));

            assertEquals(ComptesService.LIEN_INVALIDE, expire.getMessage());
            assertEquals(ConnexionsService.REFUS, ancien.getMessage(), "the old password and factor serve no more");
            assertEquals("bruno", activation.login());
            assertNotEquals(bruno.secretTotp(), apres.secretTotp(), "a new secret, seen by the owner only");
            assertTrue(comptes.etat("bruno").orElseThrow().generation() > avant, "the reset ended the open sessions");
            assertEquals("bruno", connexions.connecter("bruno", MDP, Totp.code(apres.secretTotp(), base.horloge().instant()),
                    "192.0.2.5").login());
            assertTrue(comptes.audit("bruno").stream().anyMatch(a -> a.evenement() == Audit.Evenement.COMPTE_REINITIALISE
                    && a.auteur().equals("admin1")));
        }
    }

    @Test
    void the_owner_edits_their_information_and_password_and_a_new_email_needs_the_current_password() throws Exception {
        try (BaseEnMemoire base = new BaseEnMemoire()) {
            ComptesService comptes = new ComptesService(base.emf(), base.clock());
            ComptesDEssai.actif(base.emf(), base.clock(), "claire", EnumSet.of(Profil.GESTIONNAIRE));
            ComptesDEssai.actif(base.emf(), base.clock(), "denis", EnumSet.of(Profil.GESTIONNAIRE));
            int generation = comptes.etat("claire").orElseThrow().generation();

            comptes.modifierInformations("claire", "Claire Dubois", "claire@univ.example", "+33 6 11 22 33 44", null, "192.0.2.6");
            CompteRefuseException sansMotDePasse = assertThrows(CompteRefuseException.class, () -> comptes
                    .modifierInformations("claire", "Claire Dubois", "c.dubois@univ.example", null, null, "192.0.2.6"));
            CompteRefuseException prise = assertThrows(CompteRefuseException.class, () -> comptes
                    .modifierInformations("claire", "Claire Dubois", "denis@univ.example", null, MDP, "192.0.2.6"));
            CompteRefuseException telephone = assertThrows(CompteRefuseException.class, () -> comptes
                    .modifierInformations("claire", "Claire Dubois", "claire@univ.example", "appelez-moi", null, "192.0.2.6"));
            comptes.modifierInformations("claire", "Claire Dubois", "c.dubois@univ.example", null, MDP, "192.0.2.6");
            CompteRefuseException mauvais = assertThrows(CompteRefuseException.class,
                    () -> comptes.changerMotDePasse("claire", "pas-le-bon-mot-de-passe", "un-nouveau-mot-de-passe",
                            "un-nouveau-mot-de-passe", "192.0.2.6"));
            int nouvelle = comptes.changerMotDePasse("claire", MDP, "un-nouveau-mot-de-passe", "un-nouveau-mot-de-passe",
                    "192.0.2.6");

            ComptesService.CompteVue claire = comptes.compte("claire").orElseThrow();
            assertEquals("Claire Dubois", claire.nom());
            assertEquals("c.dubois@univ.example", claire.email());
            assertNull(claire.telephone());
            assertTrue(sansMotDePasse.getMessage().contains("saisissez votre mot de passe actuel"), sansMotDePasse.getMessage());
            assertTrue(prise.getMessage().contains("déjà celle d'un autre compte"), prise.getMessage());
            assertTrue(telephone.getMessage().startsWith("numéro de téléphone invalide"), telephone.getMessage());
            assertEquals("mot de passe actuel incorrect", mauvais.getMessage());
            assertTrue(nouvelle > generation, "a new password ends the other sessions");
            List<Audit.Evenement> evenements = comptes.audit("claire").stream().map(Audit::evenement).toList();
            assertEquals(List.of(Audit.Evenement.MOT_DE_PASSE_CHANGE, Audit.Evenement.INFORMATIONS_MODIFIEES,
                    Audit.Evenement.INFORMATIONS_MODIFIEES), evenements.subList(0, 3));
        }
    }

    @Test
    void the_email_factor_enrols_with_a_mailed_code_and_each_login_takes_a_new_single_use_code() throws Exception {
        try (BaseEnMemoire base = new BaseEnMemoire(); ServeurSmtpDEssai smtp = ServeurSmtpDEssai.demarrer();
                Courriels courriels = new Courriels(ConnectorConfig.charger(Optional.empty(), smtp.variables()).smtp(),
                        base.clock());
                ConnexionsService connexions = new ConnexionsService(base.emf(), base.clock(), new SimpleMeterRegistry(),
                        courriels, URL)) {
            ComptesService comptes = new ComptesService(base.emf(), base.clock(), courriels, URL);

            ComptesService.Invitation invitation = comptes.ajouter("emma", "Emma Roux", "emma@univ.example", null,
                    EnumSet.of(Profil.TECHNIQUE), "admin1");
            ServeurSmtpDEssai.Courriel activation = smtp.dernier(1, "emma@univ.example");
            String jeton = ComptesDEssai.jeton(activation.lien());
            comptes.choisirActivation(jeton, MDP, MDP, "email", "192.0.2.7");
            ServeurSmtpDEssai.Courriel confirmation = smtp.dernier(2, "emma@univ.example");
            comptes.confirmerActivation(jeton, confirmation.code(), "192.0.2.7");
            String neutre = connexions.demanderCode("emma", "192.0.2.8");
            String inconnu = connexions.demanderCode("personne", "192.0.2.9");
            ServeurSmtpDEssai.Courriel code = smtp.dernier(3, "emma@univ.example");
            ConnexionsService.Connexion connexion = connexions.connecter("emma", MDP, code.code(), "192.0.2.8");
            CompteRefuseException rejoue = assertThrows(CompteRefuseException.class,
                    () -> connexions.connecter("emma", MDP, code.code(), "192.0.2.10"));

            assertTrue(invitation.envoye());
            assertEquals("opi-connector : activez votre compte", activation.sujet());
            assertTrue(activation.texte().startsWith("Bonjour Emma Roux,"), activation.texte());
            assertEquals(invitation.lien(), activation.lien());
            assertTrue(activation.expediteur().contains(ServeurSmtpDEssai.EXPEDITEUR), activation.expediteur());
            assertEquals(ConnexionsService.CODE_DEMANDE, neutre);
            assertEquals(neutre, inconnu, "the same answer whatever the login");
            assertTrue(code.sujet().startsWith("opi-connector : votre code de connexion"), code.sujet());
            assertEquals("emma", connexion.login());
            assertEquals(ConnexionsService.REFUS, rejoue.getMessage(), "a code serves once");
            assertEquals(3, smtp.nombre(), "nothing sent for an unknown login");
        }
    }
}
