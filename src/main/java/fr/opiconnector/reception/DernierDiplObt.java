package fr.opiconnector.reception;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Last diploma obtained (Apogée MAJDernierDiplObtDTO). */
@Embeddable
public record DernierDiplObt(
        @Column(length = 64) String codTdeDerDip,
        @Column(length = 64) String codEtbDerDip,
        @Column(length = 64) String daaEtbDerDip,
        @Column(length = 64) String codTdsOpi,
        @Column(length = 64) String codTypDepPayDerDip,
        @Column(length = 64) String codDepPayDerDip) {
}
