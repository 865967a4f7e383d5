package fr.opiconnector.reception;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Personal data (Apogée MAJDonneesPersonnellesDTO3). */
@Embeddable
public record DonneesPersonnelles(
        @Column(length = 255) String adrMailOpi,
        @Column(length = 64) String codFam,
        @Column(length = 64) String codPcs,
        @Column(length = 64) String codPcsAp,
        @Column(length = 64) String codSim,
        @Column(length = 64) String codThbOpi,
        @Column(length = 64) String codThpOpi,
        @Column(length = 64) String daaLbtIndOpi,
        @Column(length = 64) String dmmLbtIndOpi,
        @Column(length = 64) String numTelPorOpi,
        @Column(length = 64) String codRgi,
        @Column(length = 64) String codStu) {
}
