package fr.opiconnector.web.admin;

import fr.opiconnector.securite.Droit;
import fr.opiconnector.securite.Profil;
import java.util.stream.Collectors;

/** The top of every page of a logged-in person: the links their profiles open, who they are, the logout. */
public record Barre(String login, String profils, String jetonCsrf, boolean tableauDeBord, boolean dossiers,
        boolean iasAAnnuler, boolean exploitation, boolean comptes) {

    static Barre de(AdminSessions.SessionAdmin s) {
        return new Barre(s.login(), s.profils().stream().map(Profil::code).sorted().collect(Collectors.joining(", ")),
                s.jetonCsrf(), Droit.TABLEAU_DE_BORD.accordePar(s.profils()), Droit.DOSSIERS.accordePar(s.profils()),
                Droit.IAS_A_ANNULER.accordePar(s.profils()), Droit.EXPLOITATION.accordePar(s.profils()),
                Droit.COMPTES.accordePar(s.profils()));
    }
}
