-- One row per purge of personal data (command "purge"): what was deleted, counted, so that the campaign's figures
-- survive it. The rows themselves hold no personal data.
CREATE TABLE purge_donnees (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    le DATETIME(6) NOT NULL,
    auteur VARCHAR(64) NOT NULL,
    campagne INT,
    avant DATE,
    individus INT NOT NULL,
    voeux INT NOT NULL,
    voeux_par_decision VARCHAR(200) NOT NULL,
    inscriptions INT NOT NULL,
    laissez_passer INT NOT NULL,
    remontees INT NOT NULL,
    historique INT NOT NULL,
    journal_anonymise INT NOT NULL
);
