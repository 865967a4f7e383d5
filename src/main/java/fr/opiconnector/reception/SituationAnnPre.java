package fr.opiconnector.reception;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Situation in the previous year (Apogée MAJSituationAnnPreDTO). */
@Embeddable
public record SituationAnnPre(
        @Column(length = 64) String codSisAnnPreOpi,
        @Column(length = 64) String codEtbAnnPreOpi,
        @Column(length = 64) String codTypDepPayAnnPreOpi,
        @Column(length = 64) String codDepPayAnnPreOpi) {
}
