package fr.opiconnector.reception;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Access title of a wish (Apogée MAJTitreAccesExterneDTO). */
@Embeddable
public record TitreAccesExterne(
        @Column(length = 64) String codDacOpi,
        @Column(length = 64) String codEtbDacOpi,
        @Column(length = 64) String codTpeDacOpi,
        @Column(length = 64) String codTypDepPayDacOpi,
        @Column(length = 64) String codDepPayDacOpi,
        @Column(length = 64) String daaDacOpi) {
}
