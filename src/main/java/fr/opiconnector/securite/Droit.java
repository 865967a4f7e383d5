package fr.opiconnector.securite;

import java.util.Set;

/** Each thing the admin side lets someone do, and the profiles that grant it. Checked on the server for every page. */
public enum Droit {
    /** The dashboard: version, database, "Tester connecteur", remontées, OPIs by decision, journal (no personal data). */
    TABLEAU_DE_BORD(Profil.GESTIONNAIRE, Profil.TECHNIQUE),
    /** Running "Tester connecteur" and replaying failed remontées. */
    EXPLOITATION(Profil.TECHNIQUE),
    /** A student's dossier, registrations and laissez-passer (grant, withdraw). */
    DOSSIERS(Profil.GESTIONNAIRE),
    /** The list of IAs to cancel by hand. */
    IAS_A_ANNULER(Profil.GESTIONNAIRE),
    /** The accounts and their rights. */
    COMPTES(Profil.ADMINISTRATEUR);

    private final Set<Profil> profils;

    Droit(Profil... profils) {
        this.profils = Set.of(profils);
    }

    public boolean accordePar(Set<Profil> detenus) {
        return detenus.stream().anyMatch(profils::contains);
    }
}
