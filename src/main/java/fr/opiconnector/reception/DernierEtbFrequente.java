package fr.opiconnector.reception;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Last establishment attended (Apogée MAJDernierEtbFrequenteDTO). */
@Embeddable
public record DernierEtbFrequente(
        @Column(length = 64) String codEtbAntIaa,
        @Column(length = 64) String codTpeAntIaa,
        @Column(length = 64) String daaEtbAntIaaOpi,
        @Column(length = 64) String codTypDepPayAntIaaOpi,
        @Column(length = 64) String codDepPayAntIaaOpi) {
}
