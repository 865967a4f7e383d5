package fr.opiconnector.reception;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** First registrations in higher education (Apogée MAJPremiereInscriptionDTO). */
@Embeddable
public record PremiereInscription(
        @Column(length = 64) String codEtb,
        @Column(length = 64) String daaEnsSupOpi,
        @Column(length = 64) String daaEtbOpi,
        @Column(length = 64) String daaEntEtbOpi,
        @Column(length = 64) String daaEtrSup) {
}
