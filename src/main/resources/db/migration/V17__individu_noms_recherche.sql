-- The names as the admin search compares them (accents and case removed, each word preceded by a space): filled by
-- every reception, and for the rows already stored by the Java migration V18.
ALTER TABLE individu ADD COLUMN noms_recherche VARCHAR(800);
