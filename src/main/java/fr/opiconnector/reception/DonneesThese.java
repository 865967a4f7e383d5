package fr.opiconnector.reception;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Doctoral pre-registration (Apogée MAJOpiTheseDTO); Parcoursup does not send it. */
@Embeddable
public record DonneesThese(
        @Column(length = 64) String codDip,
        Integer codVrsVdi,
        @Column(length = 64) String codEtp,
        Integer codVrsVet,
        @Column(length = 64) String codThsTrv,
        @Column(length = 64) String codDis,
        @Column(length = 500) String libThs,
        @Column(length = 500) String libThsLng,
        @Column(length = 64) String codLng,
        @Column(length = 64) String codEdo,
        @Column(length = 64) String codPerDir,
        @Column(length = 64) String codPerCdr,
        @Column(length = 64) String codPerCdr2,
        @Column(length = 64) String codEqr) {
}
