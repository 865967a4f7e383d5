-- The growing wait between admin login attempts from one source address, in the database so that every replica
-- counts the same attempts (an attacker alternating replicas gets no more).
CREATE TABLE tentatives_connexion (
    adresse VARCHAR(64) PRIMARY KEY,
    tentatives INT NOT NULL,
    derniere DATETIME(6) NOT NULL,
    prochaine DATETIME(6) NOT NULL
);
CREATE INDEX tentatives_connexion_derniere ON tentatives_connexion (derniere);
