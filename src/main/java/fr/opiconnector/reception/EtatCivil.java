package fr.opiconnector.reception;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Civil status (Apogée MAJEtatCivilDTO2); codNneIndOpi carries the full 11-character INE, key included. */
@Embeddable
public record EtatCivil(
        @Column(length = 64) String codNneIndOpi,
        @Column(length = 64) String codSexEtuOpi,
        @Column(length = 255) String libNomPatIndOpi,
        @Column(length = 255) String libNomUsuIndOpi,
        @Column(length = 255) String libPr1IndOpi,
        @Column(length = 255) String libPr2IndOpi,
        @Column(length = 255) String libPr3IndOpi) {
}
