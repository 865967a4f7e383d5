package fr.opiconnector.reception;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The baccalauréat or equivalent (Apogée MAJOpiBacDTO2). */
@Embeddable
public record Bac(
        @Column(length = 64) String codBac,
        @Column(length = 64) String codDep,
        @Column(length = 64) String codEtb,
        @Column(length = 64) String codMention,
        @Column(length = 64) String codTpe,
        @Column(length = 64) String daaObtBacOba,
        @Column(length = 64) String codSpe1BacTer,
        @Column(length = 64) String codSpe2BacTer,
        @Column(length = 64) String codSpeBacPre,
        @Column(length = 64) String codOpt1Bac,
        @Column(length = 64) String codOpt2Bac,
        @Column(length = 64) String codOpt3Bac,
        @Column(length = 64) String codOpt4Bac) {
}
