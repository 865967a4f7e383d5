-- Personal admin accounts (unique login and e-mail: no shared account) and the audit of logins and rights changes.
CREATE TABLE compte (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    login VARCHAR(64) NOT NULL,
    email VARCHAR(254) NOT NULL,
    profils VARCHAR(64) NOT NULL,
    mot_de_passe VARCHAR(200) NOT NULL,
    secret_totp VARCHAR(64) NOT NULL,
    dernier_pas_totp BIGINT NOT NULL,
    actif BOOLEAN NOT NULL,
    echecs INT NOT NULL,
    verrouille_jusqua DATETIME(6),
    cree_le DATETIME(6) NOT NULL,
    derniere_connexion DATETIME(6),
    version INT NOT NULL,
    CONSTRAINT compte_login UNIQUE (login),
    CONSTRAINT compte_email UNIQUE (email)
);

CREATE TABLE audit (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    le DATETIME(6) NOT NULL,
    login VARCHAR(64) NOT NULL,
    evenement VARCHAR(32) NOT NULL,
    detail VARCHAR(500),
    auteur VARCHAR(64) NOT NULL,
    adresse VARCHAR(64)
);
CREATE INDEX audit_login ON audit (login, le);
