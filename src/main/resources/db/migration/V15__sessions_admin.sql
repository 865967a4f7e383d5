-- The admin sessions, in the database so that any replica serves any request. The key is the SHA-256 of the session
-- cookie's value: a copy of this table opens no session. A row past fin_le is a session over.
CREATE TABLE session_admin (
    cle VARCHAR(64) PRIMARY KEY,
    login VARCHAR(64) NOT NULL,
    profils VARCHAR(64) NOT NULL,
    generation INT NOT NULL,
    jeton_csrf VARCHAR(64) NOT NULL,
    fin_le DATETIME(6) NOT NULL
);
CREATE INDEX session_admin_fin_le ON session_admin (fin_le);
