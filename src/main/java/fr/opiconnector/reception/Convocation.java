package fr.opiconnector.reception;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Convocation of a wish (Apogée MAJConvocationDTO); datCvc is kept as sent, DDMMYYYY. */
@Embeddable
public record Convocation(
        @Column(length = 64) String datCvc,
        Integer dhhCvc,
        Integer dmnCvc) {
}
