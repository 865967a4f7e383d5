-- The registration side: the formation mapping, IAs, laissez-passer, and the remontées outbox.

CREATE TABLE formation (
    code_formation_psup INT PRIMARY KEY,
    libelle VARCHAR(255) NOT NULL,
    code_sise VARCHAR(64) NOT NULL,
    uai_affectation VARCHAR(64) NOT NULL,
    oui_cod_etp VARCHAR(64) NOT NULL,
    oui_cod_vrs_vet INT NOT NULL,
    oui_si3_cod_etp VARCHAR(64),
    oui_si3_cod_vrs_vet INT,
    oui_si4_cod_etp VARCHAR(64),
    oui_si4_cod_vrs_vet INT,
    categories_oui_si VARCHAR(1000),
    ligne INT NOT NULL
);

CREATE TABLE inscription (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    individu_id BIGINT NOT NULL,
    voeu_id BIGINT NOT NULL,
    cod_etp VARCHAR(64) NOT NULL,
    cod_vrs_vet INT NOT NULL,
    etat_inscription INT NOT NULL,
    date_paiement DATE NOT NULL,
    cod_cat_oui_si VARCHAR(64),
    mtf_cat VARCHAR(500),
    cursus_amenage VARCHAR(64),
    code_formation_psup INT,
    motif_annulation VARCHAR(500),
    cree_le DATETIME(6) NOT NULL,
    modifie_le DATETIME(6) NOT NULL,
    version INT NOT NULL,
    CONSTRAINT inscription_individu FOREIGN KEY (individu_id) REFERENCES individu (id),
    CONSTRAINT inscription_voeu FOREIGN KEY (voeu_id) REFERENCES voeu (id),
    CONSTRAINT inscription_un_par_voeu UNIQUE (voeu_id)
);

CREATE TABLE laissez_passer (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    voeu_id BIGINT NOT NULL,
    motif VARCHAR(500) NOT NULL,
    auteur VARCHAR(100) NOT NULL,
    accorde_le DATETIME(6) NOT NULL,
    retire_le DATETIME(6),
    motif_retrait VARCHAR(500),
    auteur_retrait VARCHAR(100),
    CONSTRAINT laissez_passer_voeu FOREIGN KEY (voeu_id) REFERENCES voeu (id)
);
CREATE INDEX laissez_passer_voeu_id ON laissez_passer (voeu_id);

CREATE TABLE remontee (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    inscription_id BIGINT NOT NULL,
    individu_id BIGINT NOT NULL,
    cod_opi_int_epo VARCHAR(10) NOT NULL,
    evenement VARCHAR(32) NOT NULL,
    etat_inscription INT NOT NULL,
    code_formation_psup INT,
    cree_le DATETIME(6) NOT NULL,
    statut VARCHAR(16) NOT NULL,
    tentatives INT NOT NULL,
    envoye_le DATETIME(6),
    dernier_message VARCHAR(500),
    CONSTRAINT remontee_inscription FOREIGN KEY (inscription_id) REFERENCES inscription (id)
);
CREATE INDEX remontee_statut ON remontee (statut, id);
