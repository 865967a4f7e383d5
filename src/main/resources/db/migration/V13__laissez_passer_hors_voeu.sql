-- A laissez-passer on a VET of the university's offer that none of the student's wishes carries (a reorientation):
-- Apogée's laissez-passer holds a VET, not a wish. anomalies: VET_HORS_OFFRE when the formation mapping lacks the VET.
CREATE TABLE laissez_passer_hors_voeu (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    individu_id BIGINT NOT NULL,
    cod_etp VARCHAR(64) NOT NULL,
    cod_vrs_vet INT NOT NULL,
    motif VARCHAR(500) NOT NULL,
    auteur VARCHAR(100) NOT NULL,
    accorde_le DATETIME(6) NOT NULL,
    retire_le DATETIME(6),
    motif_retrait VARCHAR(500),
    auteur_retrait VARCHAR(100),
    anomalies VARCHAR(200),
    CONSTRAINT laissez_passer_hors_voeu_individu FOREIGN KEY (individu_id) REFERENCES individu (id)
);
CREATE INDEX laissez_passer_hors_voeu_individu_id ON laissez_passer_hors_voeu (individu_id);
