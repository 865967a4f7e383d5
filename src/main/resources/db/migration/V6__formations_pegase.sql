-- Pégase codes of a formation, for the Pégase export: the formation code a candidature is filed under (code_voeu)
-- and its registration period (code_periode). Optional columns of config/formations.csv.
ALTER TABLE formation ADD COLUMN code_voeu_pegase VARCHAR(64);
ALTER TABLE formation ADD COLUMN code_periode_pegase VARCHAR(64);
