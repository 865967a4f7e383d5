package fr.opiconnector.reception;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An address of the individual (Apogée MAJOpiAdresseDTO), kept for adresseFixe and adresseAnnuelle. */
@Embeddable
public record Adresse(
        @Column(length = 64) String codBdi,
        @Column(length = 64) String codCom,
        @Column(length = 64) String codPay,
        @Column(length = 255) String lib1,
        @Column(length = 255) String lib2,
        @Column(length = 255) String lib3,
        @Column(length = 255) String libAde,
        @Column(length = 64) String numTel) {
}
