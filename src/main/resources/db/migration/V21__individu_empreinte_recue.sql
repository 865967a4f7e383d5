-- The fingerprint of the last OPI applied to the individual (its operation version and payload hash): a re-send that
-- carries it again is answered "unchanged" from this column, under the row lock, without reading the individual.
ALTER TABLE individu ADD COLUMN empreinte_recue VARCHAR(80);
