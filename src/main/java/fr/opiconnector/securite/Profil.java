package fr.opiconnector.securite;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What an admin account may do, after Parcoursup's own management site: the administrator manages the accounts and
 * their rights only (and sees no dossier); the gestionnaire works on dossiers, registrations, laissez-passer and the
 * IAs to cancel; technique runs the connector (status, "Tester connecteur", remontées, journal).
 */
public enum Profil {
    ADMINISTRATEUR,
    GESTIONNAIRE,
    TECHNIQUE;

    /** At most this many active administrators, as Parcoursup allows per establishment. */
    public static final int ADMINISTRATEURS_MAX = 3;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Profil depuisCode(String code) {
        for (Profil profil : values()) {
            if (profil.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return profil;
            }
        }
        throw new IllegalArgumentException("profil inconnu « " + code + " » : administrateur, gestionnaire ou technique");
    }

    /**
     * Checks a set of profiles for one account: at least one; administrateur alone (it is dedicated to managing
     * rights); gestionnaire and technique may go together.
     */
    public static Set<Profil> valides(Set<Profil> profils) {
        if (profils.isEmpty()) {
            throw new IllegalArgumentException("un compte a au moins un profil : administrateur, gestionnaire ou technique");
        }
        if (profils.contains(ADMINISTRATEUR) && profils.size() > 1) {
            throw new IllegalArgumentException("le profil administrateur est exclusivement dédié à la gestion des comptes "
                    + "et des droits : il ne se cumule avec aucun autre");
        }
        return EnumSet.copyOf(profils);
    }
}
