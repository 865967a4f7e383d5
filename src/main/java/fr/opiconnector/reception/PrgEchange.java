package fr.opiconnector.reception;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Exchange programme (Apogée MAJPrgEchangeDTO). */
@Embeddable
public record PrgEchange(
        @Column(length = 64) String codPrgOpi,
        @Column(length = 64) String codEtrOpi,
        @Column(length = 64) String temSnsPrgOpi) {
}
