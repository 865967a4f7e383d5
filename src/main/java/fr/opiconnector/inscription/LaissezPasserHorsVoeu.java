package fr.opiconnector.inscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A registrar's laissez-passer on a VET of the university's offer that none of the student's wishes carries (a
 * reorientation: Apogée's laissez-passer names a VET, not a wish). A VET the formation mapping lacks is accepted all
 * the same, flagged {@link #VET_HORS_OFFRE}. Withdrawn, it stays as a record.
 */
@Entity
@Table(name = "laissez_passer_hors_voeu")
public class LaissezPasserHorsVoeu extends Octroi {

    public static final String VET_HORS_OFFRE = "VET_HORS_OFFRE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Long individuId;

    @Column(length = 64, nullable = false, updatable = false)
    private String codEtp;

    @Column(nullable = false, updatable = false)
    private Integer codVrsVet;

    @Column(length = 200, updatable = false)
    private String anomalies;

    protected LaissezPasserHorsVoeu() {
    }

    public LaissezPasserHorsVoeu(Long individuId, Vet vet, boolean dansLOffre, String motif, String auteur,
            Instant maintenant) {
        super(motif, auteur, maintenant);
        this.individuId = individuId;
        this.codEtp = vet.codEtp();
        this.codVrsVet = vet.codVrsVet();
        this.anomalies = dansLOffre ? null : VET_HORS_OFFRE;
    }

    public Long individuId() {
        return individuId;
    }

    public Vet vet() {
        return new Vet(codEtp, codVrsVet);
    }

    public List<String> anomalies() {
        return anomalies == null ? List.of() : Arrays.asList(anomalies.split(";"));
    }
}
