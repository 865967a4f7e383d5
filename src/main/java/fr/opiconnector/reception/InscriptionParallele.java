package fr.opiconnector.reception;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Parallel registration in another establishment (Apogée MAJInscriptionParalleleDTO2). */
@Embeddable
public record InscriptionParallele(
        @Column(length = 64) String codEtbAnnCrt,
        @Column(length = 64) String codTpeAnnCrt,
        @Column(length = 64) String temPrlAnnCrt) {
}
