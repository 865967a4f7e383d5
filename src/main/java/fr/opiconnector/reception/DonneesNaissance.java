package fr.opiconnector.reception;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Birth data (Apogée MAJDonneesNaissanceDTO2); dateNaiIndOpi is kept as sent, DDMMYYYY. */
@Embeddable
public record DonneesNaissance(
        @Column(length = 64) String codDepPayNai,
        @Column(length = 64) String codPayNat,
        @Column(length = 64) String codTypDepPayNai,
        @Column(length = 64) String dateNaiIndOpi,
        @Column(length = 64) String codComNaiEtuOpi,
        @Column(length = 255) String libVilNaiEtuOpi,
        @Column(length = 64) String temDateNaiRelOpi) {
}
