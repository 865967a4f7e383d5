package fr.opiconnector.securite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may do what on the admin side: the profiles of Parcoursup's management site. */
class DroitsTest {

    @Test
    void the_administrator_manages_accounts_and_sees_no_dossier() {
        Set<Profil> administrateur = Set.of(Profil.ADMINISTRATEUR);

        assertTrue(Droit.COMPTES.accordePar(administrateur));
        assertFalse(Droit.DOSSIERS.accordePar(administrateur));
        assertFalse(Droit.IAS_A_ANNULER.accordePar(administrateur));
        assertFalse(Droit.TABLEAU_DE_BORD.accordePar(administrateur));
        assertFalse(Droit.EXPLOITATION.accordePar(administrateur));
    }

    @Test
    void gestionnaire_and_technique_each_have_their_part_and_may_be_held_together() {
        Set<Profil> gestionnaire = Set.of(Profil.GESTIONNAIRE);
        Set<Profil> technique = Set.of(Profil.TECHNIQUE);
        Set<Profil> lesDeux = Profil.valides(EnumSet.of(Profil.GESTIONNAIRE, Profil.TECHNIQUE));

        assertTrue(Droit.DOSSIERS.accordePar(gestionnaire));
        assertTrue(Droit.IAS_A_ANNULER.accordePar(gestionnaire));
        assertFalse(Droit.EXPLOITATION.accordePar(gestionnaire));
        assertTrue(Droit.EXPLOITATION.accordePar(technique));
        assertFalse(Droit.DOSSIERS.accordePar(technique));
        assertTrue(Droit.TABLEAU_DE_BORD.accordePar(gestionnaire) && Droit.TABLEAU_DE_BORD.accordePar(technique));
        assertTrue(Droit.DOSSIERS.accordePar(lesDeux) && Droit.EXPLOITATION.accordePar(lesDeux));
        assertFalse(Droit.COMPTES.accordePar(lesDeux));
    }

    @Test
    void an_account_has_a_profile_and_administrateur_goes_alone() {
        IllegalArgumentException vide = assertThrows(IllegalArgumentException.class, () -> Profil.valides(Set.of()));
        IllegalArgumentException cumul = assertThrows(IllegalArgumentException.class,
                () -> Profil.valides(EnumSet.of(Profil.ADMINISTRATEUR, Profil.TECHNIQUE)));
        IllegalArgumentException inconnu = assertThrows(IllegalArgumentException.class, () -> Profil.depuisCode("root"));

        assertTrue(vide.getMessage().startsWith("un compte a au moins un profil"), vide.getMessage());
        assertTrue(cumul.getMessage().contains("ne se cumule avec aucun autre"), cumul.getMessage());
        assertTrue(inconnu.getMessage().contains("profil inconnu « root »"), inconnu.getMessage());
        assertEquals(Profil.GESTIONNAIRE, Profil.depuisCode(" Gestionnaire "));
    }
}
