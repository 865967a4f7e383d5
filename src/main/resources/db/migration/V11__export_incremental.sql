-- "export pegase --incremental": when each incremental export last started (the next one takes what changed since).
CREATE TABLE export_incremental (
    nom VARCHAR(32) PRIMARY KEY,
    dernier_debut DATETIME(6) NOT NULL
);
