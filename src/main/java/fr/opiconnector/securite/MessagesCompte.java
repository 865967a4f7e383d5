package fr.opiconnector.securite;

import java.time.Duration;

/** The e-mails the admin accounts send, in French, plain text. */
final class MessagesCompte {

    /** One e-mail: its subject and text. */
    record Message(String sujet, String texte) {
    }

    private MessagesCompte() {
    }

    static Message activation(String nom, String login, String lien, Duration validite, boolean reinitialisation) {
        return new Message(reinitialisation ? "opi-connector : réactivez votre compte" : "opi-connector : activez votre compte",
                "Bonjour " + nom + ",\n\n"
                + (reinitialisation ? "Votre compte « " + login + " » de la console opi-connector a été réinitialisé par un "
                        + "administrateur : votre mot de passe et votre second facteur ne servent plus.\n\n"
                        : "Un administrateur vous a créé le compte « " + login + " » sur la console opi-connector.\n\n")
                + "Pour l'activer, ouvrez ce lien, choisissez votre mot de passe et enregistrez votre second facteur "
                + "(application d'authentification ou code par e-mail) :\n\n" + lien + "\n\n"
                + "Ce lien vaut " + validite.toHours() + " heures et ne sert qu'une fois. Ne le transmettez à personne : "
                + "quiconque l'ouvre avant vous peut choisir le mot de passe de ce compte.\n"
                + "Si vous n'attendiez pas ce message, signalez-le à l'administrateur de la console.\n");
    }

    static Message codeConnexion(String nom, String code, Duration validite) {
        return new Message("opi-connector : votre code de connexion " + code,
                "Bonjour " + nom + ",\n\nVotre code de connexion à la console opi-connector : " + code + "\n\n"
                + "Il vaut " + validite.toMinutes() + " minutes et ne sert qu'une fois. Si vous ne l'avez pas demandé, "
                + "quelqu'un connaît peut-être votre identifiant : changez votre mot de passe.\n");
    }

    static Message codeEnrolement(String nom, String code, Duration validite) {
        return new Message("opi-connector : code de confirmation " + code,
                "Bonjour " + nom + ",\n\nPour recevoir désormais vos codes de connexion à cette adresse, saisissez "
                + "sur la page ouverte votre code de confirmation : " + code + "\n\nIl vaut " + validite.toMinutes() + " minutes et ne sert "
                + "qu'une fois.\n");
    }

    static Message deverrouillage(String nom, String login, String lien, Duration validite, String code,
            Duration validiteCode) {
        return new Message("opi-connector : votre compte est verrouillé",
                "Bonjour " + nom + ",\n\nVotre compte « " + login + " » est verrouillé après plusieurs échecs de "
                + "connexion. Ce lien vous permet de vous connecter malgré le verrouillage (avec votre mot de passe et "
                + "votre second facteur), pendant " + validite.toMinutes() + " minutes, une fois :\n\n" + lien + "\n\n"
                + (code == null ? "" : "Votre code de connexion : " + code + " (" + validiteCode.toMinutes()
                        + " minutes, une fois).\n\n")
                + "Si ces échecs ne viennent pas de vous, quelqu'un essaie d'entrer dans votre compte : une fois "
                + "connecté, changez votre mot de passe et prévenez l'administrateur.\n");
    }
}
