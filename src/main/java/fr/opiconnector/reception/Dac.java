package fr.opiconnector.reception;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The access diploma and previous curriculum (Apogée MAJOpiDacDTO). */
@Embeddable
public record Dac(
        @Column(length = 64) String codDac,
        @Column(length = 64) String codEtb,
        @Column(length = 64) String codTpe,
        @Column(length = 64) String codTypDepPay,
        @Column(length = 64) String codDepPay,
        @Column(length = 64) String daaUniDac,
        @Column(length = 64) String temObtDac,
        @Column(length = 64) String codCurOpi,
        @Column(length = 64) String codDipCur,
        @Column(length = 255) String dipCur,
        @Column(length = 40) String nbrCrdCur,
        @Column(length = 64) String temObtCurVae,
        Integer codNif,
        @Column(length = 500) String libCmtDac) {
}
