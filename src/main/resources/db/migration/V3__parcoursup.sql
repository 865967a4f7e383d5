-- The Parcoursup link: "Tester connecteur" results, and what the remontées sender needs on each outbox row.

CREATE TABLE handshake (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    effectue_le DATETIME(6) NOT NULL,
    resultat VARCHAR(16) NOT NULL,
    message VARCHAR(1000),
    http_status INT,
    origine VARCHAR(64) NOT NULL
);

ALTER TABLE remontee ADD COLUMN prochain_essai_le DATETIME(6);
ALTER TABLE remontee ADD COLUMN http_status INT;
